/**
 * The plan's coverage comparison skips departments whose coverage inputs are equal on both sides
 * (src/coverage/unchanged.ts). Soundness, checked on random pairs of small orgs (the second a random edit of
 * the first): whenever a department is called unchanged, the full weekly model gives it the same segments on
 * both sides, so skipping it cannot hide a change. And each kind of input edit is noticed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageChanges } from '../../src/coverage/compare.js';
import type { CoverageInput } from '../../src/coverage/input.js';
import { weeklyCoverage } from '../../src/coverage/model.js';
import { unchangedCoverage } from '../../src/coverage/unchanged.js';
import { WEEKDAYS, type Department, type Schedule, type User, type Weekday } from '../../src/model/org.js';
import { defaultWebLogin } from '../../src/model/web-login.js';

const FROM = '2027-03-08'; // a week with a DST change in New York
const ZONES = ['Asia/Kolkata', 'America/New_York'];
const SLOTS = [[], ['09:00-17:00'], ['00:00-12:00'], ['10:00-14:00', '15:00-20:00']];
const HOURS = ['s0', 's1', 'always', 'never', 'nope'];
const EMAILS = ['u0@x.com', 'u1@x.com', 'u2@x.com', 'u3@x.com'];
/** A live user org.yaml does not declare, whose membership apply keeps (coverage/after-apply.ts appends it). */
const KEPT = 'kept@x.com';
const DEPARTMENTS = ['D0', 'D1', 'D2'];

function schedule(name: string, timezone: string, days: number[]): Schedule {
  return { name, timezone, weekly: Object.fromEntries(WEEKDAYS.map((w, i) => [w, SLOTS[days[i]!]!])) as Record<Weekday, string[]>, holidays: [], overrides: [], vendor: {} };
}

function user(email: string, receiveCalls: string, active: boolean): User {
  return {
    email, name: email, phone: null, extension: null, role: 'agent', panelAccess: true, status: active ? 'active' : 'disabled', receiveCalls,
    forwarding: null, voicemail: null, invite: 'auto', previously: [], ...defaultWebLogin(), vendor: {},
  };
}

const failover = fc.oneof(
  fc.constant<Department['failover']>(null),
  fc.constantFrom<Department['failover']>({ type: 'voicemail', target: null }, { type: 'hangup', target: null }),
  fc.constantFrom(...EMAILS, KEPT, 'gone@x.com').map<Department['failover']>((target) => ({ type: 'user', target })),
  fc.constantFrom(...DEPARTMENTS, 'Gone').map<Department['failover']>((target) => ({ type: 'department', target })),
);

const inputArb = fc
  .record({
    schedules: fc.array(fc.record({ zone: fc.constantFrom(...ZONES), days: fc.array(fc.nat(SLOTS.length - 1), { minLength: 7, maxLength: 7 }) }), { minLength: 2, maxLength: 2 }),
    users: fc.array(fc.record({ hours: fc.constantFrom(...HOURS), active: fc.boolean() }), { minLength: 4, maxLength: 4 }),
    departments: fc.array(fc.record({ hours: fc.constantFrom('s0', 's1', null), failover, members: fc.subarray(EMAILS.concat('gone@x.com')) }), { minLength: 3, maxLength: 3 }),
    unmanaged: fc.subarray(EMAILS),
    timezone: fc.constantFrom(...ZONES),
  })
  .map(
    (o): CoverageInput => ({
      schedules: o.schedules.map((s, i) => schedule(`s${i}`, s.zone, s.days)),
      users: o.users.map((u, i) => user(EMAILS[i]!, u.hours, u.active)),
      departments: o.departments.map((d, i) => ({
        name: DEPARTMENTS[i]!, extension: null, manager: null, routing: 'simultaneous', ringTimeout: 25, stickyAgent: false, hours: d.hours, failover: d.failover,
        members: d.members.map((user, p) => ({ user, priority: p + 1 })), vendor: {},
      })),
      timezone: o.timezone,
      unmanagedHours: new Set(o.unmanaged),
    }),
  );

