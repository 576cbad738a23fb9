/** Semantic rules beyond the golden fixtures: warnings, accepted edge cases, hints. */
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../src/config/load.js';
import { rules } from '../../src/config/rules/index.js';
import { dedent, writeTmp } from './tmp.js';

async function diagnostics(yaml: string) {
  const text = `version: 1\nprovider:\n  type: sandbox\n${dedent(yaml)}`;
  const result = await loadOrg(await writeTmp('org.yaml', text));
  // Coverage findings (RF320–RF323) have their own tests (test/coverage/validate.test.ts).
  return { ok: result.ok, diags: result.diagnostics.filter((d) => !/^RF32\d$/.test(d.code)).map(({ severity, code, line, column, message, hint }) => ({ severity, code, line, column, message, hint })) };
}

describe('rules registry', () => {
  it('has one stable code per rule, RF2xx (RF4xx: vendor constraints) for errors and RF3xx for warnings', () => {
    expect(new Set(rules.map((r) => r.code)).size).toBe(rules.length);
    for (const rule of rules) expect(rule.code).toMatch(rule.severity === 'error' ? /^RF[24]\d\d$/ : /^RF3\d\d$/);
  });
});

describe('warnings', () => {
  it('do not fail loading, and point at the offending node', async () => {
    const { ok, diags } = await diagnostics(`
      users:
        - { email: a@x.com, name: A }
        - { email: b@x.com, name: B, status: disabled, departments: [Sales] }
        - { email: c@x.com, name: C, departments: [Sales] }
        - { email: d@x.com, name: D, receiveCalls: never }
      departments:
        - name: Sales
          manager: d@x.com
        - name: Empty
    `);
    expect(ok).toBe(true);
    expect(diags.map(({ severity, code, line, column }) => ({ severity, code, line, column }))).toEqual([
      { severity: 'warning', code: 'RF302', line: 5, column: 14 }, // a@x.com: receives calls, in no department
      { severity: 'warning', code: 'RF303', line: 6, column: 40 }, // b@x.com: disabled but a member
      { severity: 'warning', code: 'RF304', line: 11, column: 14 }, // manager d@x.com not a member
      { severity: 'warning', code: 'RF301', line: 12, column: 11 }, // Empty has no members
    ]);
    expect(diags[1]!.message).toBe('B is disabled but is member of Sales');
  });

  it('are kept beside errors, in source order', async () => {
    const { ok, diags } = await diagnostics(`
      users:
        - { email: a@x.com, name: A, phone: '12345' }
    `);
    expect(ok).toBe(false);
    expect(diags.map((d) => d.code)).toEqual(['RF302', 'RF210']);
  });
});

describe('RF302 hint', () => {
  it('suggests receiveCalls: never, except on Smartflo, which refuses it (RF402)', async () => {
    const sandbox = await diagnostics(`
      users: [{ email: a@x.com, name: A }]
    `);
    expect(sandbox.diags.find((d) => d.code === 'RF302')!.hint).toContain('receiveCalls: never');
    const text = `version: 1\nprovider:\n  type: smartflo\n  domain: acme\nusers: [{ email: a@x.com, name: A, phone: '+919876543210' }]\n`;
    const result = await loadOrg(await writeTmp('org.yaml', text));
    const rf302 = result.diagnostics.find((d) => d.code === 'RF302')!;
    expect(rf302.hint).toContain('RF402');
    expect(rf302.hint).not.toMatch(/or set `receiveCalls: never`/);
  });
});

describe('accepted edge cases', () => {
  it('accepts timezone aliases Intl knows, 24:00 as an end, and touching slots', async () => {
    const { ok, diags } = await diagnostics(`
      settings: { timezone: Asia/Calcutta }
      schedules:
        - name: late
          timezone: UTC
          weekly: { mon: ['18:00-24:00', '09:00-13:00', '13:00-18:00'] }
    `);
    expect(diags).toEqual([]);
    expect(ok).toBe(true);
  });

  it('lets a department list a user who also names it (no duplicate member)', async () => {
    const { diags } = await diagnostics(`
      users: [{ email: a@x.com, name: A, departments: [Sales] }]
      departments: [{ name: Sales, members: [a@x.com] }]
    `);
    expect(diags).toEqual([]);
  });
});

