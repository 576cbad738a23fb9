/**
 * The field diff of roles, schedules, extensions, users and departments: create what is not live,
 * update what differs, delete what is not declared when the collection is pruned, and otherwise list it
 * as unmanaged. Members and invites are planned afterwards (members.ts, invites.ts), as they depend on
 * what happens here.
 */
import type { ResourceKind } from '../model/address.js';
import type { Live, LiveOrg, LiveUser } from '../model/live.js';
import { BUILTIN_ROLES, type Collection, type Org, type User } from '../model/org.js';
import { forwardingSchedules } from '../model/forwarding.js';
import { plain } from './canonical.js';
import { planOperation, planUpdate, type Sink } from './capability.js';
import { createdRecord, diffFields, updateReason } from './fields.js';
import type { Pair } from './identity.js';
import type { Record_, UnmanagedObject } from './types.js';

export interface Context extends Sink {
  desired: Org;
  live: LiveOrg;
  unmanaged: UnmanagedObject[];
}

type Resource = Exclude<ResourceKind, 'member'>;

/**
 * What to do with a live object absent from org.yaml, before the prune setting is consulted. `declared`:
 * pairing left it over, yet org.yaml declares it (a vendor listing that repeats a record): left alone,
 * with a warning, whatever prune says.
 */
type Absent = 'prune-rule' | 'skip' | 'not-declared' | 'declared';

export function diffPairs<T>(
  ctx: Context,
  resource: Resource,
  collection: Collection,
  pairs: Pair<T, Live<T>>[],
  absent: (live: Live<T>) => Absent = () => 'prune-rule',
): void {
  for (const { address, desired, live } of pairs) {
    const target = { resource, address, vendorId: live?.id ?? null };
    if (desired && !live) {
      const after = createdRecord(resource, plain(desired) as Record_);
      planOperation(ctx, { kind: 'create', ...target, reason: 'not in live state', after }, null, after);
      planAfterCreate(ctx, { ...target, reason: 'the vendor cannot set it when creating' }, after);
    } else if (desired && live) {
      const before = live.data as Record_;
      const changes = diffFields(resource, before, desired as Record_);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: planUpdate of no changes plans nothing
      if (changes.length > 0) planUpdate(ctx, { ...target, reason: updateReason(changes) }, before, desired as Record_, changes);
    } else if (live) {
      const rule = absent(live);
      if (rule === 'skip') continue;
      if (rule === 'declared') ctx.warnings.add(`${address}: a second live record (vendor id ${live.id}) is the same user as one org.yaml declares (by email, a previously email, or vendor id); it is left alone, never deleted`);
      if (rule === 'prune-rule' && ctx.desired.settings.prune[collection]) {
        const before = withoutUnread(plain(live.data) as Record_, live.unread);
        const reason = `not in org.yaml (prune.${collection} is on)`;
        planOperation(ctx, { kind: 'delete', ...target, reason, before }, before, null);
      } else ctx.unmanaged.push({ address, reason: 'not-declared' });
    }
  }
}

/** A delete shows the object as read: a field the read did not fetch (Live.unread) is left out, not guessed. */
function withoutUnread(record: Record_, unread: readonly string[] | undefined): Record_ {
  if (!unread || unread.length === 0) return record;
  const out = { ...record };
  for (const field of unread) delete out[field];
  return out;
}

/**
 * The fields a create cannot set (capabilities `createDefaults`) that are declared otherwise than the vendor's
 * default: their own update step follows the create (it depends on it: graph.ts, same object).
 */
function planAfterCreate(ctx: Context, target: { resource: Resource; address: string; vendorId: string | null; reason: string }, after: Record_): void {
  const defaults = (ctx.caps[target.resource].createDefaults ?? {}) as Record<string, unknown>;
  const fields = Object.keys(defaults).filter((f) => Object.hasOwn(after, f) && (defaults[f] === null || JSON.stringify(defaults[f]) !== JSON.stringify(after[f])));
  if (fields.length === 0) return;
  const before: Record_ = { ...after };
  for (const f of fields) before[f] = defaults[f] ?? null;
  planUpdate(ctx, target, before, after, fields.map((field) => ({ field, before: before[field] ?? null, after: after[field] })));
}

/**
 * The invariant that no plan deletes a user org.yaml declares: a live user left unpaired is still
 * declared when its email (any case) is a declared user's email or one of their `previously` emails, or
 * when its vendor id is the id of a live record paired with a declared user or carrying such an email (a
 * listing that repeats a record, or repeats an id under another email). Deleting it would delete the
 * declared user's account.
 */