/** One random edit of an input (or none), each touching something coverage may depend on. */
const edit = fc.oneof(
  fc.constant((i: CoverageInput) => i),
  fc.tuple(fc.nat(3), fc.constantFrom(...HOURS)).map(([k, hours]) => (i: CoverageInput) => ({ ...i, users: i.users.map((u, j) => (j === k ? { ...u, receiveCalls: hours } : u)) })),
  fc.nat(3).map((k) => (i: CoverageInput) => ({ ...i, users: i.users.map((u, j) => (j === k ? { ...u, status: u.status === 'active' ? ('disabled' as const) : ('active' as const) } : u)) })),
  fc.tuple(fc.nat(1), fc.nat(6), fc.nat(SLOTS.length - 1)).map(([k, day, slots]) => (i: CoverageInput) => ({
    ...i,
    schedules: i.schedules.map((s, j) => (j === k ? { ...s, weekly: { ...s.weekly, [WEEKDAYS[day]!]: SLOTS[slots]! } } : s)),
  })),
  fc.tuple(fc.nat(1), fc.constantFrom(...ZONES)).map(([k, timezone]) => (i: CoverageInput) => ({ ...i, schedules: i.schedules.map((s, j) => (j === k ? { ...s, timezone } : s)) })),
  fc.tuple(fc.nat(2), fc.constantFrom('s0', 's1', null)).map(([k, hours]) => (i: CoverageInput) => ({ ...i, departments: i.departments.map((d, j) => (j === k ? { ...d, hours } : d)) })),
  fc.tuple(fc.nat(2), failover).map(([k, f]) => (i: CoverageInput) => ({ ...i, departments: i.departments.map((d, j) => (j === k ? { ...d, failover: f } : d)) })),
  fc.tuple(fc.nat(2), fc.subarray(EMAILS)).map(([k, members]) => (i: CoverageInput) => ({
    ...i,
    departments: i.departments.map((d, j) => (j === k ? { ...d, members: members.map((user, p) => ({ user, priority: p + 1 })) } : d)),
  })),
  fc.nat(2).map((k) => (i: CoverageInput) => ({ ...i, departments: i.departments.map((d, j) => (j === k ? { ...d, members: [...d.members].reverse() } : d)) })),
  fc.subarray(EMAILS).map((unmanaged) => (i: CoverageInput) => ({ ...i, unmanagedHours: new Set(unmanaged) })),
  fc.nat(2).map((k) => (i: CoverageInput) => ({ ...i, departments: i.departments.filter((_, j) => j !== k) })),
  // A live member apply keeps (prune.members off, ignored or undeclared user): its live user appended, its hours maybe unread.
  fc.tuple(fc.nat(2), fc.constantFrom(...HOURS), fc.boolean(), fc.boolean()).map(([k, hours, active, unread]) => (i: CoverageInput) => ({
    ...i,
    users: i.users.some((u) => u.email === KEPT) ? i.users : [...i.users, user(KEPT, hours, active)],
    departments: i.departments.map((d, j) => (j === k ? { ...d, members: [...d.members, { user: KEPT, priority: d.members.length + 1 }] } : d)),
    unmanagedHours: unread ? new Set([...i.unmanagedHours, KEPT]) : i.unmanagedHours,
  })),
);

