/**
 * Issue 16 item 6 in `npm test`: the plan never lies, a few cases per vendor and per migration (the same
 * property runs ≥ 200 cases per vendor in test/reliability/never-lies.test.ts). If a plan has no blocking
 * diagnostic, apply has no failure and the next plan is empty.
 */
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, checkMigration, checkVendor } from '../helpers/never-lies/property.js';
import { NEVER_LIES_VENDORS } from '../helpers/never-lies/vendors.js';

const RUNS = Number(process.env['NEVER_LIES_RUNS'] ?? 20);
/** A fixed seed, so npm test is deterministic; the reliability suite draws a new one each run (and prints it on failure). */
const SEED = 20261203;

describe.each(NEVER_LIES_VENDORS.map((v) => [v.type, v] as const))('the plan never lies: %s', (_type, vendor) => {
  it(`${RUNS} random live and desired orgs (untidy shapes included): no surprise, the next plan is empty`, async () => {
    const tally = await checkVendor(vendor, RUNS, SEED);
    expect(tally.surprises).toBe(0);
    expect(tally.cases).toBe(RUNS);
    // The generator must reach apply: a property that only ever sees blocked plans proves nothing.
    expect(tally.applied).toBeGreaterThan(RUNS / 2);
  }, 120_000);
});

describe.each(MIGRATIONS)('the plan never lies: migration %s → %s', (from, to) => {
  it(`${Math.ceil(RUNS / 4)} random orgs imported from ${from} and applied to ${to}: no surprise, the next plan is empty`, async () => {
    const runs = Math.ceil(RUNS / 4);
    const tally = await checkMigration(from, to, runs, SEED);
    expect(tally.surprises).toBe(0);
    expect(tally.applied).toBeGreaterThan(runs / 2);
  }, 120_000);
});