describe('hints', () => {
  it('suggests the nearest name for an unknown reference', async () => {
    const { diags } = await diagnostics(`
      users: [{ email: a@x.com, name: A, departments: [sales] }]
      departments: [{ name: Sales, members: [a@x.com] }]
    `);
    expect(diags).toMatchObject([{ code: 'RF213', hint: 'Did you mean "Sales"? Known departments: Sales.' }]);
  });

  it('names the user whose earlier email a reference uses', async () => {
    const { diags } = await diagnostics(`
      users: [{ email: a@x.com, name: Asha, previously: [old@x.com] }]
      departments: [{ name: Sales, members: [a@x.com], manager: old@x.com }]
    `);
    expect(diags).toMatchObject([{ code: 'RF215', hint: '"old@x.com" is an earlier email of Asha; use the current one, a@x.com.' }]);
  });

  it('rejects an earlier email that is the user’s own current one', async () => {
    const { diags } = await diagnostics(`
      users: [{ email: a@x.com, name: A, previously: [A@x.com], receiveCalls: never }]
    `);
    expect(diags).toMatchObject([{ code: 'RF202', message: `"a@x.com" is this user's current email, not an earlier one` }]);
  });

  it('offers the compact form of a phone written with spaces', async () => {
    const { diags } = await diagnostics(`
      users: [{ email: a@x.com, name: A, phone: '+91 98200 11001', receiveCalls: never }]
    `);
    expect(diags).toMatchObject([{ code: 'RF210', hint: 'Write it without separators: "+919820011001".' }]);
  });
});

describe('a voicemail PIN written in org.yaml', () => {
  it.each(['"4321"', '4321'])('is refused with a hint naming where a PIN comes from, never echoing it: pin: %s', async (pin) => {
    const { ok, diags } = await diagnostics(`
      users:
        - email: a@x.com
          name: A
          receiveCalls: never
          voicemail:
            pin: ${pin}
    `);
    expect(ok).toBe(false);
    const d = diags.find((x) => x.code === 'RF103')!;
    expect(d.message).toBe('users[0].voicemail.pin must be a mapping, not ' + (pin.startsWith('"') ? 'a string' : 'a number'));
    expect(d.hint).toContain('pin: { env: ');
    expect(JSON.stringify(diags)).not.toContain('4321');
  });
});

describe('a voicemail PIN reference naming two sources', () => {
  it('says a PIN is named by exactly one of env or credential, at each key', async () => {
    const { diags } = await diagnostics(`
      users:
        - email: a@x.com
          name: A
          receiveCalls: never
          voicemail:
            pin: { env: A_PIN, credential: aPin }
    `);
    expect(diags.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['RF101', 9, 14, '"env" in users[0].voicemail.pin: a PIN is named by exactly one of `env` or `credential`'],
      ['RF101', 9, 26, '"credential" in users[0].voicemail.pin: a PIN is named by exactly one of `env` or `credential`'],
    ]);
  });
});

describe('a voicemail PIN reference that is not { env } or { credential } (review F7, F8)', () => {
  it('is refused once, at the stray key, and a PIN pasted as the variable name is never echoed', async () => {
    const { ok, diags } = await diagnostics(`
      users:
        - email: a@x.com
          name: A
          receiveCalls: never
          voicemail:
            pin: { value: "98127364" }
        - email: b@x.com
          name: B
          receiveCalls: never
          voicemail:
            pin: { env: "98127364" }
    `);
    expect(ok).toBe(false);
    expect(diags.map((d) => [d.code, d.line, d.column])).toEqual([
      ['RF101', 9, 14],
      ['RF105', 14, 19],
    ]);
    expect(JSON.stringify(diags)).not.toContain('98127364');
  });
});
