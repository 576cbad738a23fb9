/**
 * Identity: which live object a desired one is. Users by email (case-insensitive), falling back to a
 * `previously` email when no live user has the new one (a rename); extensions by number; departments,
 * schedules and roles by name. Pairs come out sorted by address, so every later step is deterministic
 * whatever the order of the inputs.
 */
import { addressOf } from '../model/address.js';
import { canonicalJson } from './canonical.js';
import type { Live, LiveOrg, LiveUser } from '../model/live.js';
import type { Department, User } from '../model/org.js';

export interface Pair<T, L extends Live<T> = Live<T>> {
  address: string;
  desired: T | null;
  live: L | null;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Pairs at one address (a live listing that repeats a record): the declared one first, then by live id. */
const tie = (p: Pair<unknown>) => `${p.desired ? 0 : 1}|${p.live?.id ?? ''}`;

function byAddress<P extends Pair<unknown>>(pairs: P[]): P[] {
  return pairs.sort((a, b) => cmp(a.address, b.address) || cmp(tie(a), tie(b)));
}

export function pairByKey<T>(
  kind: 'role' | 'schedule' | 'extension' | 'department',
  desired: T[],
  live: Live<T>[],
  keyOf: (t: T) => string,
): Pair<T>[] {
  const liveByKey = new Map(live.map((l) => [keyOf(l.data), l]));
  const pairs: Pair<T>[] = desired.map((d) => ({ address: addressOf(kind, keyOf(d)), desired: d, live: liveByKey.get(keyOf(d)) ?? null }));
  const claimed = new Set(desired.map(keyOf));
  for (const l of live) {
    if (!claimed.has(keyOf(l.data))) pairs.push({ address: addressOf(kind, keyOf(l.data)), desired: null, live: l });
  }
  return byAddress(pairs);
}

export function pairUsers(desired: User[], live: LiveUser[]): Pair<User, LiveUser>[] {
  // A listing that repeats an email: the record with the smallest id (then the smallest data) is the one
  // paired, whatever the order of the listing.
  const liveByEmail = new Map<string, LiveUser>();
  for (const l of live) {
    const key = l.data.email.toLowerCase();
    const seen = liveByEmail.get(key);
    if (!seen || l.id < seen.id || (l.id === seen.id && canonicalJson(l.data) < canonicalJson(seen.data))) liveByEmail.set(key, l);
  }
  const claimed = new Set<LiveUser>();
  const matched = new Map<User, LiveUser>();
  for (const d of desired) {
    const l = liveByEmail.get(d.email.toLowerCase());
    if (l) {
      matched.set(d, l);
      claimed.add(l);
    }
  }
  // A rename: the new email is not live, but one of the old ones is and nobody else claimed it.
  for (const d of desired) {
    if (matched.has(d)) continue;
    for (const old of d.previously) {
      const l = liveByEmail.get(old.toLowerCase());
      if (l && !claimed.has(l)) {
        matched.set(d, l);
        claimed.add(l);
        break;
      }
    }
  }
  const pairs: Pair<User, LiveUser>[] = desired.map((d) => ({ address: addressOf('user', d.email), desired: d, live: matched.get(d) ?? null }));
  for (const l of live) if (!claimed.has(l)) pairs.push({ address: addressOf('user', l.data.email), desired: null, live: l });
  return byAddress(pairs);
}

/**
 * Live departments name users by their live email. Once users are paired, those names are rewritten to
 * the desired spelling (a rename, or a difference in case), so that a rename is one user update and not
 * a manager change plus a remove-member and an add-member in every department.
 */
export function withDesiredEmails(live: LiveOrg, users: Pair<User, LiveUser>[]): LiveOrg {
  const rename = new Map<string, string>();
  for (const p of users) if (p.desired && p.live) rename.set(p.live.data.email.toLowerCase(), p.desired.email);
  if (rename.size === 0) return live;
  const email = (e: string) => rename.get(e.toLowerCase()) ?? e;
  const department = (d: Department): Department => ({
    ...d,
    manager: d.manager === null ? null : email(d.manager),
    failover: d.failover && d.failover.type === 'user' && d.failover.target !== null ? { ...d.failover, target: email(d.failover.target) } : d.failover,
    members: d.members.map((m) => ({ ...m, user: email(m.user) })),
  });
  return { ...live, departments: live.departments.map((l) => ({ ...l, data: department(l.data) })) };
}
