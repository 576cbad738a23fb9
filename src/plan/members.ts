/**
 * Department membership: each (department, user) pair is a `member` resource of its own, so that adding
 * one agent to a queue is one action. Planned after users and departments, because what happens to a
 * member depends on what happens to both.
 *
 * Decisions:
 * - A department being deleted drops its members implicitly: no remove-member for it. One being created
 *   or replaced gets every declared member added (the vendor starts it empty).
 * - A user being deleted is removed from its departments first, even when prune.members is off and even
 *   from a department left unmanaged (vendors refuse to delete a user who is still a member; the sandbox
 *   answers 409); a user being replaced is added again. A department being deleted is deleted before
 *   its members are (references.ts).
 * - Members whose user is ignored or stays unmanaged are left alone and listed as unmanaged.
 */
import { memberAddress } from '../model/address.js';
import type { LiveUser } from '../model/live.js';
import type { Department, Member, User } from '../model/org.js';
import { planOperation, planUpdate } from './capability.js';
import type { Context } from './diff.js';
import type { Pair } from './identity.js';
import type { Record_ } from './types.js';
import { intentsByAddress } from './draft.js';

type IntentsAt = (address: string) => ReadonlySet<string>;

type UserFate = 'kept' | 'deleted' | 'replaced' | 'ignored' | 'unmanaged' | 'absent';

export interface MemberInputs {
  departments: Pair<Department>[];
  users: Pair<User, LiveUser>[];
  ignoredUsers: Set<string>;
}

function userFates(intentAt: IntentsAt, inputs: MemberInputs): (email: string) => UserFate {
  const fates = new Map<string, UserFate>();
  for (const p of inputs.users) {
    const email = (p.desired ?? p.live!.data).email.toLowerCase();
    // An extra live record of a declared user (diff.ts absentUser) does not make that user unmanaged.
    if (!p.desired && fates.has(email)) continue;
    const intents = intentAt(p.address);
    if (intents.has('delete')) fates.set(email, 'deleted');
    else if (intents.has('replace')) fates.set(email, 'replaced');
    else if (!p.desired) fates.set(email, 'unmanaged');
    else fates.set(email, 'kept');
  }
  return (email) => {
    const key = email.toLowerCase();
    // Stryker disable next-line StringLiteral: 'absent' is never compared (as 'kept'); this also leaves out 'ignored', which member-fates.test.ts pins
    return inputs.ignoredUsers.has(key) ? 'ignored' : (fates.get(key) ?? 'absent');
  };
}

const record = (department: string, m: Member): Record_ => ({ department, user: m.user, priority: m.priority });

export function planMembers(ctx: Context, inputs: MemberInputs): void {
  // User and department drafts are all in place before members are planned: index them once.
  const intentAt = intentsByAddress(ctx.drafts);
  const fateOf = userFates(intentAt, inputs);
  for (const { address, desired, live } of inputs.departments) {
    if (!desired) {
      if (live && !intentAt(address).has('delete')) releaseDeletedUsers(ctx, live.data.name, live.data.members, fateOf);
      continue;
    }
    const recreated = !live || intentAt(address).has('replace');
    // Members the read did not fetch (outside the read scope) are never compared: no add, no remove.
    if (!recreated && live.unread?.includes('members')) {
      ctx.warnings.add(`${address}: its members were not read, so they are not compared`);
      continue;
    }
    const liveMembers = recreated ? [] : live.data.members;
    const positions = ctx.caps.ringOrderIsPosition === true;
    const kept = positions ? ignoredKeepTheirPlace(ctx, desired, liveMembers, fateOf) : undefined;
    const placed = kept ? kept.department : positions ? asPositions(ctx, desired, liveMembers, fateOf) : desired;
    planDepartmentMembers(ctx, placed, liveMembers, fateOf, recreated ? (live ? 'department is re-created' : 'department is new') : null, kept?.order);
  }
}

/** The declared members in ring order: by priority, then as listed in org.yaml. */
function declaredRingOrder(department: Department): Member[] {
  return department.members
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.priority - b.m.priority || a.i - b.i)
    .map(({ m }) => m);
}

/**
 * Ring order as positions: a member's priority can only be its place among the members the department will hold.
 * A declared member whose user is ignored (settings.ignore) and not in the department is never added, so it holds
 * no place; a gap in the priorities holds none either. Planned as declared, the members after it asked for a
 * position the vendor cannot give, and every plan moved them again without effect (a diff forever). So the declared
 * members are ranked 1..n in declared order without those, and the plan says where that differs from org.yaml.
 */
