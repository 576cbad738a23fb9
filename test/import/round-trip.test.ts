/**
 * For every API provider: apply the harness's org to its emulator (or sandbox), import what its provider
 * reads (as `ringform import` does; the file must validate), and plan the imported org against the same
 * live state: zero actions, and only reads sent. The CLI path (`importCommand`, `plan`) is covered on the
 * sandbox in import.test.ts and on NetSapiens in test/ci/events.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { converge, planAgainst } from '../conformance/converge.js';
import { HARNESSES, expressible, importVia, notChecklist } from './harnesses.js';

describe.each(HARNESSES.map((h) => [h.type, h] as const))('import round trip: %s', (_type, harness) => {
  it('import, then plan against the same live state: no actions', async () => {
    const vendor = await harness.start();
    const provider = await vendor.createProvider();
    try {
      await converge(provider, expressible(harness.org(vendor.config)));
      vendor.clearRequests();
      const { text, org } = await importVia(provider, vendor.config);
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./org.schema.json');
      const plan = await planAgainst(provider, org);
      // What the vendor cannot read (Smartflo's schedules) stays a checklist step; nothing else is planned.
      expect(notChecklist(plan.actions), text).toEqual([]);
      expect((vendor.requests() ?? []).filter((r) => !r.startsWith('GET '))).toEqual([]);
    } finally {
      await provider.close?.();
      await vendor.close();
    }
  });
});
