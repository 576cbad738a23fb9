import { InvalidArgumentError } from 'commander';
import { parseDuration } from './duration.js';

/**
 * `--timeout`: `30s`, `2m`, `500ms` (a bare number is seconds) → milliseconds, from 100 ms to 10 min; the
 * grammar is `--lock-timeout`'s (duration.ts). The default, 30 s, is the HTTP client's
 * (DEFAULT_REQUEST_TIMEOUT_MS); it bounds each vendor request on its own.
 */
export function parseRequestTimeout(text: string): number {
  let ms: number;
  try {
    ms = parseDuration(text);
  } catch {
    throw new InvalidArgumentError('a duration such as 30s, 2m or 500ms');
  }
  if (ms < 100 || ms > 600_000) throw new InvalidArgumentError('from 100ms to 10m');
  return ms;
}
