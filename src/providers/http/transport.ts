import { RingformError } from '../../errors.js';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/**
 * Credentials never cross the network in clear: plain http is refused except to loopback (emulators and
 * tests), unless the user passes --insecure-http. TLS verification is never turned off.
 */
export function assertTransportAllowed(url: URL, vendor: string, insecureHttp: boolean): void {
  if (url.protocol === 'https:') return;
  if (url.protocol !== 'http:') throw new RingformError(`[${vendor}] endpoint must be an http(s) URL, got ${url.protocol}`);
  if (LOOPBACK.test(url.hostname) || insecureHttp) return;
  throw new RingformError(
    `[${vendor}] refusing plain http to ${url.hostname}: credentials would be sent unencrypted. Use https, or pass --insecure-http if you really mean it.`,
  );
}
