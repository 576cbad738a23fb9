/**
 * Issue 16 item 5: import produces what plan accepts, on "untidy" vendor state for every vendor, against its
 * emulator (or the sandbox's file, or a Squaretalk export): a fixed org with every shape (call-only users,
 * custom role, schedules, departments with members) is applied, the vendor's state is made untidy the way real
 * accounts are (NetSapiens: queue timeout 0 and agent ordinals from 0; Smartflo: a user holding the tenant role
 * "Team Lead"; MyOperator: role_id and panel access changed in the panel; everywhere: emails with capitals),
 * then `import` (as the command writes it) must validate and plan to no changes. The same runs in every case
 * of the property (test/property/never-lies.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { writtenBody, type GenOrg } from '../helpers/never-lies/generate.js';
import { emptyTally, importRoundTrip, orgText, round } from '../helpers/never-lies/run.js';
import { NEVER_LIES_VENDORS } from '../helpers/never-lies/vendors.js';

const EVERY_SHAPE: GenOrg = {
  users: [
    { name: 'Ann Lee', upper: false, extension: 0, phone: true, role: 'team-lead', panelAccess: true, status: null, receiveCalls: null },
    { name: 'Bob Roy', upper: true, extension: 1, phone: true, role: 'agent', panelAccess: false, status: null, receiveCalls: 'always' },
    { name: 'Cy Das', upper: false, extension: 0, phone: true, role: 'supervisor', panelAccess: true, status: 'active', receiveCalls: 0 },
    { name: 'Ann Lee', upper: false, extension: 1, phone: true, role: 'manager', panelAccess: true, status: null, receiveCalls: null },
    null,
  ],
  departments: [
    { extension: 0, routing: 'serial', ringTimeout: 30, members: [2, 0, 1] },
    { extension: 1, routing: null, ringTimeout: 20, members: [3] },
    { extension: 0, routing: 'round-robin', ringTimeout: null, members: [] },
  ],
  schedules: [0, 1],
  customRole: true,
  prune: false,
};

describe.each(NEVER_LIES_VENDORS.map((v) => [v.type, v] as const))('import of untidy state: %s', (_type, vendor) => {
  it('validates, and planning it against the same vendor shows no changes', async () => {
    const tally = emptyTally();
    const target = await vendor.start();
    for (const [k, v] of Object.entries(target.env)) process.env[k] = v;
    try {
      const outcome = await round(vendor, target, orgText(target, writtenBody(vendor.restrict(EVERY_SHAPE), vendor.shape)), 'seed', tally);
      expect(outcome).toBe('applied');
      const untidy = await target.untidy({ a: true, b: true, c: true });
      // Squaretalk's export is untidy by itself (panel words); the others change something.
      if (vendor.type !== 'squaretalk') expect(untidy.length).toBeGreaterThan(0);
      const imported = await importRoundTrip(vendor, target, tally);
      expect(tally.surprises).toBe(0);
      expect((imported.users as unknown[]).length).toBeGreaterThanOrEqual(4);
    } finally {
      for (const k of Object.keys(target.env)) delete process.env[k];
      await target.close();
    }
  });
});
