/**
 * Why each drift item drifted, given a baseline: the normalised org that was last applied (B). With D the
 * org.yaml now and L the live state, an item (a field where L ≠ D) is
 *   - `outside`    when L ≠ B and D = B (live moved; org.yaml did not),
 *   - `unapplied`  when D ≠ B and L = B (org.yaml moved; live did not),
 *   - `both`       when L ≠ B and D ≠ B,
 *   - `unknown`    when neither comparison sees the field (never expected; e.g. a rename the pairing misses).
 * "≠" is decided by the planner itself: L ≠ B where planning B against L touches that address and field,
 * D ≠ B where planning D against B (as if it were live) does. Both comparisons use D's settings (prune,
 * ignore rules), so a setting changed since B never turns into drift on its own. Pure.
 */
import type { Live, LiveOrg, LiveUser } from '../model/live.js';
import type { Org } from '../model/org.js';
import { fullCapabilities, type Capabilities } from '../model/capabilities.js';
import { computePlan } from '../plan/compute.js';
import { DEFAULT_PLAN_OPTIONS, type Action } from '../plan/types.js';
import { driftItems, itemKey } from './items.js';
import type { DriftItem, DriftOrigin } from './types.js';

export interface ClassifyInput {
  desired: Org;
  live: LiveOrg;
  baseline: Org;
  capabilities: Capabilities;
}

/** An org as if it were live state: ids are identities; every user has accepted their invite. */
export function asLive(org: Org): LiveOrg {
  const wrap = <T>(items: T[], id: (t: T) => string): Live<T>[] => items.map((data) => ({ id: id(data), data }));
  const users: LiveUser[] = org.users.map((data) => ({ id: data.email, data, inviteStatus: 'accepted' }));
  return {
    roles: wrap(org.roles, (r) => r.name),
    schedules: wrap(org.schedules, (s) => s.name),
    extensions: wrap(org.extensions, (e) => e.number),
    users,
    departments: wrap(org.departments, (d) => d.name),
  };
}

function planned(desired: Org, live: LiveOrg, capabilities: Capabilities): Action[] {
  const provider = { type: desired.provider.type, target: null };
  return computePlan({ desired, live, capabilities, options: DEFAULT_PLAN_OPTIONS, provider }).actions;
}

/** Addresses in terms of D's emails: a user renamed since B (listed in `previously`) keeps one identity. */
function renamer(desired: Org): (address: string) => string {
  const renames = desired.users.flatMap((u) => u.previously.map((old) => [JSON.stringify(old), JSON.stringify(u.email)] as const));
  return (address) => renames.reduce((a, [from, to]) => a.split(`[${from}]`).join(`[${to}]`), address);
}

function keys(actions: Action[], rename: (a: string) => string): Set<string> {
  return new Set(driftItems(actions).map((i) => itemKey({ ...i, address: rename(i.address) })));
}

export function originOf(outside: boolean, unapplied: boolean): DriftOrigin {
  if (outside && unapplied) return 'both';
  if (outside) return 'outside';
  if (unapplied) return 'unapplied';
  return 'unknown';
}

export function classify(items: DriftItem[], input: ClassifyInput): DriftItem[] {
  const baseline: Org = { ...input.baseline, settings: input.desired.settings, provider: input.desired.provider };
  const rename = renamer(input.desired);
  const liveMoved = keys(planned(baseline, input.live, input.capabilities), rename);
  const declaredMoved = keys(planned(input.desired, asLive(baseline), fullCapabilities()), (a) => a);
  return items.map((i) => ({ ...i, origin: originOf(liveMoved.has(itemKey(i)), declaredMoved.has(itemKey(i))) }));
}

/** Every item with one origin (when the baseline decides for all of them at once). */
export function classifyAll(items: DriftItem[], origin: DriftOrigin): DriftItem[] {
  return items.map((i) => ({ ...i, origin }));
}
