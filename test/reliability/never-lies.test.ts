/**
 * Issue 16 item 6, the reliability run: "the plan never lies" with ≥ 200 random cases per vendor (sandbox,
 * NetSapiens, Smartflo, MyOperator, Squaretalk with a snapshot) and 50 per migration, on emulators without
 * faults (test/helpers/never-lies/). A case applies a random live org, makes the vendor's state untidy,
 * imports it (the plan of the import must be empty), then plans and applies a random desired org: when the
 * plan is not blocked, apply must not fail and the next plan must be empty. Figures in docs/RELIABILITY.md.
 * NEVER_LIES_RUNS sets the cases per vendor; NEVER_LIES_SEED / NEVER_LIES_PATH replay a failing case.
 */
import { describe, expect, it } from 'vitest';
import { report } from './figures.js';
import { MIGRATIONS, checkMigration, checkVendor } from '../helpers/never-lies/property.js';
import { NEVER_LIES_VENDORS } from '../helpers/never-lies/vendors.js';

const RUNS = Number(process.env['NEVER_LIES_RUNS'] ?? 200);
const MIGRATION_RUNS = Math.max(1, Math.round(RUNS / 4));
/**
 * A fixed seed, so `.ci/run` is deterministic; NEVER_LIES_SEED=<n> (or `random`) hunts further. Random runs
 * found seed 1093338296 path 185 (Smartflo desired side: a ring order after removals; fixed in
 * src/providers/smartflo/ring-order.ts, test/providers/smartflo/mapper.test.ts). Hunts: docs/RELIABILITY.md §14.
 */
const SEED = process.env['NEVER_LIES_SEED'] === 'random' ? undefined : 4242;

describe.each(NEVER_LIES_VENDORS.map((v) => [v.type, v] as const))('the plan never lies: %s', (type, vendor) => {
  it(`${RUNS} random live and desired orgs: no surprise, the next plan is empty`, async () => {
    const started = performance.now();
    const tally = await checkVendor(vendor, RUNS, SEED);
    report(`never-lies:${type}`, { ...tally, seconds: Math.round((performance.now() - started) / 100) / 10 });
    expect(tally.surprises).toBe(0);
    expect(tally.cases).toBe(RUNS);
    expect(tally.applied).toBeGreaterThan(RUNS / 2);
  }, 1_800_000);
});

describe.each(MIGRATIONS)('the plan never lies: migration %s → %s', (from, to) => {
  it(`${MIGRATION_RUNS} random orgs imported from ${from}, applied to ${to}: no surprise, the next plan is empty`, async () => {
    const started = performance.now();
    const tally = await checkMigration(from, to, MIGRATION_RUNS, SEED);
    report(`never-lies:${from}->${to}`, { ...tally, seconds: Math.round((performance.now() - started) / 100) / 10 });
    expect(tally.surprises).toBe(0);
    expect(tally.applied).toBeGreaterThan(MIGRATION_RUNS / 2);
  }, 1_800_000);
});
