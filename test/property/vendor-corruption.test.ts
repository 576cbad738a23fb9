/**
 * Never delete a declared user, whatever the vendor answers (issue 13, Build 1–2): fast-check draws
 * corruptions the real emulators serve (test/helpers/vendor-corruption.ts). 20+ runs per vendor here;
 * test/reliability/vendor-corruption.test.ts runs 200+.
 */
import { EMULATED_VENDORS } from '../../src/model/vendors.js';
import { describe, expect, it } from 'vitest';
import { runCorruptionProperty, type CorruptVendor } from '../helpers/vendor-corruption.js';

const RUNS = Number(process.env['VENDOR_CORRUPTION_RUNS'] ?? 25);

describe('vendor corruptions never plan a delete of a declared user', () => {
  for (const vendor of EMULATED_VENDORS as readonly CorruptVendor[]) {
    it(`${vendor}: the read stops with a named error, or the plan is safe`, async () => {
      const figures = await runCorruptionProperty(vendor, RUNS);
      expect(figures.runs).toBeGreaterThanOrEqual(RUNS);
      expect(figures.declaredDeletes).toBe(0);
    }, 120_000);
  }
});
