/**
 * The plan's coverage counts the members a department really has after apply (src/coverage/after-apply.ts):
 * the declared ones plus the live members apply leaves (prune.members off, ignored users, undeclared users),
 * not a live member apply removes. Before the fix, a department declaring 1 of its 4 live members with
 * prune.members off "dropped to one agent" in a plan that changed nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadOrgText } from '../../src/config/load.js';
import { coverageFindingsAfterApply } from '../../src/config/rules/coverage.js';
import { afterApply, type MemberOutcome } from '../../src/coverage/after-apply.js';
import type { CoverageInput } from '../../src/coverage/input.js';
import type { Department, Member, User } from '../../src/model/org.js';
import { defaultWebLogin } from '../../src/model/web-login.js';
import { live, org, planOf, summary, type LiveBuilder, type OrgBuilder } from '../plan/builders.js';

const FROM = '2026-12-03';
const WEEK = { mon: ['09:00-18:00'], tue: ['09:00-18:00'], wed: ['09:00-18:00'], thu: ['09:00-18:00'], fri: ['09:00-18:00'], sat: [], sun: [] };
const FOUR = ['a@x.in', 'b@x.in', 'c@x.in', 'd@x.in'];

function user(email: string, receiveCalls = 'always'): User {
  return {
    email, name: email, phone: null, extension: null, role: 'agent', panelAccess: true, status: 'active', receiveCalls,
    forwarding: null, voicemail: null, invite: 'auto', previously: [], ...defaultWebLogin(), vendor: {},
  };
}

function department(name: string, members: string[]): Department {
  return {
    name, extension: null, manager: null, routing: 'simultaneous', ringTimeout: 25, stickyAgent: false, hours: null, failover: null,
    members: members.map((u, i): Member => ({ user: u, priority: i + 1 })), vendor: {},
  };
}

function input(users: User[], departments: Department[]): CoverageInput {
  return { schedules: [], users, departments, timezone: 'Asia/Kolkata', unmanagedHours: new Set() };
}

function outcome(liveMembers: string[] | null, plan: { added?: string[]; removed?: string[] } = {}): MemberOutcome {
  return {
    live: liveMembers === null ? null : liveMembers.map((u, i) => ({ user: u, priority: i + 1 })),
    added: (u) => (plan.added ?? []).includes(u),
    removed: (u) => (plan.removed ?? []).includes(u),
  };
}

const membersOf = (i: CoverageInput, name: string) => i.departments.find((d) => d.name === name)!.members.map((m) => m.user);

describe('coverage after apply: the input', () => {
  it('keeps the live members apply does not remove, after the declared ones, with their live users', () => {
    const desired = input([user('a@x.in')], [department('Support', ['a@x.in'])]);
    const liveUsers = FOUR.map((e) => user(e, 'never')).map((u, i) => (i === 0 ? user('a@x.in') : u));
    const after = afterApply(desired, () => outcome(['d@x.in', 'a@x.in', 'b@x.in', 'c@x.in'], { removed: ['c@x.in'] }), liveUsers);
    expect(after.changed).toEqual(['Support']);
    expect(membersOf(after.input, 'Support')).toEqual(['a@x.in', 'd@x.in', 'b@x.in']);
    // The declared user stays as declared; the kept ones come from live state, once each (in their live order).
    expect(after.input.users.map((u) => `${u.email} ${u.receiveCalls}`)).toEqual(['a@x.in always', 'b@x.in never', 'd@x.in never']);
  });

  it('a declared member that is neither live nor added (its user is ignored) is not counted', () => {
    const desired = input([user('a@x.in')], [department('Support', ['a@x.in', 'ghost@x.in'])]);
    const after = afterApply(desired, () => outcome([], { added: ['a@x.in'] }), []);
    expect(membersOf(after.input, 'Support')).toEqual(['a@x.in']);
    expect(after.changed).toEqual(['Support']);
  });

  it('emails match whatever their case; a kept user is looked up under the spelling the member has', () => {
    const desired = input([user('A@x.in')], [department('Support', ['A@x.in'])]);
    const after = afterApply(desired, () => outcome(['a@x.in', 'B@x.in']), [user('a@x.in'), user('b@x.in')]);
    expect(membersOf(after.input, 'Support')).toEqual(['A@x.in', 'B@x.in']);
    expect(after.input.users.map((u) => u.email)).toEqual(['A@x.in', 'B@x.in']);
  });

  it('in sync, or members not compared: the very same input, nothing built (memory: the 50k in-sync plan)', () => {
    const desired = input([user('a@x.in'), user('b@x.in')], [department('Support', ['a@x.in', 'b@x.in']), department('Sales', ['b@x.in'])]);
    const outcomes: Record<string, MemberOutcome | undefined> = { Support: outcome(['b@x.in', 'A@x.in']), Sales: outcome(null) };
    const after = afterApply(desired, (name) => outcomes[name], {
      [Symbol.iterator]: () => {
        throw new Error('live users read on the in-sync path');
      },
    });
    expect(after).toEqual({ input: desired, changed: [] });
    expect(after.input).toBe(desired);
  });

  it('a failover to a user org.yaml does not declare (ignored) takes that live user, as the live side does', () => {
    const desired = input([user('a@x.in')], [{ ...department('Support', ['a@x.in']), failover: { type: 'user', target: 'boss@x.in' } }]);
    const after = afterApply(desired, () => outcome(['a@x.in']), [user('boss@x.in')]);
    expect(after.changed).toEqual([]);
    expect(after.input.users.map((u) => u.email)).toEqual(['a@x.in', 'boss@x.in']);
  });
});

describe('coverage after apply: the members, as sets (random departments)', () => {
  const EMAILS = ['a@x.in', 'b@x.in', 'c@x.in', 'd@x.in', 'e@x.in'];
  const subset = fc.subarray(EMAILS);
  it('declared ones live or added, then live ones not declared nor removed; a department whose live members are its declared ones is passed as it is', () => {
    fc.assert(
      fc.property(subset, fc.option(fc.shuffledSubarray(EMAILS), { nil: null }), subset, subset, (declared, liveMembers, added, removed) => {
        const d = department('D', declared);
        const desired = input(EMAILS.map((e) => user(e)), [d]);
        const after = afterApply(desired, () => outcome(liveMembers, { added, removed }), []);
        const got = membersOf(after.input, 'D');
        if (liveMembers === null || (liveMembers.length === declared.length && liveMembers.every((m) => declared.includes(m)))) {
          expect(after.input.departments[0]).toBe(d);
          expect(after.changed).toEqual([]);
          return;
        }
        const want = [...declared.filter((m) => liveMembers.includes(m) || added.includes(m)), ...liveMembers.filter((m) => !declared.includes(m) && !removed.includes(m))];
        expect(got).toEqual(want);
        expect(after.changed).toEqual(want.join() === declared.join() ? [] : ['D']);
        expect(after.input.users).toBe(desired.users); // every member is a declared user here: nothing appended
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });
});

function team<T extends OrgBuilder | LiveBuilder>(b: T, members: string[], hours: Partial<Record<string, string>> = {}): T {
  let out = (b as OrgBuilder).schedule('day', { timezone: 'Asia/Kolkata', weekly: WEEK });
  for (const e of FOUR) out = out.user(e, { name: e, receiveCalls: hours[e] ?? 'day' });
  return out.department('Support', { hours: 'day', failover: { type: 'voicemail', target: null }, members }) as T;
}

describe('coverage after apply: the plan', () => {
  it('prune.members off: 1 of 4 live members declared is no coverage change (before: "drops to one agent")', () => {
    const plan = planOf(team(org(), ['a@x.in']).prune({ members: false }), team(live(), FOUR), { coverageFrom: FROM });
    expect(plan.actions).toEqual([]);
    expect(plan).not.toHaveProperty('coverage');
  });

  it('prune.members on: the same removes 3 members, and the plan says the department drops to one agent', () => {
    const plan = planOf(team(org(), ['a@x.in']), team(live(), FOUR), { coverageFrom: FROM });
    expect(summary(plan).filter((s) => s.startsWith('remove-member'))).toHaveLength(3);
    expect(plan.coverage).toEqual([{ department: 'Support', timezone: 'Asia/Kolkata', change: 'drops to one agent', windows: ['Mon–Fri 09:00–18:00'] }]);
  });

  it('prune.members off: a kept member counts with its own hours (only b covers the evenings)', () => {
    const evening = { ...WEEK, mon: ['09:00-21:00'] };
    const desired = team(org(), ['a@x.in'], { 'b@x.in': 'late', 'c@x.in': 'never', 'd@x.in': 'never' }).prune({ members: false }).schedule('late', { timezone: 'Asia/Kolkata', weekly: evening });
    const current = team(live(), ['a@x.in', 'b@x.in', 'c@x.in', 'd@x.in'], { 'b@x.in': 'late', 'c@x.in': 'never', 'd@x.in': 'never' })
      .schedule('late', { timezone: 'Asia/Kolkata', weekly: evening })
      .user('b@x.in', { name: 'b@x.in', receiveCalls: 'day' });
    // b's hours change from day to late: b still takes the weekday calls; coverage is unchanged in the open hours.
    const plan = planOf(desired, current, { coverageFrom: FROM });
    expect(summary(plan)).toEqual(['update user["b@x.in"]']);
    expect(plan).not.toHaveProperty('coverage');
    // And b going to `never` is a real loss of the second agent, though b is not a declared member of Support.
    const never = planOf(team(org(), ['a@x.in'], { 'b@x.in': 'never', 'c@x.in': 'never', 'd@x.in': 'never' }).prune({ members: false }), current, { coverageFrom: FROM });
    expect(never.coverage).toEqual([{ department: 'Support', timezone: 'Asia/Kolkata', change: 'drops to one agent', windows: ['Mon–Fri 09:00–18:00'] }]);
  });

  it('members whose users org.yaml does not declare stay even with prune.members on: counted with their live hours', () => {
    const desired = org().schedule('day', { timezone: 'Asia/Kolkata', weekly: WEEK }).user('a@x.in', { name: 'a@x.in', receiveCalls: 'day' })
      .department('Support', { hours: 'day', failover: { type: 'voicemail', target: null }, members: ['a@x.in'] });
    const plan = planOf(desired, team(live(), FOUR), { coverageFrom: FROM });
    expect(summary(plan)).toEqual([]);
    expect(plan).not.toHaveProperty('coverage');
  });

  it('an ignored member stays in the department (settings.ignore): counted on both sides, with its live hours', () => {
    const desired = team(org(), ['a@x.in']).ignore({ email: 'b@x.in' });
    const current = team(live(), ['a@x.in', 'b@x.in']);
    const plan = planOf(desired, current, { coverageFrom: FROM });
    expect(summary(plan)).toEqual([]);
    expect(plan).not.toHaveProperty('coverage');
    // The ignored member takes calls live: with a disabled in org.yaml, b is the one agent left (not "loses coverage").
    const disabled = planOf(desired.user('a@x.in', { name: 'a@x.in', receiveCalls: 'day', status: 'disabled' }), current, { coverageFrom: FROM });
    expect(disabled.coverage).toEqual([{ department: 'Support', timezone: 'Asia/Kolkata', change: 'drops to one agent', windows: ['Mon–Fri 09:00–18:00'] }]);
  });

  it('a declared member whose user is ignored and not in the department is never added: not counted', () => {
    const desired = team(org(), ['a@x.in', 'b@x.in']).ignore({ email: 'b@x.in' });
    const plan = planOf(desired, team(live(), ['a@x.in']), { coverageFrom: FROM });
    expect(summary(plan)).toEqual([]);
    expect(plan).not.toHaveProperty('coverage'); // b is never added, so org.yaml's hours for b count nowhere
  });

  it('the Markdown call flow draws a touched department with the members apply leaves in it', () => {
    const desired = team(org(), ['a@x.in']).prune({ members: false }).department('Support', { hours: 'day', failover: { type: 'voicemail', target: null }, ringTimeout: 40, members: ['a@x.in'] });
    const plan = planOf(desired, team(live(), FOUR), { coverageFrom: FROM });
    expect(summary(plan)).toEqual(['update department["Support"]']);
    expect(plan.flow?.[0]?.members.map((m) => m.email)).toEqual(FOUR);
  });

  it('a kept member whose hours were not read is assumed available, as any unread hours are', () => {
    const current = team(live(), FOUR, { 'b@x.in': 'never', 'c@x.in': 'never', 'd@x.in': 'never' }).build();
    const b = current.users.find((u) => u.data.email === 'b@x.in')!;
    Object.assign(b, { data: { ...b.data, receiveCalls: 'always' }, unread: ['receiveCalls', 'forwarding'] });
    const desired = org().schedule('day', { timezone: 'Asia/Kolkata', weekly: WEEK }).user('a@x.in', { name: 'a@x.in', receiveCalls: 'day' })
      .department('Support', { hours: 'day', failover: { type: 'voicemail', target: null }, members: ['a@x.in'] });
    const plan = planOf(desired, current, { coverageFrom: FROM });
    expect(summary(plan)).toEqual([]);
    expect(plan).not.toHaveProperty('coverage');
  });
});

describe('coverage after apply: the findings plan checks again (RF320–RF322)', () => {
  const YAML = `version: 1
provider: { type: sandbox }
users:
  - { email: a@x.in, name: A }
  - { email: b@x.in, name: B }
departments:
  - { name: Support, members: [a@x.in] }
  - { name: Sales, members: [b@x.in] }
`;
  const loaded = loadOrgText('/tmp/org.yaml', YAML, { today: FROM });
  if (!loaded.ok) throw new Error('fixture invalid');
  const single = (ds: { code: string; message: string }[]) => ds.filter((d) => d.code === 'RF321').map((d) => d.message.split(':')[0]);

  it('a department whose members after apply differ gets its findings from them; the others stand as load found them', () => {
    expect(single(loaded.diagnostics)).toEqual(['Support', 'Sales']);
    const base = { ...loaded.org, users: [...loaded.org.users, user('c@x.in')] };
    const after = afterApply({ schedules: [], users: loaded.org.users, departments: loaded.org.departments, timezone: 'UTC', unmanagedHours: new Set() }, (name) => (name === 'Support' ? outcome(['a@x.in', 'c@x.in']) : outcome(['b@x.in'])), base.users);
    expect(after.changed).toEqual(['Support']);
    const found = coverageFindingsAfterApply(loaded.diagnostics, loaded.org, after, FROM);
    expect(single(found)).toEqual(['Sales']);
    const none = { input: after.input, changed: [] };
    expect(coverageFindingsAfterApply(loaded.diagnostics, loaded.org, none, FROM)).toBe(loaded.diagnostics);
  });

  it('a department apply leaves empty (its one declared user ignored, never added) is open with nobody: RF320, saying why', () => {
    const after = afterApply({ schedules: [], users: [], departments: loaded.org.departments, timezone: 'UTC', unmanagedHours: new Set() }, (name) => (name === 'Support' ? outcome([]) : undefined), []);
    const found = coverageFindingsAfterApply(loaded.diagnostics, loaded.org, after, FROM);
    const support = found.filter((d) => d.message.startsWith('Support'));
    expect(support.map((d) => d.code)).toEqual(['RF320']);
    expect(support[0]!.message).toContain('(after apply, without a@x.in (ignored by settings.ignore and not in it, so never added))');
  });
});
