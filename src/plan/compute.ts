/**
 * computePlan: the pure core (docs/design.md#pure-core-in-an-io-shell). Given the normalised desired org, the live org a
 * provider read, and the provider's capabilities, it decides every action, its reason, its dependencies
 * and its place in the order; the guards that apply; and what is left unmanaged or unverified. No I/O,
 * no clock: the same input gives byte-identical JSON.
 *
 * The steps, in order:
 *   1. unreadable kinds out of both sides (unverified.ts), ignore rules applied to the inputs (ignore.ts);
 *   2. identity: pair desired and live objects (identity.ts); fields org.yaml leaves unmanaged take the
 *      live value (adopt.ts);
 *   3. field diff per kind (diff.ts), then members (members.ts) and invites (invites.ts), each turned
 *      into API, replace or manual actions by the capability table (capability.ts);
 *   4. extension swaps broken (moves.ts), dependencies linked (graph.ts), topological order (order.ts);
 *   5. targets (targets.ts), ids, guards (guards.ts), checksums (checksum.ts).
 */
import { coverageChanges, type CoverageChange } from '../coverage/compare.js';
import { callFlow, type FlowDepartment } from '../coverage/flow.js';
import { afterApply, type AfterApply, type MemberOutcome } from '../coverage/after-apply.js';
import { coverageInputOfLive, type CoverageInput } from '../coverage/input.js';
import { parseAddress } from '../model/address.js';
import type { Live, LiveOrg } from '../model/live.js';
import type { Collection, Department, Org, ProviderType, Schedule } from '../model/org.js';
import { fieldSupport, type Capabilities } from '../model/capabilities.js';
import type { OrgOrigin } from '../model/origin.js';
import { extensionConflicts } from './conflicts.js';
import { desiredChecksum, liveChecksum } from './checksum.js';
import { absentExtension, absentRole, absentSchedule, absentUser, diffPairs, unmanagedExtensionHolders, type Context } from './diff.js';
import type { Draft } from './draft.js';
import { orderDrafts } from './graph.js';
import { pairByKey, pairUsers, withDesiredEmails, type Pair } from './identity.js';
import { adoptUnmanaged, withUnreadableAsUnset } from './adopt.js';
import { applyIgnoreRules } from './ignore.js';
import { withRoleLevels } from './role-levels.js';
import { emailCaseNotes } from './email-case.js';
import { planInvites } from './invites.js';
import { planMembers } from './members.js';
import { deleteGuards, protectionGuards } from './guards.js';
import { knownAddresses, selectTargets } from './targets.js';
import { blockingDiagnostics, uncheckedValues, withUnchecked } from './blocking.js';
import { seatBlocking, seatChange } from './seats.js';
import { COVERAGE_DEFAULT_WEEK, PLAN_FORMAT, PLAN_VERSION, type Action, type Plan, type PlanOptions } from './types.js';
import { inviteStates } from './invite-states.js';
import { asChecklist, checklistWhenHidden, unreadableLine, releaseChecklistDependencies, seenWithMembers, splitUnverified, unreadableKinds, withoutKinds } from './unverified.js';

export interface PlanInput {
  desired: Org;
  live: LiveOrg;
  capabilities: Capabilities;
  options: PlanOptions;
  provider: { type: ProviderType; target: string | null };
  /** Where org.yaml was read from, for guard messages that name the line to change. */
  origin?: OrgOrigin;
}

export function computePlan(input: PlanInput): Plan {
  return planWithCoverage(input).plan;
}

/**
 * The plan, and the desired departments as apply will leave them (coverage/after-apply.ts): the coverage the
 * plan shows is of those, and plan's coverage findings (RF320–RF322) are checked again against them (shell/make-plan.ts).
 */
