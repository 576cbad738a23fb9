/**
 * Drift against every API provider's emulator: the org is applied and imported (that import is the "last
 * applied" baseline), then a user is renamed through the vendor's API behind ringform's back and org.yaml
 * renames another user without applying. Drift lists both, classifies them, and sends only reads. The
 * CLI path (exit codes, git refs, saved plans) is covered on the sandbox in sandbox.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { detectDrift } from '../../src/drift/index.js';
import { converge } from '../conformance/converge.js';
import { HARNESSES, expressible, importVia } from '../import/harnesses.js';

describe.each(HARNESSES.map((h) => [h.type, h] as const))('drift: %s', (_type, harness) => {
  it('in sync → no items; a change behind ringform’s back and an unapplied change, classified; reads only', async () => {
    const vendor = await harness.start();
    const provider = await vendor.createProvider();
    try {
      await converge(provider, expressible(harness.org(vendor.config)));
      const { org: applied } = await importVia(provider, vendor.config);
      const drift = async (desired = applied) =>
        detectDrift({ desired, live: await provider.read(), provider, baseline: { baseline: { label: 'test', note: null }, org: applied } });
      expect((await drift()).inSync).toBe(true);

      const rename = harness.mutations.find((m) => m.kind === 'user' && m.field === 'name')!;
      const renamed = structuredClone(applied);
      rename.apply(renamed);
      await converge(provider, renamed);
      const outsider = renamed.users.find((u, i) => u.name !== applied.users[i]!.name)!;
      const declared = structuredClone(applied);
      const edited = declared.users.find((u) => u.email !== outsider.email)!;
      edited.name = `${edited.name} Jr`;

      vendor.clearRequests();
      const report = await drift(declared);
      expect(report.inSync).toBe(false);
      expect(report.items.map((i) => [i.address, i.field, i.live, i.declared, i.origin])).toEqual([
        [`user["${outsider.email}"]`, 'name', outsider.name, applied.users.find((u) => u.email === outsider.email)!.name, 'outside'],
        [`user["${edited.email}"]`, 'name', applied.users.find((u) => u.email === edited.email)!.name, edited.name, 'unapplied'],
      ].sort((a, b) => report.items.findIndex((i) => i.address === a[0]) - report.items.findIndex((i) => i.address === b[0])));
      expect((vendor.requests() ?? []).filter((r) => !r.startsWith('GET '))).toEqual([]);
    } finally {
      await provider.close?.();
      await vendor.close();
    }
  });
});
