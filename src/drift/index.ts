/**
 * Drift detection: the plan that would make live match org.yaml, read as a list of differences (items.ts),
 * optionally classified against what was last applied (classify.ts). Pure; reading is the command's.
 */
import type { LiveOrg } from '../model/live.js';
import type { Org } from '../model/org.js';
import { computePlan } from '../plan/compute.js';
import { DEFAULT_PLAN_OPTIONS } from '../plan/types.js';
import type { Provider } from '../contract/provider.js';
import { classify, classifyAll } from './classify.js';
import { driftItems } from './items.js';
import type { ResolvedBaseline } from './baseline.js';
import { DRIFT_FORMAT, type DriftReport } from './types.js';
import { inviteChanges, type InviteChange } from './invites.js';

export interface DriftInput {
  desired: Org;
  live: LiveOrg;
  provider: Pick<Provider, 'type' | 'target' | 'capabilities'>;
  baseline: ResolvedBaseline | null;
}

export function detectDrift(input: DriftInput): DriftReport {
  const { desired, live, provider, baseline } = input;
  const plan = computePlan({
    desired,
    live,
    capabilities: provider.capabilities,
    options: DEFAULT_PLAN_OPTIONS,
    provider: { type: provider.type, target: provider.target },
  });
  let items = driftItems(plan.actions);
  if (baseline?.org) items = classify(items, { desired, live, baseline: baseline.org, capabilities: provider.capabilities });
  else if (baseline?.all) items = classifyAll(items, baseline.all);
  return {
    format: DRIFT_FORMAT,
    version: 1,
    provider: plan.provider,
    inSync: items.length === 0,
    items,
    unverified: plan.unverified,
    baseline: baseline?.baseline ?? null,
    ...(plan.invites ? { invites: plan.invites } : {}),
    ...changesSince(baseline, live),
  };
}

function changesSince(baseline: ResolvedBaseline | null, live: LiveOrg): { inviteChanges?: InviteChange[] } {
  const changes = baseline?.invites ? inviteChanges(baseline.invites, live) : [];
  return changes.length > 0 ? { inviteChanges: changes } : {};
}

export { resolveBaseline, type BaselineSource } from './baseline.js';
export { renderDrift, type DriftFormat } from './render.js';
