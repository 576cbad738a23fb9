/**
 * A kind the vendor's API cannot read has no trustworthy live state: diffing it would invent changes
 * (every object would look absent and be created again). Such kinds are taken out of both sides and
 * reported as unverified instead.
 *
 * Decisions:
 * - Members are read as part of departments, so members are unverified too when departments are.
 * - A kind whose read is `unsupported` is taken out of both sides: nothing can be said about it.
 * - A kind whose read is `manual` (a person can look in the panel) becomes a checklist: its live side is
 *   empty, so every declared object is planned, and each such action is a manual step "check it is set
 *   up as declared" — even where the API could create it, since creating blind could duplicate it.
 *   Nothing of it is ever deleted (its live side is empty).
 */
import { COLLECTION_OF_KIND } from '../model/fields.js';
import type { ResourceKind } from '../model/address.js';
import { RESOURCE_KINDS } from '../model/address.js';
import type { LiveOrg, LiveUser, UnreadableField } from '../model/live.js';
import { unsetOf, type Org, type User } from '../model/org.js';
import { addressOf } from '../model/address.js';
import { KEY_FIELD } from '../model/fields.js';
import type { Pair } from './identity.js';
import type { Capabilities } from '../model/capabilities.js';
import type { Unverified } from './types.js';
import { valuesOf } from './capability.js';
import type { Draft } from './draft.js';


export function unreadableKinds(caps: Capabilities): Unverified[] {
  const out: Unverified[] = [];
  for (const kind of RESOURCE_KINDS) {
    const read = caps[kind].operations.read;
    if (read.level !== 'api') out.push({ resource: kind, why: read.level === 'manual' ? read.why : read.reason });
  }
  const department = out.find((u) => u.resource === 'department');
  if (department && !out.some((u) => u.resource === 'member')) {
    out.push({ resource: 'member', why: `members are read with departments, which cannot be read: ${department.why}` });
  }
  return out;
}

/** Unverified kinds split by what can still be said: nothing (hidden) or a checklist (manual read). */
export function splitUnverified(caps: Capabilities, unverified: Unverified[]): { hidden: Set<ResourceKind>; checklist: Set<ResourceKind> } {
  const hidden = new Set<ResourceKind>();
  const checklist = new Set<ResourceKind>();
  for (const { resource } of unverified) {
    const read = caps[resource === 'member' && caps.member.operations.read.level === 'api' ? 'department' : resource].operations.read;
    (read.level === 'unsupported' ? hidden : checklist).add(resource);
  }
  return { hidden, checklist };
}

/** Takes hidden kinds out of both sides and checklist kinds out of the live side. */
export function withoutKinds(
  desired: Org,
  live: LiveOrg,
  kinds: { hidden: Set<ResourceKind>; checklist: Set<ResourceKind> },
): { desired: Org; live: LiveOrg } {
  const d: Org = { ...desired };
  const l: LiveOrg = { ...live };
  for (const kind of [...kinds.hidden, ...kinds.checklist]) {
    // Stryker disable next-line ConditionalExpression,StringLiteral: members have no collection of their own (they live in departments): without the skip the loop writes an `undefined` key nothing reads
    if (kind === 'member') continue;
    const collection = COLLECTION_OF_KIND[kind];
    if (kinds.hidden.has(kind)) (d[collection] as unknown[]) = [];
    (l[collection] as unknown[]) = [];
  }
  return { desired: d, live: l };
}

export const CHECKLIST_REASON = 'cannot be read through the vendor API: check it is set up as declared';

/** Turns every planned action on a checklist kind into a manual step (keeping a manual one's steps). */
export function asChecklist(drafts: Draft[], checklist: Set<ResourceKind>, unverified: Unverified[]): void {
  for (const draft of drafts) {
    const action = draft.action;
    if (!checklist.has(action.resource)) continue;
    if (action.kind === 'manual') {
      draft.action = { ...action, reason: CHECKLIST_REASON };
      continue;
    }
    // Stryker disable next-line OptionalChaining,StringLiteral: every checklist kind comes from `unverified` (splitUnverified), so the find never fails
    const why = unverified.find((u) => u.resource === action.resource)?.why ?? 'the vendor API cannot read it';
    draft.action = {
      kind: 'manual',
      resource: action.resource,
      address: action.address,
      reason: CHECKLIST_REASON,
      vendorId: action.vendorId,
      intent: draft.intent,
      why,
      steps: [],
      // Stryker disable next-line StringLiteral: a checklist kind's live side is empty, so no update or replace (the actions with `changes`) is planned on it
      changes: 'changes' in action ? action.changes : valuesOf(draft.before, draft.after),
    };
  }
}

/**
 * A checklist step says "check it is set up as declared"; most API actions do not wait for it (they would be
 * skipped on every apply, since the step is planned every time). The exception is a create the API needs done
 * first: an API action referring to a schedule of a checklist kind waits for its step unless the read knows
 * the schedule exists (`known`: LiveOrg.account.knownSchedules, e.g. a Smartflo time group some user has, or
 * one org.yaml lists under provider.vendor.smartflo.timeGroups). Otherwise the vendor would refuse the
 * reference (Smartflo: 422 "The selected time group … is invalid"); apply lists the action as waiting, and
 * the next plan, once the step is done and known, sends it.
 */
