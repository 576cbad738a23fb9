/**
 * The quick start end to end, offline: examples/org.yaml against the sandbox seeded from
 * examples/sandbox-seed.json. The first plan shows the changes the README walks through; applying it
 * converges, so a second plan is empty (docs/design.md#convergence).
 */
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/engine.js';
import { loadOrgOrThrow } from '../../src/config/load.js';
import { computePlan } from '../../src/plan/compute.js';
import { DEFAULT_PLAN_OPTIONS, type Plan } from '../../src/plan/types.js';
import type { Provider } from '../../src/contract/provider.js';
import { createProvider } from '../../src/providers/registry.js';
import { packagePath } from '../../src/paths.js';
import { tmpDir } from '../helpers/tmp.js';

async function quickstart(): Promise<{ file: string; provider: Provider }> {
  const dir = await tmpDir();
  await copyFile(packagePath('examples/org.yaml'), path.join(dir, 'org.yaml'));
  await copyFile(packagePath('examples/sandbox-seed.json'), path.join(dir, 'sandbox-seed.json'));
  const file = path.join(dir, 'org.yaml');
  const { org } = await loadOrgOrThrow(file);
  return { file, provider: await createProvider(org.provider) };
}

async function planFor(file: string, provider: Provider) {
  const { org } = await loadOrgOrThrow(file);
  const live = await provider.read();
  const plan = computePlan({
    desired: org,
    live,
    capabilities: provider.capabilities,
    options: DEFAULT_PLAN_OPTIONS,
    provider: { type: provider.type, target: provider.target },
  });
  return { plan, live };
}

const headlines = (plan: Plan, kind: string) => plan.actions.filter((a) => a.kind === kind).map((a) => a.address);

describe('quick start: examples/org.yaml against examples/sandbox-seed.json', () => {
  it('first plans creates, a few updates, an invite for a never-invited user, and leaves others alone', async () => {
    const { file, provider } = await quickstart();
    const { plan } = await planFor(file, provider);
    expect(headlines(plan, 'create').length).toBeGreaterThanOrEqual(5);
    expect(headlines(plan, 'update')).toEqual(
      expect.arrayContaining(['user["vikram.mehta@acme-support.in"]', 'user["priya.sharma@acme-support.in"]', 'department["Sales"]']),
    );
    expect(headlines(plan, 'invite')).toContain('user["rahul.verma@acme-support.in"]');
    expect(headlines(plan, 'delete')).toEqual([]);
    expect(plan.unmanaged).toEqual(
      expect.arrayContaining([
        { address: 'user["meera.joshi@acme-support.in"]', reason: 'not-declared' },
        { address: 'user["helpdesk@support.vendor.example"]', reason: 'ignored' },
      ]),
    );
    expect(plan.guards).toEqual([]);
  });

  it('applies cleanly and converges: the second plan is empty', async () => {
    const { file, provider } = await quickstart();
    const first = await planFor(file, provider);
    const manifest = await applyPlan(first.plan, provider, { live: first.live });
    expect(manifest.results.filter((r) => r.status !== 'succeeded')).toEqual([]);
    const second = await planFor(file, provider);
    expect(second.plan.actions).toEqual([]);
    const live = await provider.read();
    expect(live.users.find((u) => u.data.email === 'rahul.verma@acme-support.in')!.inviteStatus).toBe('pending');
    expect(live.users.find((u) => u.data.email === 'sneha.iyer@acme-support.in')!.id).toBe('u-17');
  });
});
