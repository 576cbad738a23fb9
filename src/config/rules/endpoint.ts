/**
 * provider.endpoint of a vendor (not the sandbox, whose endpoint is a file path): an absolute http(s) URL.
 * Without a scheme (`pbx.example.com/ns-api`) the HTTP client used to crash on it; `file://`, `ftp://` and
 * the like would send credentials nowhere sensible. Plain http is a warning here, not an error: plan and
 * apply refuse it off loopback unless --insecure-http is given (providers/http/transport.ts), which
 * validate cannot know.
 */
import { defineRule } from './rule.js';

/** Same hosts as the transport's loopback test (config may not import providers). */
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/** `secret`: the endpoint as written may hold a credential; it is never repeated, and its line is masked. */
type Parsed = { ok: true; url: URL } | { ok: false; problem: string; hint?: string; secret?: true };

function parseEndpoint(text: string): Parsed {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(text)) {
    return { ok: false, problem: 'has no scheme', hint: `Write the whole URL: "https://${text.replace(/^\/+/, '')}".` };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'is not a URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, problem: `uses ${url.protocol}//; vendor APIs are reached over https` };
  }
  if (!url.hostname) return { ok: false, problem: 'has no host name' };
  if (url.username || url.password) {
    return { ok: false, problem: 'holds a user name or password', hint: 'Remove them from the URL; name the environment variables under provider.credentials.', secret: true };
  }
  if (url.search || url.hash) {
    return {
      ok: false,
      problem: 'has a query or fragment (a token there would travel in every request line and log)',
      hint: 'End the URL at its path (nothing from ? or # on); name credentials under provider.credentials.',
      secret: true,
    };
  }
  return { ok: true, url };
}

export const badEndpoint = defineRule({
  code: 'RF229',
  name: 'bad-endpoint',
  severity: 'error',
  meaning: 'provider.endpoint of a vendor is not an absolute https (or http) URL: no scheme, another scheme such as file://, no host, credentials inside it, or a query or fragment.',
  hint: 'Write the vendor API base URL in full, e.g. https://pbx.example.com/ns-api/v2.',
  check(ctx) {
    const p = ctx.written.provider;
    if (!p || p.type === 'sandbox' || p.endpoint === undefined) return;
    const parsed = parseEndpoint(p.endpoint);
    if (!parsed.ok) {
      const shown = parsed.secret ? '' : ` "${p.endpoint.slice(0, 80)}"`;
      ctx.report(['provider', 'endpoint'], `provider.endpoint${shown} ${parsed.problem}`, {
        ...(parsed.hint ? { hint: parsed.hint } : {}),
        ...(parsed.secret ? { sensitive: true } : {}),
      });
    }
  },
});

export const plainHttpEndpoint = defineRule({
  code: 'RF306',
  name: 'plain-http-endpoint',
  severity: 'warning',
  meaning: 'provider.endpoint uses plain http to a host other than this machine: credentials would travel unencrypted, so plan and apply refuse it unless --insecure-http is given.',
  hint: 'Use https; keep http for an emulator on 127.0.0.1 or localhost.',
  check(ctx) {
    const p = ctx.written.provider;
    if (!p || p.type === 'sandbox' || p.endpoint === undefined) return;
    const parsed = parseEndpoint(p.endpoint);
    if (parsed.ok && parsed.url.protocol === 'http:' && !LOOPBACK.test(parsed.url.hostname)) {
      ctx.report(['provider', 'endpoint'], `provider.endpoint uses plain http to ${parsed.url.hostname}`);
    }
  },
});
