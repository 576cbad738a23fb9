/** plan → apply → plan, through the real planner and apply engine: the loop every conformance case runs. */
import { expect } from 'vitest';
import { applyPlan } from '../../src/apply/engine.js';
import type { Manifest } from '../../src/apply/types.js';
import type { Org } from '../../src/model/org.js';
import { computePlan } from '../../src/plan/compute.js';
import type { Plan } from '../../src/plan/types.js';
import type { Provider } from '../../src/contract/provider.js';

export async function planAgainst(provider: Provider, desired: Org): Promise<Plan> {
  const live = await provider.read();
  return computePlan({
    desired,
    live,
    capabilities: provider.capabilities,
    options: { resendInvites: false, targets: [], },
    provider: { type: provider.type, target: provider.target },
  });
}

export async function applyTo(provider: Provider, desired: Org): Promise<{ plan: Plan; manifest: Manifest }> {
  const live = await provider.read();
  const plan = computePlan({
    desired,
    live,
    capabilities: provider.capabilities,
    options: { resendInvites: false, targets: [] },
    provider: { type: provider.type, target: provider.target },
  });
  const manifest = await applyPlan(plan, provider, { live, parallelism: 4 });
  return { plan, manifest };
}

/** Actions a second plan may still hold after a successful apply: steps a person has to do. */
export function apiActions(plan: Plan) {
  return plan.actions.filter((a) => a.kind !== 'manual');
}

/** Applies `desired` and asserts that nothing failed and that a fresh plan then has no API actions left. */
export async function converge(provider: Provider, desired: Org): Promise<{ first: Plan; second: Plan; manifest: Manifest }> {
  const { plan: first, manifest } = await applyTo(provider, desired);
  const failed = manifest.results.filter((r) => r.status === 'failed' || r.status === 'skipped');
  expect(failed, `failed or skipped actions:\n${failed.map((f) => `${f.address} ${f.kind}: ${f.message}`).join('\n')}`).toEqual([]);
  const second = await planAgainst(provider, desired);
  expect(apiActions(second).map((a) => `${a.kind} ${a.address} ${JSON.stringify('changes' in a ? a.changes : '')}`)).toEqual([]);
  return { first, second, manifest };
}
