/**
 * `start`/`limit` pagination (spec `Start`: default 0, min 0; `Limit`: default 100, min 1, max 1000).
 * Out-of-range values get 400 [I: the spec gives the bounds and a 400 answer; docs/vendors/netsapiens.md#pagination].
 */
import { badRequest } from './errors.js';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export function paginate<T>(items: T[], query: Record<string, string>): T[] {
  const start = integerParam(query, 'start', 0, 0, Number.MAX_SAFE_INTEGER);
  const limit = integerParam(query, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT);
  return items.slice(start, start + limit);
}

function integerParam(query: Record<string, string>, name: string, fallback: number, min: number, max: number): number {
  const raw = query[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw badRequest(`Invalid ${name} ${raw}: must be an integer between ${min} and ${max}`);
  }
  return n;
}
