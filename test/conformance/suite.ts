/**
 * The conformance suite every provider runs against its vendor's emulator (docs/design.md#one-conformance-suite, after
 * unstorage's testDriver and DNSControl's integration tests): from an empty and from a seeded org,
 * plan → apply → plan is empty; each supported field is updated; deletes with prune on; unsupported
 * capabilities become manual actions, not errors; and every request matches the vendor's contract.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Org } from '../../src/model/org.js';
import { fieldSupport } from '../../src/model/capabilities.js';
import type { Provider } from '../../src/contract/provider.js';
import { apiActions, applyTo, converge, planAgainst } from './converge.js';
import type { Harness, VendorUnderTest } from './harness.js';

export function conformance(harness: Harness): void {
  describe(`conformance: ${harness.type}${harness.mode ? ` (${harness.mode})` : ''}`, () => {
    let vendor: VendorUnderTest;
    let provider: Provider;
    let desired: Org;

    beforeEach(async () => {
      vendor = await harness.start();
      provider = await vendor.createProvider();
      desired = harness.org(vendor.config);
    });
    afterEach(async () => {
      await provider.close?.();
      await vendor.close();
    });

    it('from an empty org: plan → apply → plan is empty', async () => {
      const { first } = await converge(provider, desired);
      expect(first.actions.length).toBeGreaterThan(0);
      expect(vendor.violations()).toEqual([]);
    });

    it('a fresh provider instance reads back exactly what was applied', async () => {
      await converge(provider, desired);
      const again = await vendor.createProvider();
      try {
        expect(apiActions(await planAgainst(again, desired))).toEqual([]);
      } finally {
        await again.close?.();
      }
    });

    it('from a seeded org: converges to the desired org', async () => {
      await converge(provider, harness.seedOrg(vendor.config));
      await converge(provider, { ...desired, settings: { ...desired.settings, prune: { ...desired.settings.prune, users: true } } });
      expect(vendor.violations()).toEqual([]);
    });

    it('what it cannot read is reported once as unverified (converge above shows it is never a perpetual update)', async () => {
      const { second } = await converge(provider, desired);
      const keys = second.unverified.map((u) => `${u.resource}.${u.field ?? '*'}`);
      expect(new Set(keys).size, `reported twice: ${keys.join(', ')}`).toBe(keys.length);
      if (harness.unverified) expect([...new Set(keys)].sort()).toEqual([...harness.unverified].sort());
    });

    it('an org in sync reads only: no write requests', async () => {
      await converge(provider, desired);
      vendor.clearRequests();
      const plan = await planAgainst(provider, desired);
      expect(apiActions(plan)).toEqual([]);
      const requests = vendor.requests();
      if (requests !== null) expect(requests.filter((r) => !r.startsWith('GET '))).toEqual([]);
    });

    describe('field updates', () => {
      for (const mutation of harness.mutations) {
        it(`${mutation.kind}.${mutation.field}: ${mutation.name}`, async (ctx) => {
          const support = fieldSupport(provider.capabilities, mutation.kind, mutation.field);
          if (support.level === 'unsupported') ctx.skip();
          await converge(provider, desired);
          const changed = structuredClone(desired);
          mutation.apply(changed);
          const { first } = await converge(provider, changed);
          expect(first.actions.length, 'the mutation should plan at least one action').toBeGreaterThan(0);
          expect(vendor.violations()).toEqual([]);
        });
      }
    });

    it('deletes with prune on: removed users and departments are deleted (or become manual steps)', async () => {
      await converge(provider, desired);
      const smaller = structuredClone(desired);
      const gone = smaller.users.pop()!;
      const goneDept = smaller.departments.pop();
      for (const d of smaller.departments) d.members = d.members.filter((m) => m.user !== gone.email);
      smaller.departments.forEach((d) => {
        if (d.manager === gone.email) d.manager = null;
      });
      // As org.yaml would normalise without the user: its implicit extension goes with it.
      smaller.extensions = smaller.extensions.filter((e) => e.number !== gone.extension || smaller.users.some((u) => u.extension === e.number));
      smaller.settings.prune = { ...smaller.settings.prune, users: true, departments: true, extensions: true };
      smaller.settings.guards = { ...smaller.settings.guards, maxDeletePercent: 100 };
      const { first } = await converge(provider, smaller);
      const deletes = first.actions.filter((a) => a.kind === 'delete' || (a.kind === 'manual' && a.intent === 'delete'));
      expect(deletes.map((a) => a.address)).toContain(`user[${JSON.stringify(gone.email)}]`);
      if (goneDept) expect(deletes.map((a) => a.address)).toContain(`department[${JSON.stringify(goneDept.name)}]`);
    });

    it('unsupported or manual capabilities become manual actions or warnings, never failed calls', async () => {
      const { manifest } = await applyTo(provider, desired);
      expect(manifest.counts.failed).toBe(0);
      const plan = await planAgainst(provider, desired);
      for (const action of plan.actions) expect(action.kind).toBe('manual');
    });
  });
}
