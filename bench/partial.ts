/**
 * A partly managed org (docs/BENCHMARKS.md "read scope"): the live domain holds the whole synthetic org,
 * org.yaml declares only its first `managed` users (with their extensions and the schedules), no
 * department. Optionally `prune.users` is on and `settings.ignore` covers every other user, so that the
 * rest is hands-off rather than merely undeclared.
 */
import type { IgnoreRule, Org } from '../src/model/org.js';
import { allManaged } from '../src/model/org.js';

export interface PartialOptions {
  /** prune.users on, with ignore rules (by extension) matching every user not declared. */
  ignoreRest?: boolean;
}

export function partlyManagedOrg(full: Org, managed: number, opts: PartialOptions = {}): Org {
  const users = full.users.slice(0, managed);
  const numbers = new Set(users.map((u) => u.extension));
  const rest = full.users.slice(managed).map((u) => u.extension!).sort();
  const ignore: IgnoreRule[] = opts.ignoreRest && rest.length > 0 ? rangeGlobs(rest[0]!, rest[rest.length - 1]!).map((g) => ({ email: null, extension: g, name: null })) : [];
  return {
    ...full,
    settings: { ...full.settings, prune: { ...full.settings.prune, users: opts.ignoreRest === true }, ignore },
    users,
    extensions: full.extensions.filter((e) => numbers.has(e.number)),
    departments: [],
    unset: allManaged(),
  };
}

/**
 * Globs (`?` = one digit) that match exactly the numbers from `lo` to `hi`, both of the same length:
 * `100050`–`100999` → `10005?` … `10009?`, `1001??` … `1009??`. Few rules instead of one per user.
 */
export function rangeGlobs(lo: string, hi: string): string[] {
  if (lo.length !== hi.length || !/^\d+$/.test(lo + hi)) throw new Error(`rangeGlobs: ${lo}–${hi} are not numbers of one length`);
  const out: string[] = [];
  let start = BigInt(lo);
  const end = BigInt(hi);
  while (start <= end) {
    let k = 0;
    while (k < lo.length && start % 10n ** BigInt(k + 1) === 0n && start + 10n ** BigInt(k + 1) - 1n <= end) k++;
    const text = start.toString().padStart(lo.length, '0');
    out.push(text.slice(0, lo.length - k) + '?'.repeat(k));
    start += 10n ** BigInt(k);
  }
  return out;
}
