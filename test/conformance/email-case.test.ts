/**
 * Review: org.yaml `Ann@x.com` against live `ann@x.com` (no `previously`) planned "No changes." and said nothing.
 * ringform holds emails in lower case (config lowers org.yaml's, every read gives them lower case), so the case
 * org.yaml writes is never sent; the plan now says so (plan/email-case.ts), for every vendor alike, through its
 * emulator (the sandbox: its state file). With a name change beside it: the plan holds the name alone and the
 * note; apply sends the name and no email (the NetSapiens PUT, which must carry an email, carries the one it read);
 * the vendor's email reads as before; the next plan holds no API action and still says it.
 * The spelling comes from org.yaml through OrgOrigin.spelledEmails (config/origin.ts; the CLI test
 * test/cli/email-case.test.ts goes through a real org.yaml).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Org } from '../../src/model/org.js';
import type { Provider } from '../../src/contract/provider.js';
import { computePlan } from '../../src/plan/compute.js';
import { applyPlan } from '../../src/apply/engine.js';
import { apiActions, converge } from './converge.js';
import type { Harness, VendorUnderTest } from './harness.js';
import { myoperatorHarness } from './myoperator.harness.js';
import { netsapiensHarness } from './netsapiens.harness.js';
import { sandboxHarness } from './sandbox.harness.js';
import { smartfloHarness } from './smartflo.harness.js';

/** `asha@example.com` → `Asha@Example.com`. */
const capitalised = (email: string) => email.replace(/^./, (c) => c.toUpperCase()).replace(/@./, (c) => c.toUpperCase());

const opened: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of opened.splice(0).reverse()) await close();
});

describe.each([sandboxHarness, netsapiensHarness, smartfloHarness, myoperatorHarness] as Harness[])('an email org.yaml writes with capitals: $type', (harness) => {
  it('is no change, the plan says so, and apply never sends an email for it', async () => {
    const vendor: VendorUnderTest = await harness.start();
    const provider: Provider = await vendor.createProvider();
    opened.push(() => vendor.close(), async () => provider.close?.());
    const desired = harness.org(vendor.config);
    const email = desired.users[0]!.email;
    const spelled = capitalised(email);
    expect(spelled).not.toBe(email);
    await converge(provider, desired);

    const origin = { file: 'org.yaml', lines: {}, spelledEmails: () => new Map([[email, spelled]]) };
    const changed: Org = structuredClone(desired);
    changed.users[0]!.name = `${changed.users[0]!.name} Rao`;
    const planOf = async () => {
      const live = await provider.read();
      const plan = computePlan({ desired: changed, live, capabilities: provider.capabilities, options: { resendInvites: false, targets: [] }, provider: { type: provider.type, target: provider.target }, origin });
      return { live, plan };
    };
    const note = `user["${email}"]: org.yaml writes the email ${spelled}, but ringform handles emails in lower case (they compare without regard to case): the vendor's reads as ${email}, so this is no change, and apply never sends ${spelled}`;
    const { live, plan } = await planOf();
    expect(plan.warnings.filter((w) => w.includes('org.yaml writes the email'))).toEqual([expect.stringMatching(new RegExp(`^${note.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))]);
    const updates = apiActions(plan).filter((a) => a.resource === 'user');
    expect(updates.map((a) => [a.kind, a.address, 'changes' in a ? a.changes.map((c) => c.field) : []])).toEqual([['update', `user["${email}"]`, ['name']]]);

    vendor.clearRequests();
    const manifest = await applyPlan(plan, provider, { live, parallelism: 4 });
    expect(manifest.results.filter((r) => r.status === 'failed' || r.status === 'skipped')).toEqual([]);
    // What was sent: only the name (NetSapiens re-sends the email it read; the others send none). The sandbox has no request log.
    const sent = (vendor.log?.() ?? []).filter((r) => r.method !== 'GET').map((r) => JSON.stringify(r.body ?? null));
    if (vendor.log) expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((body) => body.includes(spelled))).toEqual([]);
    const after = await planOf();
    expect(after.live.users.find((u) => u.data.email === email)!.data.name).toBe(changed.users[0]!.name);
    expect(apiActions(after.plan)).toEqual([]);
    expect(after.plan.warnings.some((w) => w.startsWith(note))).toBe(true);
    expect(vendor.violations()).toEqual([]);
  }, 120_000);
});
