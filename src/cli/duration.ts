import { InvalidArgumentError } from 'commander';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `--lock-timeout`: `0`, `90s`, `5m`, `1h`, `500ms` (a bare number is seconds) → milliseconds. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) throw new InvalidArgumentError('a duration such as 0, 90s, 5m or 1h');
  const ms = Number(m[1]) * UNIT_MS[m[2] ?? 's']!;
  if (ms > 24 * 3_600_000) throw new InvalidArgumentError('at most 24h');
  return Math.round(ms);
}