export function releaseChecklistDependencies(drafts: Draft[], checklist: Set<ResourceKind>, known: ReadonlySet<string> = new Set()): void {
  if (checklist.size === 0) return;
  const onChecklist = new Map(drafts.filter((d) => checklist.has(d.action.resource)).map((d) => [d.key, d]));
  for (const d of drafts) {
    if (onChecklist.has(d.key)) continue;
    for (const dep of [...d.deps]) {
      const step = onChecklist.get(dep);
      if (step && !awaited(step, d, known)) d.deps.delete(dep);
    }
  }
}

function awaited(step: Draft, waiting: Draft, known: ReadonlySet<string>): boolean {
  if (step.action.resource !== 'schedule' || step.intent !== 'create' || waiting.action.kind === 'manual') return false;
  // Stryker disable next-line OptionalChaining: `awaited` only sees creates, which have an `after`
  const name = step.after?.['name'];
  return typeof name === 'string' && !known.has(name);
}

/**
 * Marks the department updates the read can only see with members (Draft.seenWithMembers): a field unreadable
 * `whileEmpty` on a department the read found empty. Sent alone while its members wait (on a manual step),
 * such an update would be reported done and planned again on every run, unseen (issue 16: the sandbox →
 * Smartflo migration, whose users wait on a time group a person creates).
 */
export function seenWithMembers(drafts: Draft[], live: LiveOrg): void {
  for (const entry of live.unreadable ?? []) {
    if (entry.whileEmpty !== true || entry.resource !== 'department') continue;
    for (const d of drafts) {
      const action = d.action;
      if (action.resource !== 'department' || d.intent !== 'update' || !('changes' in action) || !action.changes) continue;
      const name = String(d.before?.['name'] ?? '');
      if ((entry.keys === undefined || entry.keys.includes(name)) && action.changes.some((c) => c.field === entry.field)) d.seenWithMembers = true;
    }
  }
}

/**
 * A create of a memberless object the read cannot show (LiveOrg.hiddenWhenEmpty) becomes a checklist step.
 * Whether it has members is read from org.yaml: a create's record never carries them (members are actions
 * of their own), and one declared with members is missing for real when the read does not show it, so its
 * create stays a change (drift reports it; a checklist step it would not).
 */
export function checklistWhenHidden(drafts: Draft[], live: LiveOrg, desired: Org): void {
  const withMembers = new Set(desired.departments.filter((d) => d.members.length > 0).map((d) => d.name));
  for (const hidden of live.hiddenWhenEmpty ?? []) {
    for (const draft of drafts) {
      const action = draft.action;
      if (action.resource !== hidden.resource || draft.intent !== 'create' || action.kind !== 'manual') continue;
      if (!withMembers.has(String(draft.after?.['name']))) draft.action = { ...action, reason: CHECKLIST_REASON, why: `${action.why}; ${hidden.why}` };
    }
  }
}

/**
 * The plan's line for a field the read cannot see (LiveOrg.unreadable), naming the existing objects whose org.yaml
 * entry sets it (review: Smartflo users' callerIds, agentGroups and allowedIps were never compared, and the plan
 * said "No changes. The live organisation matches org.yaml."). Their value is adopted (never a change: it
 * would be planned again on every run), and the plan says so instead of passing it as in sync. `desired` is
 * org.yaml before unreadable fields were made unset; `users` pairs its users with live ones (renames included).
 */
export function unreadableLine(entry: UnreadableField, desired: Org, live: LiveOrg, users: Pair<User, LiveUser>[]): Unverified {
  const why = entry.keys ? `${entry.why} (${entry.keys.join(', ')})` : entry.why;
  const declared = declaredButUnread(entry, desired, live, users);
  return { resource: entry.resource, field: entry.field, why, ...(declared.length > 0 ? { declared } : {}) };
}

function declaredButUnread(entry: UnreadableField, desired: Org, live: LiveOrg, users: Pair<User, LiveUser>[]): string[] {
  const { resource, field, keys } = entry;
  const applies = (key: string) => (keys === undefined || keys.includes(key)) && !unsetOf(desired.unset, resource, key).includes(field);
  if (resource === 'user') {
    return users.filter((p) => p.desired && p.live && applies(p.desired.email)).map((p) => addressOf('user', p.desired!.email)).sort();
  }
  const keyField = KEY_FIELD[resource];
  const keyOf = (o: object) => String((o as Record<string, unknown>)[keyField]);
  const liveKeys = new Set((live[COLLECTION_OF_KIND[resource]] as ReadonlyArray<{ data: object }>).map((l) => keyOf(l.data)));
  const withMembers = (o: object) => resource === 'department' && entry.whileEmpty === true && ((o as { members?: unknown[] }).members ?? []).length > 0;
  return (desired[COLLECTION_OF_KIND[resource]] as ReadonlyArray<object>)
    .filter((o) => liveKeys.has(keyOf(o)) && applies(keyOf(o)) && !withMembers(o))
    .map((o) => addressOf(resource, keyOf(o)))
    .sort();
}
