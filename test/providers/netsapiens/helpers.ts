/** Shared set-up for the NetSapiens provider tests: a strict emulator, a provider, plan and apply. */
import { applyPlan, type Manifest } from '../../../src/apply/engine.js';
import { startNetsapiensEmulator, type NetsapiensEmulator, type NetsapiensEmulatorOptions } from '../../../src/emulators/netsapiens/index.js';
import type { LiveOrg } from '../../../src/model/live.js';
import type { Org, ProviderConfig } from '../../../src/model/org.js';
import { computePlan } from '../../../src/plan/compute.js';
import { DEFAULT_PLAN_OPTIONS, type Plan } from '../../../src/plan/types.js';
import { createNetsapiensProvider, type NetsapiensProviderOptions } from '../../../src/providers/netsapiens/index.js';
import type { Provider } from '../../../src/contract/provider.js';
import { FAST_RETRY, NETSAPIENS_DOMAIN, netsapiensConfig } from '../../conformance/netsapiens.harness.js';

export { NETSAPIENS_DOMAIN, netsapiensConfig };

export const TOKEN_ENV = 'NS_TEST_TOKEN';

export async function startEmulator(opts: NetsapiensEmulatorOptions = {}): Promise<NetsapiensEmulator> {
  return startNetsapiensEmulator({ port: 0, strict: true, domain: NETSAPIENS_DOMAIN, ...opts });
}

/** A provider on the emulator with its API key, given through a private env. */
export function providerFor(emu: NetsapiensEmulator, opts: NetsapiensProviderOptions = {}): Provider {
  return createNetsapiensProvider(netsapiensConfig(emu.url, { tokenEnv: TOKEN_ENV }), {
    env: { [TOKEN_ENV]: emu.token },
    http: FAST_RETRY,
    ...opts,
  });
}

export function withProvider(desired: Org, config: ProviderConfig): Org {
  return { ...desired, provider: config };
}

export function planFor(provider: Provider, desired: Org, live: LiveOrg): Plan {
  return computePlan({
    desired,
    live,
    capabilities: provider.capabilities,
    options: DEFAULT_PLAN_OPTIONS,
    provider: { type: provider.type, target: provider.target },
  });
}

export interface Round {
  plan: Plan;
  manifest: Manifest;
}

/** read → plan → apply once. */
export async function applyOnce(provider: Provider, desired: Org): Promise<Round> {
  const live = await provider.read();
  const plan = planFor(provider, desired, live);
  const manifest = await applyPlan(plan, provider, { live });
  return { plan, manifest };
}

/** The actions a fresh read still plans (manual steps and warnings aside, these should be none). */
export async function remaining(provider: Provider, desired: Org): Promise<string[]> {
  const plan = planFor(provider, desired, await provider.read());
  return plan.actions.map((a) => `${a.kind === 'manual' ? `manual(${a.intent})` : a.kind} ${a.address}`);
}

export function failures(manifest: Manifest): string[] {
  return manifest.results.filter((r) => r.status === 'failed' || r.status === 'skipped').map((r) => `${r.status} ${r.address}: ${r.message}`);
}

export function violations(emu: NetsapiensEmulator): string[] {
  return emu.log.violations().map((v) => `${v.method} ${v.path}: ${v.problems.join('; ')}`);
}
