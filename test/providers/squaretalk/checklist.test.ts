/**
 * Golden checklists for Squaretalk: what a person follows in the panel. Without a snapshot everything
 * declared is a manual create, in dependency order; with a CSV export of the Users list only what differs.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrgOrThrow } from '../../../src/config/load.js';
import type { Org } from '../../../src/model/org.js';
import { computePlan } from '../../../src/plan/compute.js';
import type { Plan } from '../../../src/plan/types.js';
import { createSquaretalkProvider } from '../../../src/providers/squaretalk/index.js';
import { renderMarkdown, renderText } from '../../../src/render/index.js';

const ORG_FILE = path.join(import.meta.dirname, 'fixtures', 'org.yaml');

async function planFor(org: Org): Promise<Plan> {
  const provider = createSquaretalkProvider(org.provider);
  const live = await provider.read();
  return computePlan({
    desired: org,
    live,
    capabilities: provider.capabilities,
    options: { resendInvites: false, targets: [] },
    provider: { type: provider.type, target: provider.target },
  });
}

async function withSnapshot(): Promise<Org> {
  return (await loadOrgOrThrow(ORG_FILE)).org;
}

async function withoutSnapshot(): Promise<Org> {
  const org = await withSnapshot();
  return { ...org, provider: { ...org.provider, vendor: {} } };
}

describe('Squaretalk checklist', () => {
  it('without a snapshot: every declared object is a manual create, golden text and markdown', async () => {
    const plan = await planFor(await withoutSnapshot());
    expect(plan.actions.every((a) => a.kind === 'manual')).toBe(true);
    expect(plan.unverified).toEqual([]);
    await expect(renderText(plan, { color: false })).toMatchFileSnapshot('__golden__/fresh.txt');
    await expect(renderMarkdown(plan)).toMatchFileSnapshot('__golden__/fresh.md');
  });

  it('in dependency order: the role and extensions before users, groups before their members, invites last', async () => {
    const plan = await planFor(await withoutSnapshot());
    const order = plan.actions.map((a) => (a.kind === 'manual' ? `${a.intent} ${a.address}` : a.address));
    const at = (entry: string) => order.indexOf(entry);
    expect(at('create role["team-lead"]')).toBeLessThan(at('create user["chitra@example.com"]'));
    expect(at('create extension["101"]')).toBeLessThan(at('create user["asha@example.com"]'));
    expect(at('create department["Sales"]')).toBeLessThan(at('add-member member["Sales"]["asha@example.com"]'));
    expect(at('create user["asha@example.com"]')).toBeLessThan(at('invite user["asha@example.com"]'));
  });

  it('with a snapshot: only what differs, golden text and markdown', async () => {
    const plan = await planFor(await withSnapshot());
    // …and the users' invite states: the export does not show them (issue 19 item 4).
    expect(plan.unverified.map((u) => `${u.resource}${u.field ? `.${u.field}` : ''}`)).toEqual(['role', 'schedule', 'user.invite']);
    await expect(renderText(plan, { color: false })).toMatchFileSnapshot('__golden__/snapshot.txt');
    await expect(renderMarkdown(plan)).toMatchFileSnapshot('__golden__/snapshot.md');
  });

  it('a snapshot that matches org.yaml plans nothing', async () => {
    const org = await withSnapshot();
    const plan = await planFor({ ...org, users: org.users.slice(0, 1), departments: [], extensions: [], roles: [], settings: { ...org.settings, prune: { ...org.settings.prune, users: false } } });
    // Asha is a Manager on SIP extension 101 in the export, as declared (extension 101 is only implied here).
    expect(plan.actions.map((a) => a.address)).toEqual([]);
  });
});