describe('coverage: departments whose inputs are unchanged are not recomputed', () => {
  it('a department called unchanged has the same weekly segments on both sides (random orgs, up to three edits)', () => {
    let skipped = 0;
    let computed = 0;
    fc.assert(
      fc.property(inputArb, fc.array(edit, { maxLength: 3 }), (a, edits) => {
        const b = edits.reduce((input, e) => e(input), a);
        const unchanged = unchangedCoverage(a, b);
        const [wa, wb] = [weeklyCoverage(a, FROM), weeklyCoverage(b, FROM)];
        for (const d of b.departments) {
          if (!unchanged(d.name)) {
            computed += 1;
            continue;
          }
          skipped += 1;
          expect(wb.get(d.name)).toEqual(wa.get(d.name));
        }
      }),
      { numRuns: 400, seed: 20261203 },
    );
    expect(skipped).toBeGreaterThan(50); // the property is not vacuous either way
    expect(computed).toBeGreaterThan(50);
  });

  it('a copy built in another key order is unchanged; each input coverage depends on is noticed', () => {
    const s0 = schedule('s0', 'Asia/Kolkata', [1, 1, 1, 1, 1, 0, 0]);
    const base: CoverageInput = {
      schedules: [s0],
      users: [user('a@x.com', 's0', true), user('b@x.com', 'always', true)],
      departments: [{ name: 'D', extension: null, manager: null, routing: 'simultaneous', ringTimeout: 25, stickyAgent: false, hours: 's0', failover: { type: 'user', target: 'b@x.com' }, members: [{ user: 'a@x.com', priority: 1 }], vendor: {} }],
      timezone: 'Asia/Kolkata',
      unmanagedHours: new Set(),
    };
    const reordered = { ...base, schedules: [Object.fromEntries(Object.entries(s0).reverse()) as unknown as Schedule] };
    expect(unchangedCoverage(base, reordered)('D')).toBe(true);
    const d = base.departments[0]!;
    const edits: CoverageInput[] = [
      { ...base, timezone: 'UTC' },
      { ...base, schedules: [{ ...s0, timezone: 'UTC' }] },
      { ...base, users: [{ ...base.users[0]!, receiveCalls: 'always' }, base.users[1]!] },
      { ...base, users: [{ ...base.users[0]!, status: 'disabled' }, base.users[1]!] },
      { ...base, users: [base.users[0]!, { ...base.users[1]!, receiveCalls: 'never' }] }, // the failover user's hours
      { ...base, users: [base.users[1]!] }, // a member's user gone
      { ...base, unmanagedHours: new Set(['a@x.com']) },
      { ...base, departments: [{ ...d, hours: null }] },
      { ...base, departments: [{ ...d, failover: { type: 'voicemail', target: null } }] },
      { ...base, departments: [{ ...d, members: [] }] },
      { ...base, departments: [] },
      // A kept live member (coverage/after-apply.ts): in the members, and its live user appended.
      { ...base, users: [...base.users, user('kept@x.com', 'never', true)], departments: [{ ...d, members: [...d.members, { user: 'kept@x.com', priority: 2 }] }] },
    ];
    for (const e of edits) expect(unchangedCoverage(base, e)('D')).toBe(false);
  });

  it('a plan of an unchanged org computes no coverage and reports none; a change is still reported', () => {
    const s0 = schedule('s0', 'Asia/Kolkata', [1, 1, 1, 1, 1, 0, 0]);
    const input: CoverageInput = {
      schedules: [s0],
      users: [user('a@x.com', 's0', true), user('b@x.com', 's0', true)],
      departments: [{ name: 'D', extension: null, manager: null, routing: 'simultaneous', ringTimeout: 25, stickyAgent: false, hours: 's0', failover: null, members: [{ user: 'a@x.com', priority: 1 }, { user: 'b@x.com', priority: 2 }], vendor: {} }],
      timezone: 'Asia/Kolkata',
      unmanagedHours: new Set(),
    };
    expect(coverageChanges(input, { ...input }, FROM)).toEqual([]);
    const fewer = { ...input, users: [input.users[0]!, { ...input.users[1]!, receiveCalls: 'never' }] };
    expect(coverageChanges(input, fewer, FROM)).toEqual([
      { department: 'D', timezone: 'Asia/Kolkata', change: 'drops to one agent', windows: ['Mon–Fri 09:00–17:00'] },
    ]);
  });
});