export function planWithCoverage(input: PlanInput): { plan: Plan; afterApply: AfterApply } {
  const { capabilities: caps, options } = input;
  const unverified = unreadableKinds(caps);
  const kinds = splitUnverified(caps, unverified);
  const readable = withoutKinds(input.desired, input.live, kinds);
  const ignored = applyIgnoreRules(readable.desired, readable.live);

  const seen = withUnreadableAsUnset(ignored.desired, input.live);
  const adopted = adoptUnmanaged(seen, ignored.live, pairUsers(seen.users, ignored.live.users));
  const desired = adopted.org;
  const users = withRoleLevels(adopted.users, caps);
  const live = withDesiredEmails(ignored.live, users);
  const ctx: Context = { caps, drafts: [], warnings: new Set([...ignored.warnings, ...emailCaseNotes(users, input.origin)]), desired, live, unmanaged: [...ignored.unmanaged] };

  const departments = pairByKey('department', desired.departments, live.departments, (d) => d.name);
  const extensionHolders = unmanagedExtensionHolders(desired, users, departments);
  diffPairs(ctx, 'role', 'roles', pairByKey('role', desired.roles, live.roles, (r) => r.name), absentRole);
  diffPairs(ctx, 'schedule', 'schedules', pairByKey('schedule', desired.schedules, live.schedules, (s) => s.name), absentSchedule(ctx));
  diffPairs(ctx, 'extension', 'extensions', pairByKey('extension', desired.extensions, live.extensions, (e) => e.number), absentExtension(desired, extensionHolders));
  diffPairs(ctx, 'user', 'users', users, absentUser(desired, users));
  diffPairs(ctx, 'department', 'departments', departments);
  if (!kinds.hidden.has('member')) planMembers(ctx, { departments, users, ignoredUsers: ignored.users });
  planInvites(ctx, users, options);
  const invited = inviteStates(users);
  asChecklist(ctx.drafts, kinds.checklist, unverified);
  checklistWhenHidden(ctx.drafts, input.live, desired);
  seenWithMembers(ctx.drafts, input.live);

  for (const w of extensionConflicts(ctx.drafts, input.live, ctx.unmanaged)) ctx.warnings.add(w);
  const ordered = orderDrafts(ctx.drafts, caps);
  releaseChecklistDependencies(ordered, kinds.checklist, new Set(input.live.account?.knownSchedules ?? []));
  // Every known address is only needed to check --target names; without targets, skip building the set.
  // Stryker disable next-line ConditionalExpression: selectTargets returns the drafts as they are when there are no targets; the test only saves building the known addresses
  const selected =
    options.targets.length === 0
      ? ordered
      : selectTargets(ordered, options.targets, knownAddresses(input.desired, input.live), caps.ringOrderIsPosition === true, (w) => ctx.warnings.add(w));
  const actions = numbered(selected);
  let checksums: Plan['checksums'] | undefined;
  const seats = seatChange(actions, input.live.account);
  const blocking = [...blockingDiagnostics(actions, desired, input.live.account, input.origin), ...seatBlocking(seats, actions, input.origin)];
  const outcomes = kinds.hidden.has('member') ? () => undefined : memberOutcomes(ctx.drafts, departments);
  const after = afterApply(desiredCoverage(desired), outcomes, dataOf(readable.live.users));

  const plan: Plan = {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    provider: { type: input.provider.type, target: input.provider.target },
    actions,
    unmanaged: [...ctx.unmanaged].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0)),
    unverified: withUnchecked(
      [...unverified, ...(input.live.unreadable ?? []).map((u) => unreadableLine(u, readable.desired, input.live, adopted.users)), ...invited.unverified],
      uncheckedValues(actions, desired, input.live.account),
    ),
    guards: [
      ...deleteGuards(actions, desired.settings.guards, managedCounts(live), input.origin),
      ...protectionGuards(actions, input.desired.settings.guards, input.live, desired.roles),
    ],
    ...(blocking.length > 0 ? { blocking } : {}),
    ...(seats ? { seats } : {}),
    ...(invited.invites.length > 0 ? { invites: invited.invites } : {}),
    warnings: [...ctx.warnings].sort(),
    // With --target only part of the change runs: the whole change's coverage would not be what apply does.
    ...(options.targets.length === 0 ? coverageOf(after.input, { ...ignored.live, users: readable.live.users }, caps, options.coverageFrom ?? COVERAGE_DEFAULT_WEEK) : {}),
    ...flowOf(after.input, actions),
    // Hashed on first use only (a saved plan, --json, drift, a stale check): a plain `plan` never reads them,
    // and hashing a 50k org is a large part of planning it. An enumerable getter, so JSON.stringify and
    // structuredClone still emit `checksums` in this place; the inputs are not changed after planning.
    get checksums() {
      return (checksums ??= { desired: desiredChecksum(input.desired), live: liveChecksum(input.live) });
    },
  };
  return { plan, afterApply: after };
}

/** The desired org as coverage reads it (unmanaged fields already adopted, so nothing is unknown). */
function desiredCoverage(desired: Org): CoverageInput {
  return { schedules: desired.schedules, users: desired.users, departments: desired.departments, timezone: desired.settings.timezone, unmanagedHours: new Set() };
}

function* dataOf<T>(live: readonly Live<T>[]): Iterable<T> {
  for (const l of live) yield l.data;
}

/**
 * What apply does to each declared department's members, from the member and department actions planned
 * (coverage/after-apply.ts). The index of member actions is built on first use: only for a department whose
 * live members are not its declared ones.
 */
