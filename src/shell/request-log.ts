import type { RequestLogEntry } from '../providers/http/client.js';
import type { CreateProviderOptions } from '../providers/registry.js';
import { inert } from '../inert.js';
import type { IO } from './io.js';

/**
 * `--verbose`: one line per HTTP attempt on stderr, `GET /domains/acme/users?start=0 200 12 ms`. Paths
 * arrive redacted from the HTTP client (secret query parameters and registered secrets masked).
 */
export function requestLogPrinter(io: IO, prefix = ''): (entry: RequestLogEntry) => void {
  return (e) => {
    const status = e.status === null ? 'no response' : String(e.status);
    const retry = e.attempt > 0 ? ` (retry ${e.attempt})` : '';
    const error = e.error ? ` ${inert(e.error)}` : '';
    io.stderr.write(`${prefix}${e.method} ${inert(e.path)} ${status} ${e.durationMs} ms${retry}${error}\n`);
  };
}

/** The provider options for a command: the request log and pace when --verbose, plain http when --insecure-http, --timeout, --rate. */
export function providerOptions(io: IO, verbose: boolean | undefined, prefix = ''): CreateProviderOptions {
  return {
    env: io.env,
    cwd: io.cwd,
    onWarning: (message) => io.stderr.write(`Warning: ${message}\n`),
    ...(verbose ? { onLog: requestLogPrinter(io, prefix), onPace: (text: string) => io.stderr.write(`${prefix}${text}\n`) } : {}),
    ...(io.requestRate !== undefined ? { rate: io.requestRate } : {}),
    ...(io.insecureHttp ? { insecureHttp: true } : {}),
    ...(io.requestTimeoutMs !== undefined ? { requestTimeoutMs: io.requestTimeoutMs } : {}),
  };
}
