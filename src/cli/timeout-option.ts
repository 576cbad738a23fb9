import { InvalidArgumentError } from 'commander';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 };

/**
 * `--timeout`: `30s`, `2m`, `500ms` (a bare number is seconds) → milliseconds, from 100 ms to 10 min. The
 * default, 30 s, is the HTTP client's (DEFAULT_REQUEST_TIMEOUT_MS); it bounds each vendor request on its own.
 */
export function parseRequestTimeout(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim());
  if (!m) throw new InvalidArgumentError('a duration such as 30s, 2m or 500ms');
  const ms = Math.round(Number(m[1]) * UNIT_MS[m[2] ?? 's']!);
  if (ms < 100 || ms > 600_000) throw new InvalidArgumentError('from 100ms to 10m');
  return ms;
}