function memberOutcomes(drafts: readonly Draft[], departments: readonly Pair<Department>[]): (name: string) => MemberOutcome | undefined {
  const pairs = new Map<string, Live<Department> | null>();
  for (const p of departments) if (p.desired) pairs.set(p.desired.name, p.live);
  const recreated = new Set<string>();
  for (const d of drafts) if (d.action.resource === 'department' && d.intent === 'replace') recreated.add(parseAddress(d.action.address)?.keys[0] ?? '');
  let planned: { added: Set<string>; removed: Set<string> } | undefined;
  const memberIntents = () => {
    if (planned) return planned;
    planned = { added: new Set(), removed: new Set() };
    for (const d of drafts) {
      if (d.action.resource !== 'member' || (d.intent !== 'add-member' && d.intent !== 'remove-member')) continue;
      const keys = parseAddress(d.action.address)?.keys ?? [];
      (d.intent === 'add-member' ? planned.added : planned.removed).add(memberKey(keys[0] ?? '', keys[1] ?? ''));
    }
    return planned;
  };
  return (name) => {
    if (!pairs.has(name)) return undefined;
    const live = pairs.get(name) ?? null;
    const members = live === null || recreated.has(name) ? [] : live.unread?.includes('members') ? null : live.data.members;
    return { live: members, added: (user) => memberIntents().added.has(memberKey(name, user)), removed: (user) => memberIntents().removed.has(memberKey(name, user)) };
  };
}

const memberKey = (department: string, user: string): string => `${department}\u0000${user.toLowerCase()}`;

/**
 * Coverage of the live org (as read: its members name its own emails, before renames; ignored users included,
 * as they still take calls) against the desired one as apply leaves it (`afterApply`).
 */
function coverageOf(desired: CoverageInput, live: LiveOrg, caps: Capabilities, from: string): { coverage?: CoverageChange[] } {
  // Hours the read did not fetch (outside the read scope) are unknown on both sides: assumed, as validate does.
  const unread = new Set(live.users.filter((u) => u.unread?.includes('receiveCalls')).map((u) => u.data.email));
  const liveInput = { ...coverageInputOfLive(live, desired.timezone), unmanagedHours: unread };
  if (fieldSupport(caps, 'schedule', 'timezone').level === 'unsupported') liveInput.schedules = withDesiredZones(liveInput.schedules, desired.schedules);
  const changes = coverageChanges(liveInput, { ...desired, unmanagedHours: unread }, from);
  return changes.length > 0 ? { coverage: changes } : {};
}

/**
 * A vendor whose schedules have no zone of their own (NetSapiens timeframes: capability `unsupported`) reads a
 * stand-in zone; the live picture takes each schedule's zone from org.yaml, as the plan never compares it, so
 * coverage does not report a shift that is only the stand-in (issue 18: it also let every department's coverage
 * be computed at 50k users, though nothing changed).
 */
function withDesiredZones(live: readonly Schedule[], desired: readonly Schedule[]): Schedule[] {
  const zones = new Map(desired.map((s) => [s.name, s.timezone]));
  return live.map((s) => {
    const zone = zones.get(s.name);
    return zone === undefined || zone === s.timezone ? s : { ...s, timezone: zone };
  });
}

/** The departments an action touches (itself or a member), drawn as apply leaves them; none when no department is touched. */
function flowOf(desired: CoverageInput, actions: Action[]): { flow?: FlowDepartment[] } {
  const touched = new Set<string>();
  for (const a of actions) {
    const parsed = a.resource === 'department' || a.resource === 'member' ? parseAddress(a.address) : null;
    if (parsed?.keys[0] !== undefined) touched.add(parsed.keys[0]);
  }
  const flow = touched.size > 0 ? callFlow({ ...desired, unmanagedHours: new Set() }, touched) : [];
  return flow.length > 0 ? { flow } : {};
}

function managedCounts(live: LiveOrg): Record<Collection, number> {
  return {
    users: live.users.length,
    extensions: live.extensions.length,
    departments: live.departments.length,
    schedules: live.schedules.length,
    roles: live.roles.length,
    members: 0,
  };
}

/** Ids "1".."n" in execution order; dependencies by id, ascending. */
function numbered(drafts: Draft[]): Action[] {
  const ids = new Map(drafts.map((d, i) => [d.key, String(i + 1)]));
  return drafts.map((d) => {
    const dependsOn = [...d.deps]
      .map((k) => ids.get(k))
      .filter((id): id is string => id !== undefined)
      .sort((a, b) => Number(a) - Number(b));
    return orderedKeys({ id: ids.get(d.key)!, ...d.action, dependsOn } as Action);
  });
}

/** A fixed key order for every action, so the JSON reads the same whichever path built it. */
function orderedKeys(action: Action): Action {
  const { id, kind, resource, address, reason, dependsOn, vendorId, ...rest } = action;
  return { id, kind, resource, address, reason, dependsOn, vendorId, ...rest } as Action;
}
