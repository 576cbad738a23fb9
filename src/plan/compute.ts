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
import type { LiveOrg } from '../model/live.js';
import type { Collection, Org, ProviderType } from '../model/org.js';
import type { Capabilities } from '../model/capabilities.js';
import { extensionConflicts } from './conflicts.js';
import { desiredChecksum, liveChecksum } from './checksum.js';
import { absentExtension, absentRole, diffPairs, unmanagedExtensionHolders, type Context } from './diff.js';
import type { Draft } from './draft.js';
import { orderDrafts } from './graph.js';
import { pairByKey, pairUsers, withDesiredEmails } from './identity.js';
import { adoptUnmanaged, withUnreadableAsUnset } from './adopt.js';
import { applyIgnoreRules } from './ignore.js';
import { planInvites } from './invites.js';
import { planMembers } from './members.js';
import { deleteGuards, protectionGuards } from './guards.js';
import { knownAddresses, selectTargets } from './targets.js';
import { PLAN_FORMAT, PLAN_VERSION, type Action, type Plan, type PlanOptions } from './types.js';
import { asChecklist, releaseChecklistDependencies, splitUnverified, unreadableKinds, withoutKinds } from './unverified.js';

export interface PlanInput {
  desired: Org;
  live: LiveOrg;
  capabilities: Capabilities;
  options: PlanOptions;
  provider: { type: ProviderType; target: string | null };
}

export function computePlan(input: PlanInput): Plan {
  const { capabilities: caps, options } = input;
  const unverified = unreadableKinds(caps);
  const kinds = splitUnverified(caps, unverified);
  const readable = withoutKinds(input.desired, input.live, kinds);
  const ignored = applyIgnoreRules(readable.desired, readable.live);

  const seen = withUnreadableAsUnset(ignored.desired, input.live);
  const desired = adoptUnmanaged(seen, ignored.live, pairUsers(seen.users, ignored.live.users));
  const users = pairUsers(desired.users, ignored.live.users);
  const live = withDesiredEmails(ignored.live, users);
  const ctx: Context = { caps, drafts: [], warnings: new Set(ignored.warnings), desired, live, unmanaged: [...ignored.unmanaged] };

  const departments = pairByKey('department', desired.departments, live.departments, (d) => d.name);
  const extensionHolders = unmanagedExtensionHolders(desired, users, departments);
  diffPairs(ctx, 'role', 'roles', pairByKey('role', desired.roles, live.roles, (r) => r.name), absentRole);
  diffPairs(ctx, 'schedule', 'schedules', pairByKey('schedule', desired.schedules, live.schedules, (s) => s.name));
  diffPairs(ctx, 'extension', 'extensions', pairByKey('extension', desired.extensions, live.extensions, (e) => e.number), absentExtension(desired, extensionHolders));
  diffPairs(ctx, 'user', 'users', users);
  diffPairs(ctx, 'department', 'departments', departments);
  if (!kinds.hidden.has('member')) planMembers(ctx, { departments, users, ignoredUsers: ignored.users });
  planInvites(ctx, users, options);
  asChecklist(ctx.drafts, kinds.checklist, unverified);

  for (const w of extensionConflicts(ctx.drafts, input.live, ctx.unmanaged)) ctx.warnings.add(w);
  const ordered = orderDrafts(ctx.drafts, caps);
  releaseChecklistDependencies(ordered, kinds.checklist);
  // Every known address is only needed to check --target names; without targets, skip building the set.
  const selected = options.targets.length === 0 ? ordered : selectTargets(ordered, options.targets, knownAddresses(input.desired, input.live));
  const actions = numbered(selected);

  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    provider: { type: input.provider.type, target: input.provider.target },
    actions,
    unmanaged: [...ctx.unmanaged].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0)),
    unverified: [...unverified, ...(input.live.unreadable ?? []).map((u) => ({ resource: u.resource, field: u.field, why: u.why }))],
    guards: [
      ...deleteGuards(actions, desired.settings.guards, managedCounts(live)),
      ...protectionGuards(actions, input.desired.settings.guards, input.live, desired.roles),
    ],
    warnings: [...ctx.warnings].sort(),
    checksums: { desired: desiredChecksum(input.desired), live: liveChecksum(input.live) },
  };
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
