/**
 * The planner and apply engine against the sandbox, on random orgs: whatever the desired and live states,
 * applying the plan succeeds, every action runs after its dependencies, and a second plan is empty.
 * (The sandbox refuses out-of-order actions as a strict vendor would, so ordering bugs fail here.)
 */
import fc from 'fast-check';
import { mkdtemp, rm, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/engine.js';
import { computePlan } from '../../src/plan/compute.js';
import { createSandboxProvider } from '../../src/providers/sandbox/index.js';
import type { Org } from '../../src/model/org.js';
import type { Provider } from '../../src/contract/provider.js';
import { liveFrom, org } from '../plan/builders.js';
import { build, side } from '../plan/arbitraries.js';
import { sandboxConfig } from '../helpers/model.js';

const RUNS = Number(process.env['CONVERGE_PROPERTY_RUNS'] ?? 150);

async function plan(provider: Provider, desired: Org) {
  const live = await provider.read();
  const p = computePlan({ desired, live, capabilities: provider.capabilities, options: { resendInvites: false, targets: [] }, provider: { type: 'sandbox', target: null } });
  return { live, plan: p };
}

describe('convergence on the sandbox', () => {
  it('apply(plan) succeeds in dependency order and a second plan has zero actions', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'ringform-prop-'));
    let n = 0;
    try {
      await fc.assert(
        fc.asyncProperty(side, side, fc.boolean(), fc.constantFrom('none', 'pending', 'accepted'), async (d, l, prune, invite) => {
          const dir = path.join(root, String(n++));
          await mkdir(dir);
          const config = sandboxConfig(dir);
          const desired = { ...build(d, org()).prune({ users: prune, extensions: prune, departments: prune, roles: prune, schedules: prune }).build(), provider: config };
          const seed = liveFrom(build(l, org()).build(), invite as 'none' | 'pending' | 'accepted');
          await mkdir(path.join(dir, '.ringform'));
          await writeFile(path.join(dir, '.ringform', 'sandbox.json'), JSON.stringify({ format: 'ringform-sandbox', version: 1, nextId: 1, ...seed }));

          const provider = createSandboxProvider(config);
          const first = await plan(provider, desired);
          // Taking a number an unmanaged object holds is warned about and refused by the vendor, by design.
          if (first.plan.warnings.some((w) => /which unmanaged .* holds/.test(w))) return;
          const order: string[] = [];
          const manifest = await applyPlan(first.plan, provider, { live: first.live, parallelism: 3, onEvent: (e) => void (e.type === 'started' && order.push(e.action.id)) });
          const failures = manifest.results.filter((r) => r.status !== 'succeeded').map((r) => `${r.kind} ${r.address}: ${r.message}`);
          expect(failures).toEqual([]);
          for (const action of first.plan.actions) {
            for (const dep of action.dependsOn) expect(order.indexOf(dep)).toBeLessThan(order.indexOf(action.id));
          }
          const second = await plan(provider, desired);
          expect(second.plan.actions.map((a) => `${a.kind} ${a.address}`)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 120_000);
});
