/** Shared set-up for the Smartflo provider tests: a strict emulator, a provider on it, plan and apply. */
import { applyPlan, type Manifest } from '../../../src/apply/engine.js';
import type { SmartfloEmulator } from '../../../src/emulators/smartflo/index.js';
import type { LiveOrg } from '../../../src/model/live.js';
import type { Org } from '../../../src/model/org.js';
import { computePlan } from '../../../src/plan/compute.js';
import { DEFAULT_PLAN_OPTIONS, type Plan } from '../../../src/plan/types.js';
import type { Provider } from '../../../src/contract/provider.js';
import { org } from '../../plan/builders.js';
import { smartfloConfig } from '../../conformance/smartflo.harness.js';

export { FAST_RETRY, loginEnv, providerOn, smartfloConfig, startStrict } from '../../conformance/smartflo.harness.js';

export function planFor(provider: Provider, desired: Org, live: LiveOrg): Plan {
  return computePlan({ desired, live, capabilities: provider.capabilities, options: DEFAULT_PLAN_OPTIONS, provider: { type: provider.type, target: provider.target } });
}

export async function applyOnce(provider: Provider, desired: Org, parallelism = 4): Promise<{ plan: Plan; manifest: Manifest }> {
  const live = await provider.read();
  const plan = planFor(provider, desired, live);
  const manifest = await applyPlan(plan, provider, { live, parallelism });
  return { plan, manifest };
}

/** API actions a fresh read still plans (manual steps are a person's, not ringform's). */
export async function remaining(provider: Provider, desired: Org): Promise<string[]> {
  const plan = planFor(provider, desired, await provider.read());
  return plan.actions.filter((a) => a.kind !== 'manual').map((a) => `${a.kind} ${a.address}`);
}

export function failures(manifest: Manifest): string[] {
  return manifest.results.filter((r) => r.status === 'failed' || r.status === 'skipped').map((r) => `${r.status} ${r.address}: ${r.message}`);
}

export function logins(emu: SmartfloEmulator): number {
  return emu.log.requests().filter((r) => r.method === 'POST' && r.path === '/v1/auth/login').length;
}

/** `n` users (agents, +91 mobiles), Sales ringing the first half and Support the rest. */
export function teamOrg(endpoint: string, n: number): Org {
  const b = org();
  const emails = Array.from({ length: n }, (_, i) => `agent${i + 1}@example.com`);
  emails.forEach((email, i) =>
    b.user(email, { name: `Agent Number${i + 1}`, phone: `+9198765${String(43210 + i).padStart(5, '0')}`, role: i === 0 ? 'admin' : i < 3 ? 'supervisor' : 'agent', panelAccess: i % 5 !== 4 }),
  );
  const half = Math.ceil(n / 2);
  b.department('Sales', { routing: 'round-robin', members: emails.slice(0, half) });
  b.department('Support', { routing: 'serial', ringTimeout: 30, members: emails.slice(half) });
  return { ...b.build(), extensions: [], provider: smartfloConfig(endpoint) };
}
