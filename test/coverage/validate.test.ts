/** validate's coverage findings (RF320–RF323) and `settings.coverage`, through loadOrg on real files. */
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../src/config/load.js';
import { dedent, writeTmp } from '../config/tmp.js';

const TODAY = '2026-12-03';

async function coverage(yaml: string) {
  const text = `version: 1\nprovider:\n  type: sandbox\n${dedent(yaml)}`;
  const result = await loadOrg(await writeTmp('org.yaml', text), { today: TODAY });
  return { ok: result.ok, diags: result.diagnostics.filter((d) => /^RF32\d$/.test(d.code)).map(({ severity, code, line, column, message }) => ({ severity, code, line, column, message })) };
}

const ORG = `
  settings: { timezone: Asia/Kolkata }
  schedules:
    - { name: open, weekly: { sat: ['09:00-21:00'] } }
    - name: day
      weekly: { sat: ['09:00-18:00'] }
    - name: late
      timezone: Europe/London
      weekly: { sat: ['04:00-12:30'] }
  users:
    - { email: a@x.com, name: A, receiveCalls: day }
    - { email: b@x.com, name: B, receiveCalls: day }
    - { email: c@x.com, name: C, receiveCalls: late }
  departments:
    - name: Support
      hours: open
      members: [a@x.com, b@x.com, c@x.com]
`;

describe('validate: coverage', () => {
  it('names the department, the windows in its zone, and points at the department', async () => {
    // London is UTC+0 in December: C's 04:00-12:30 London is 09:30-18:00 Kolkata, so 18:00-21:00 has nobody.
    const { ok, diags } = await coverage(ORG);
    expect(ok).toBe(true);
    expect(diags).toEqual([
      { severity: 'warning', code: 'RF320', line: 17, column: 11, message: 'Support: open, nobody available, Sat 18:00–21:00 Asia/Kolkata; no failover, so calls go unanswered' },
    ]);
  });

  it('a failover that answers turns the gap into RF322; one to a closed department with no failover stays RF320', async () => {
    const voicemail = await coverage(ORG.replace('hours: open', 'hours: open\n      failover: { type: voicemail }'));
    expect(voicemail.diags.map((d) => [d.code, d.message])).toEqual([
      ['RF322', 'Support: open, nobody available, Sat 18:00–21:00 Asia/Kolkata; callers fall through to failover (voicemail)'],
    ]);
    const chained = await coverage(
      ORG.replace('hours: open', 'hours: open\n      failover: { type: department, target: Back }') + '    - { name: Back, hours: day, members: [a@x.com, b@x.com] }\n',
    );
    expect(chained.diags.map((d) => [d.code, d.message])).toEqual([
      ['RF320', 'Support: open, nobody available, Sat 18:00–21:00 Asia/Kolkata; failover (department Back) is itself uncovered then'],
    ]);
  });

  it('reports a single point of failure, and settings.coverage raises it to an error or turns it off per department', async () => {
    const single = ORG.replace("sat: ['09:00-18:00']", "sat: ['09:00-21:00']").replace('b@x.com, name: B, receiveCalls: day', 'b@x.com, name: B, receiveCalls: never');
    expect((await coverage(single)).diags.map((d) => d.message)).toEqual([
      // London summer time moves C's hours an hour earlier in Kolkata, and back in the autumn.
      'Support: open, one member available (single point of failure), Sat 09:00–09:30, Sat 18:00–21:00, ' +
        'from the week of 2027-03-29 (clocks change): Sat 17:00–21:00, from the week of 2027-11-01 (clocks change): Sat 09:00–09:30, Sat 18:00–21:00 Asia/Kolkata',
    ]);
    const raised = await coverage(single.replace('timezone: Asia/Kolkata }', 'timezone: Asia/Kolkata, coverage: { singleAgent: error } }'));
    expect(raised.ok).toBe(false);
    expect(raised.diags.map((d) => d.severity)).toEqual(['error']);
    const off = await coverage(single.replace('timezone: Asia/Kolkata }', 'timezone: Asia/Kolkata, coverage: { singleAgent: error, departments: { Support: off, Sales: off } } }'));
    expect(off.ok).toBe(true);
    expect(off.diags.map((d) => [d.code, d.message])).toEqual([['RF323', 'settings.coverage.departments names "Sales", which is not a department']]);
  });

  it('a member whose hours are unmanaged is assumed available (no gap nobody declared)', async () => {
    const { diags } = await coverage(ORG.replace('{ email: c@x.com, name: C, receiveCalls: late }', '{ email: c@x.com, name: C }').replace(/b@x.com, name: B, receiveCalls: day/, 'b@x.com, name: B'));
    expect(diags).toEqual([]);
  });

  it('reports a holiday of a member schedule that leaves the department uncovered that day', async () => {
    const { diags } = await coverage(
      ORG.replace("- name: late\n      timezone: Europe/London\n      weekly: { sat: ['04:00-12:30'] }", "- name: late\n      timezone: Europe/London\n      weekly: { sat: ['04:00-17:30'] }").replace(
        "weekly: { sat: ['09:00-18:00'] }",
        "weekly: { sat: ['09:00-18:00'] }\n      holidays: [{ date: '2027-01-02' }]",
      ),
    );
    expect(diags.map((d) => d.message)).toEqual([
      // A and B are off on 2027-01-02; C (London 04:00-17:30 = Kolkata 09:30-23:00) is alone from 09:30.
      'Support: open, nobody available, 2027-01-02: 09:00–09:30 Asia/Kolkata; no failover, so calls go unanswered',
      'Support: open, one member available (single point of failure), Sat 18:00–21:00, 2027-01-02: 09:30–21:00 Asia/Kolkata',
    ]);
  });

  it('is not run on an org with errors', async () => {
    const { ok, diags } = await coverage(ORG.replace('members: [a@x.com', 'members: [nobody@x.com, a@x.com'));
    expect(ok).toBe(false);
    expect(diags).toEqual([]);
  });
});