export function absentUser(desired: Org, users: Pair<User, LiveUser>[]): (live: Live<User>) => Absent {
  const emails = new Set<string>();
  for (const u of desired.users) for (const e of [u.email, ...u.previously]) emails.add(e.toLowerCase());
  const isDeclared = (live: Live<User>) => emails.has(live.data.email.toLowerCase());
  const declaredIds = new Set<string>();
  for (const p of users) if (p.live && (p.desired || isDeclared(p.live))) declaredIds.add(p.live.id);
  return (live) => (isDeclared(live) || declaredIds.has(live.id) ? 'declared' : 'prune-rule');
}

/** Live custom roles only: a vendor listing its built-in roles must not see them pruned. */
export function absentRole(live: Live<{ name: string }>): Absent {
  return (BUILTIN_ROLES as readonly string[]).includes(live.data.name) ? 'skip' : 'prune-rule';
}

/**
 * A live schedule absent from org.yaml that a user's call hours or a department's hours still name is left
 * alone, whatever prune says: those fields may be unmanaged (left out of org.yaml, so they keep the live value),
 * and deleting the schedule would fail at the vendor (it is in use) or change what they mean.
 */
export function absentSchedule(ctx: Context): (live: Live<{ name: string }>) => Absent {
  const used = new Map<string, string>();
  for (const u of ctx.desired.users) if (u.receiveCalls !== 'always' && u.receiveCalls !== 'never') used.set(u.receiveCalls, `user["${u.email}"]`);
  for (const u of ctx.desired.users) for (const s of forwardingSchedules(u.forwarding)) used.set(s, `user["${u.email}"].forwarding`);
  for (const d of ctx.desired.departments) if (d.hours !== null) used.set(d.hours, `department["${d.name}"]`);
  // Live objects that stay unmanaged (absent from org.yaml, their collection not pruned) keep using theirs.
  const declaredUsers = new Set(ctx.desired.users.map((u) => u.email.toLowerCase()));
  const declaredDepartments = new Set(ctx.desired.departments.map((d) => d.name));
  const prune = ctx.desired.settings.prune;
  if (!prune.users) for (const { data: u } of ctx.live.users) if (!declaredUsers.has(u.email.toLowerCase()) && u.receiveCalls !== 'always' && u.receiveCalls !== 'never') used.set(u.receiveCalls, `user["${u.email}"]`);
  if (!prune.users) for (const { data: u } of ctx.live.users) if (!declaredUsers.has(u.email.toLowerCase())) for (const s of forwardingSchedules(u.forwarding)) used.set(s, `user["${u.email}"].forwarding`);
  if (!prune.departments) for (const { data: d } of ctx.live.departments) if (!declaredDepartments.has(d.name) && d.hours !== null) used.set(d.hours, `department["${d.name}"]`);
  return (live) => {
    const by = used.get(live.data.name);
    if (by === undefined) return 'prune-rule';
    if (ctx.desired.settings.prune.schedules) ctx.warnings.add(`schedule["${live.data.name}"] is not in org.yaml but ${by} still uses it (a field org.yaml leaves unmanaged): left alone, not deleted`);
    return 'not-declared';
  };
}

/**
 * A live extension absent from `extensions` is still declared when a managed desired user or department
 * has its number (config creates extensions users name, but a provider may list them separately).
 * One held by a live user or department that stays unmanaged is left alone with it.
 * Decision: departments count like users here.
 */
export function absentExtension(
  desired: Org,
  unmanagedHolders: Set<string>,
): (live: Live<{ number: string }>) => Absent {
  const declared = new Set<string>();
  // Stryker disable next-line ConditionalExpression: a null number added to the set matches no live extension (numbers are strings)
  for (const o of [...desired.users, ...desired.departments]) if (o.extension) declared.add(o.extension);
  return (live) => (declared.has(live.data.number) ? 'skip' : unmanagedHolders.has(live.data.number) ? 'not-declared' : 'prune-rule');
}

/** Extension numbers held by live users and departments that stay unmanaged (absent, and not pruned). */
export function unmanagedExtensionHolders(
  desired: Org,
  users: Pair<User, LiveUser>[],
  departments: Pair<unknown, Live<{ extension: string | null }>>[],
): Set<string> {
  const held = new Set<string>();
  const prune = desired.settings.prune;
  // Stryker disable next-line OptionalChaining: a pair without a desired side has a live one
  if (!prune.users) for (const p of users) if (!p.desired && p.live?.data.extension) held.add(p.live.data.extension);
  // Stryker disable next-line OptionalChaining: a pair without a desired side has a live one
  if (!prune.departments) for (const p of departments) if (!p.desired && p.live?.data.extension) held.add(p.live.data.extension);
  return held;
}
