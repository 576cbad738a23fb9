/**
 * Unset means unmanaged: a field org.yaml leaves out (and the catalogue marks unmanaged when unset) takes
 * the live object's value before the diff, so it is never compared, never cleared, and every later step
 * (moves, references, guards) sees the object as it really is. An object with no live counterpart keeps
 * the normalised default: a create needs a value, and the plan shows the one it sends.
 *
 * Not read means not compared: a field the provider left out of its read (`Live.unread`, outside the read
 * scope, plan/read-scope.ts) is adopted the same way, so it can never become an update.
 */
import type { Live, LiveOrg, LiveUser } from '../model/live.js';
import { unsetOf, type DeclaredKind, type Org, type User } from '../model/org.js';
import { COLLECTION_OF_KIND, KEY_FIELD, specOf } from '../model/fields.js';
import type { Pair } from './identity.js';

function adopted<T extends object>(desired: T, live: T | undefined, unset: readonly string[]): T {
  if (!live || unset.length === 0) return desired;
  // Memory (docs/BENCHMARKS.md, Memory, third round): an unset field usually holds the live value already (the
  // default, as the vendor has it): no copy then, ~17 MB fewer for a 50k-user plan. An empty list counts as the
  // same: its copy would differ only in identity, which nothing reads (records are compared and copied as JSON).
  // Stryker disable next-line ConditionalExpression,MethodExpression,ArrowFunction: a shortcut only (the copy would hold the same values)
  if (unset.every((field) => sameOrEmpty((desired as Record<string, unknown>)[field], (live as Record<string, unknown>)[field]))) return desired;
  const next = { ...desired } as Record<string, unknown>;
  for (const field of unset) next[field] = (live as Record<string, unknown>)[field];
  return next as T;
}

// Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,BooleanLiteral,ArrowFunction: see adopted (a false answer only copies)
const sameOrEmpty = (a: unknown, b: unknown): boolean => a === b || (Array.isArray(a) && Array.isArray(b) && a.length === 0 && b.length === 0);

/**
 * Fields org.yaml leaves out, and state fields the read did not fetch for this live object (an unread
 * department's `members` are objects of their own: members.ts leaves them alone instead).
 */
function notCompared(kind: DeclaredKind, unset: readonly string[], live: { unread?: readonly string[] } | null | undefined): readonly string[] {
  const unread = (live?.unread ?? []).filter((f) => specOf(kind, f)?.role === 'state');
  return unread.length === 0 ? unset : [...new Set([...unset, ...unread])];
}

function byKey<T extends object>(org: Org, kind: DeclaredKind, desired: T[], live: Live<T>[], key: (t: T) => string): T[] {
  if (Object.keys(org.unset[kind]).length === 0 && !live.some((l) => l.unread !== undefined)) return desired;
  const liveByKey = new Map(live.map((l) => [key(l.data), l]));
  return desired.map((d) => {
    const l = liveByKey.get(key(d));
    return adopted(d, l?.data, notCompared(kind, unsetOf(org.unset, kind, key(d)), l));
  });
}

/**
 * `users` pairs desired users with live ones (renames included); the other kinds pair by key. Returns the
 * adopted org and the same user pairs holding the adopted users (pairing does not depend on unset fields).
 */
export function adoptUnmanaged(desired: Org, live: LiveOrg, users: Pair<User, LiveUser>[]): { org: Org; users: Pair<User, LiveUser>[] } {
  const adoptedUser = new Map<User, User>();
  for (const p of users) {
    if (p.desired) adoptedUser.set(p.desired, adopted(p.desired, p.live?.data, notCompared('user', unsetOf(desired.unset, 'user', p.desired.email), p.live)));
  }
  const org: Org = {
    ...desired,
    roles: byKey(desired, 'role', desired.roles, live.roles, (r) => r.name),
    schedules: byKey(desired, 'schedule', desired.schedules, live.schedules, (s) => s.name),
    extensions: byKey(desired, 'extension', desired.extensions, live.extensions, (e) => e.number),
    departments: byKey(desired, 'department', desired.departments, live.departments, (d) => d.name),
    users: desired.users.map((u) => adoptedUser.get(u) ?? u),
  };
  return { org, users: users.map((p) => (p.desired ? { ...p, desired: adoptedUser.get(p.desired)! } : p)) };
}

/**
 * A field the read could not see is treated like a field org.yaml left out, for the objects that exist: the
 * desired object takes the live value, so the field is never compared (LiveOrg.unreadable). Objects
 * still to be created keep their declared value.
 */
export function withUnreadableAsUnset(desired: Org, live: LiveOrg): Org {
  if (!live.unreadable || live.unreadable.length === 0) return desired;
  const unset = { ...desired.unset } as Record<DeclaredKind, Record<string, readonly string[]>>;
  const withMembers = new Set(desired.departments.filter((d) => d.members.length > 0).map((d) => d.name));
  for (const { resource, field, keys, whileEmpty } of live.unreadable) {
    const table = { ...unset[resource] };
    const applies = (k: string) => (keys === undefined || keys.includes(k)) && !(whileEmpty === true && resource === 'department' && withMembers.has(k));
    for (const key of keysOf(desired, resource).filter(applies)) table[key] = [...new Set([...(Object.hasOwn(table, key) ? table[key]! : []), field])];
    unset[resource] = table;
  }
  return { ...desired, unset: unset as Org['unset'] };
}

/** The key of every declared object of a kind, by the catalogue's KEY_FIELD. */
function keysOf(org: Org, kind: DeclaredKind): string[] {
  const objects = org[COLLECTION_OF_KIND[kind]] as ReadonlyArray<object>;
  return objects.map((o) => String((o as Record<string, unknown>)[KEY_FIELD[kind]]));
}