function asPositions(ctx: Context, department: Department, liveMembers: Member[], fateOf: (email: string) => UserFate): Department {
  const live = new Set(liveMembers.map((m) => m.user.toLowerCase()));
  const held = declaredRingOrder(department).filter((m) => fateOf(m.user) !== 'ignored' || live.has(m.user.toLowerCase()));
  const members = held.map((m, i) => ({ ...m, priority: i + 1 }));
  members.forEach((m, i) => {
    if (m.priority !== held[i]!.priority) {
      ctx.warnings.add(`${memberAddress(department.name, m.user)} rings at position ${m.priority}, not ${held[i]!.priority}: the vendor keeps ring order as positions, and no member of ${department.name} holds the places before it (an ignored user not in it, or a gap)`);
    }
  });
  return { ...department, members };
}

/**
 * Review A3 (ring order as positions, Smartflo): live Sales [u1, u2, u3] with u3 ignored (settings.ignore) and
 * org.yaml declaring [u3:1, u1:2]; apply wrote the declared members first and moved u3 from 3 to 1, with no plan
 * line for it. Decision: ignored means left alone (settings.ignore: never updated), so an ignored live member
 * keeps its live position (or the last one, when the department ends up shorter), whatever org.yaml declares
 * for it; the declared members take the other places in declared order, then the members org.yaml leaves
 * unmanaged in their live order. The declared members' priorities are those places, and the plan says where
 * they differ from org.yaml and that the ignored member stays; every member action carries the whole order
 * (ringOrder), so the provider writes exactly it. undefined: no ignored member is in the department (asPositions).
 */
function ignoredKeepTheirPlace(
  ctx: Context,
  department: Department,
  liveMembers: Member[],
  fateOf: (email: string) => UserFate,
): { department: Department; order: string[] } | undefined {
  const key = (email: string) => email.toLowerCase();
  const byPlace = [...liveMembers].sort((a, b) => a.priority - b.priority);
  const ignored = byPlace.filter((m) => fateOf(m.user) === 'ignored');
  if (ignored.length === 0) return undefined;
  const fixed = new Set(ignored.map((m) => key(m.user)));
  const declared = declaredRingOrder(department).filter((m) => fateOf(m.user) !== 'ignored');
  const declaredUsers = new Set(declared.map((m) => key(m.user)));
  // Undeclared live members that stay (ignored ones aside): unmanaged, or kept because prune.members is off.
  const staying = byPlace.filter((m) => {
    if (declaredUsers.has(key(m.user)) || fixed.has(key(m.user))) return false;
    const fate = fateOf(m.user);
    return fate === 'unmanaged' || (fate !== 'deleted' && !ctx.desired.settings.prune.members);
  });
  const total = declared.length + staying.length + ignored.length;
  const slots: Array<string | undefined> = new Array(total).fill(undefined);
  for (const m of ignored) {
    let at = Math.min(liveIndex(byPlace, m), total - 1);
    while (slots[at] !== undefined && at > 0) at--;
    slots[at] = m.user;
  }
  const fill = [...declared.map((m) => m.user), ...staying.map((m) => m.user)];
  const order = slots.map((u) => u ?? fill.shift()!);
  const placeOf = (email: string) => order.findIndex((u) => key(u) === key(email)) + 1;
  for (const m of ignored) {
    const now = liveIndex(byPlace, m) + 1;
    const after = placeOf(m.user);
    ctx.warnings.add(
      after === now
        ? `${memberAddress(department.name, m.user)} is ignored (settings.ignore): ringform leaves it at position ${now}, and places the declared members of ${department.name} around it`
        : `${memberAddress(department.name, m.user)} is ignored (settings.ignore), but moves from position ${now} to ${after}: ${department.name} ends up with ${total} members, and the vendor keeps ring order as positions`,
    );
  }
  const members = declared.map((m) => ({ ...m, priority: placeOf(m.user) }));
  members.forEach((m, i) => {
    if (m.priority !== declared[i]!.priority) {
      ctx.warnings.add(`${memberAddress(department.name, m.user)} rings at position ${m.priority}, not ${declared[i]!.priority}: the vendor keeps ring order as positions, and an ignored member of ${department.name} keeps its place`);
    }
  });
  for (const m of staying) {
    const after = placeOf(m.user);
    const now = liveIndex(byPlace, m) + 1;
    if (after !== now) ctx.warnings.add(`${memberAddress(department.name, m.user)} is not declared in ${department.name}: ringform leaves it there, but the vendor keeps ring order as positions, so it moves from position ${now} to ${after}`);
  }
  return { department: { ...department, members }, order };
}

const liveIndex = (byPlace: Member[], m: Member) => byPlace.indexOf(m);

/** An undeclared department the plan keeps still lets go of users the plan deletes. */
function releaseDeletedUsers(ctx: Context, department: string, liveMembers: Member[], fateOf: (email: string) => UserFate): void {
  for (const m of liveMembers) if (fateOf(m.user) === 'deleted') planAbsentMember(ctx, department, m, 'deleted');
}

