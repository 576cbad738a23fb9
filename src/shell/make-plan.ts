/**
 * The I/O shell around the pure planner (docs/design.md#pure-core-in-an-io-shell): read org.yaml, read live state through the
 * provider, and hand both to `computePlan`. Everything it does is a read.
 */
import { isError, loadOrgOrThrow } from '../config/load.js';
import type { LiveOrg } from '../model/live.js';
import type { Org } from '../model/org.js';
import { planWithCoverage } from '../plan/compute.js';
import { coverageFindingsAfterApply } from '../config/rules/coverage.js';
import { membershipSmellsAfterApply } from '../config/rules/smells.js';
import { ConfigError } from '../errors.js';
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
  // Coverage is compared in this week (the planner itself never reads the clock); load's findings use the same date.
  const today = options.coverageFrom ?? new Date().toISOString().slice(0, 10);
  const { org, warnings: loadWarnings, origin, source } = await loadOrgOrThrow(file, { today, coverageAfterRead: true });
  const provider = await createProvider(org.provider, providerOptions);
  try {
    // Only what org.yaml manages is read in detail (plan/read-scope.ts).
    const scope = readScopeOf(org);
    const live = display ? await readLive(provider, display, scope) : await provider.read({ scope });
    const { plan, afterApply } = planWithCoverage({
      desired: org,
      live,
      capabilities: provider.capabilities,
      options: { ...options, coverageFrom: today },
      provider: { type: provider.type, target: provider.target },
      origin,
    });
    // Coverage findings (RF320–RF322) and the membership warnings (RF301, RF302) count the members apply leaves in
    // each department, not only those org.yaml lists.
    const warnings = membershipSmellsAfterApply(coverageFindingsAfterApply(loadWarnings, org, afterApply, today, origin), org, afterApply);
    if (warnings.some(isError)) throw new ConfigError(`${file} is invalid: ${countOf(warnings.filter(isError).length)} (coverage as apply leaves the departments)`, warnings);
    const pins = pinSourceBlocking(plan.actions, org, process.env, origin);
    if (pins.length > 0) plan.blocking = [...(plan.blocking ?? []), ...pins];
    return { org, loaded: { file, source }, warnings, provider, live, plan };
  } catch (error) {
    await provider.close?.();
    throw error;
  }
}

const countOf = (errors: number): string => `${errors} ${errors === 1 ? 'error' : 'errors'}`;
