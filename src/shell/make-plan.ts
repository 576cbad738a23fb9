/**
 * The I/O shell around the pure planner (docs/design.md#pure-core-in-an-io-shell): read org.yaml, read live state through the
 * provider, and hand both to `computePlan`. Everything it does is a read.
 */
import { loadOrgOrThrow } from '../config/load.js';
import type { LiveOrg } from '../model/live.js';
import type { Org } from '../model/org.js';
import { computePlan } from '../plan/compute.js';
import type { Plan, PlanOptions } from '../plan/types.js';
import type { Provider } from '../contract/provider.js';
import { createProvider, type CreateProviderOptions } from '../providers/registry.js';
import type { Diagnostic } from '../config/diagnostic.js';
import { readScopeOf } from '../plan/read-scope.js';
import { readLive, type ReadDisplay } from './read-progress.js';
import { pinSourceBlocking } from './pin-sources.js';

export interface PlannedOrg {
  org: Org;
  /** org.yaml and its text as loaded: the warnings' code frames show it (cli/warnings.ts). */
  loaded: { file: string; source: string };
  warnings: Diagnostic[];
  provider: Provider;
  live: LiveOrg;
  plan: Plan;
}

/** `display`: the progress line while live state is read (read-progress.ts); ended before this returns. */
export async function makePlan(file: string, options: PlanOptions, providerOptions: CreateProviderOptions = {}, display?: ReadDisplay): Promise<PlannedOrg> {
  const { org, warnings, origin, source } = await loadOrgOrThrow(file);
  const provider = await createProvider(org.provider, providerOptions);
  try {
    // Only what org.yaml manages is read in detail (plan/read-scope.ts).
    const scope = readScopeOf(org);
    const live = display ? await readLive(provider, display, scope) : await provider.read({ scope });
    const plan = computePlan({
      desired: org,
      live,
      capabilities: provider.capabilities,
      // Coverage is compared in this week (the planner itself never reads the clock).
      options: { ...options, coverageFrom: options.coverageFrom ?? new Date().toISOString().slice(0, 10) },
      provider: { type: provider.type, target: provider.target },
      origin,
    });
    const pins = pinSourceBlocking(plan.actions, org, process.env, origin);
    if (pins.length > 0) plan.blocking = [...(plan.blocking ?? []), ...pins];
    return { org, loaded: { file, source }, warnings, provider, live, plan };
  } catch (error) {
    await provider.close?.();
    throw error;
  }
}