function planDepartmentMembers(
  ctx: Context,
  department: Department,
  liveMembers: Member[],
  fateOf: (email: string) => UserFate,
  recreatedReason: string | null,
  fullOrder?: string[],
): void {
  const name = department.name;
  const liveByUser = new Map(liveMembers.map((m) => [m.user.toLowerCase(), m]));
  const desiredUsers = new Set(department.members.map((m) => m.user.toLowerCase()));
  // Stryker disable next-line all: the order drafts are made in never shows: order.ts orders them totally (kind, intent, address, key)
  const sorted = <M extends Member>(ms: M[]) => [...ms].sort((a, b) => (a.user < b.user ? -1 : a.user > b.user ? 1 : 0));
  const firstDraft = ctx.drafts.length;

  for (const m of sorted(department.members)) {
    const fate = fateOf(m.user);
    if (fate === 'ignored') continue;
    const address = memberAddress(name, m.user);
    const target = { resource: 'member' as const, address, vendorId: null };
    const existing = liveByUser.get(m.user.toLowerCase());
    const after = record(name, m);
    if (!existing || fate === 'replaced') {
      const reason = recreatedReason ?? (fate === 'replaced' ? 'user is re-created' : `not a member of ${name} in live state`);
      planOperation(ctx, { kind: 'add-member', ...target, reason, department: name, user: m.user, priority: m.priority }, null, after);
    } else if (existing.priority !== m.priority) {
      const changes = [{ field: 'priority', before: existing.priority, after: m.priority }];
      planUpdate(ctx, { ...target, reason: 'priority changed' }, record(name, existing), after, changes);
    }
  }
  for (const m of sorted(liveMembers)) {
    if (desiredUsers.has(m.user.toLowerCase())) continue;
    planAbsentMember(ctx, name, m, fateOf(m.user));
  }
  if (ctx.caps.ringOrderIsPosition === true) withRingOrder(ctx, department, liveMembers, firstDraft, fullOrder);
}

/**
 * Ring order as positions (Smartflo): a member's priority is its place in one list that also holds the members
 * org.yaml leaves unmanaged. Placed by its priority alone, a new member went before an unmanaged one that then
 * pushed a declared, unchanged member down a place (live [x, a], declared [b, a]: apply wrote b, x, a and the next
 * plan moved a, a second apply). Decision: the declared members ring first, in the declared order, and the
 * others after them in the order they had; every member action of the department carries that order
 * (RingOrdered.ringOrder) for the provider, and the plan says which unmanaged members move down.
 */
function withRingOrder(ctx: Context, department: Department, liveMembers: Member[], firstDraft: number, fullOrder?: string[]): void {
  const drafts = ctx.drafts.slice(firstDraft).filter((d) => d.action.resource === 'member' && d.action.kind !== 'manual');
  if (drafts.length === 0) return;
  // With an ignored member the whole order is planned (ignoredKeepTheirPlace), and said there.
  if (fullOrder) {
    for (const d of drafts) (d.action as { ringOrder?: string[] }).ringOrder = fullOrder;
    return;
  }
  const ringOrder = declaredRingOrder(department).map((m) => m.user);
  for (const d of drafts) (d.action as { ringOrder?: string[] }).ringOrder = ringOrder;
  const declared = new Set(ringOrder.map((u) => u.toLowerCase()));
  const lastDeclared = Math.max(0, ...liveMembers.filter((m) => declared.has(m.user.toLowerCase())).map((m) => m.priority), ...department.members.map((m) => m.priority));
  for (const m of liveMembers) {
    if (declared.has(m.user.toLowerCase()) || m.priority > lastDeclared) continue;
    ctx.warnings.add(`${memberAddress(department.name, m.user)} is not declared in ${department.name}: ringform leaves it there, but the vendor keeps ring order as positions, so it moves down to ring after the declared members (it rings at ${m.priority} now)`);
  }
}

function planAbsentMember(ctx: Context, department: string, m: Member, fate: UserFate): void {
  const address = memberAddress(department, m.user);
  if (fate === 'ignored') return void ctx.unmanaged.push({ address, reason: 'ignored' });
  if (fate === 'unmanaged') return void ctx.unmanaged.push({ address, reason: 'not-declared' });
  if (fate !== 'deleted' && !ctx.desired.settings.prune.members) return void ctx.unmanaged.push({ address, reason: 'not-declared' });
  const reason = fate === 'deleted' ? 'user is being deleted' : `not in ${department}'s members in org.yaml (prune.members is on)`;
  const before = record(department, m);
  planOperation(
    ctx,
    { kind: 'remove-member', resource: 'member', address, vendorId: null, reason, department, user: m.user, priority: m.priority },
    before,
    null,
  );
}
