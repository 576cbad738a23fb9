/**
 * Issue 13, Build 2 (vendor-data half): over 200+ random vendor corruptions per vendor served by the real
 * emulators, a plan never deletes (or replaces) a user org.yaml declares: the read stops with a named
 * error, or the plan is safe. docs/RELIABILITY.md quotes the figures.
 */
import { EMULATED_VENDORS } from '../../src/model/vendors.js';
import { describe, expect, it } from 'vitest';
import { runCorruptionProperty, type CorruptVendor } from '../helpers/vendor-corruption.js';
import { report } from './figures.js';

const RUNS = Number(process.env['VENDOR_CORRUPTION_RUNS'] ?? 250);

describe('vendor corruptions (reliability)', () => {
  for (const vendor of EMULATED_VENDORS as readonly CorruptVendor[]) {
    it(`${vendor}: ${RUNS} corruptions, 0 deletes of declared users`, async () => {
      const figures = await runCorruptionProperty(vendor, RUNS);
      report(`vendor-corruption ${vendor}`, { ...figures });
      expect(figures.runs).toBeGreaterThanOrEqual(RUNS);
      expect(figures.declaredDeletes).toBe(0);
    });
  }
});
