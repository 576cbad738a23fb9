import { InvalidArgumentError } from 'commander';

/**
 * `--rate`: vendor requests per second, a number from 0.01 to 1000 (the range of provider.limits.rate in
 * schemas/org.schema.json); `0.5` is one request every 2 s. It overrides provider.limits.rate and the
 * vendor's default pace (src/providers/pace.ts) for plan, apply, import and drift, folders (fleets) too.
 */
export const MIN_RATE = 0.01;
export const MAX_RATE = 1000;

export function parseRate(text: string): number {
  const trimmed = text.trim();
  const n = /^\d+(\.\d+)?$|^\.\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isFinite(n)) throw new InvalidArgumentError('requests per second, a number such as 5 or 0.5');
  if (n < MIN_RATE || n > MAX_RATE) throw new InvalidArgumentError(`from ${MIN_RATE} to ${MAX_RATE} requests per second`);
  return n;
}
