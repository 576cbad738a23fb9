/**
 * Property: for random organisations, every instant the coverage model puts in a class has exactly the
 * members that class claims, checked by brute force minute by minute over the week with an independent
 * reading of the schedules (UTC → each zone's wall clock, never the model's local → UTC path). The weeks include
 * DST changes: New York (2027-03-14, 2027-11-07) and London (2027-03-28, 2027-10-31) members and departments
 * against Kolkata ones (no DST), so the offsets between them shift inside the week.
 * Slot boundaries avoid 01:00–02:59, where a wall clock repeats or skips on a change day (see time.ts localToUtc).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CoverageInput } from '../../src/coverage/input.js';
import { computeCoverage } from '../../src/coverage/model.js';
import { addDays, localToUtc, parseSlot, utcToLocal } from '../../src/coverage/time.js';
import { WEEKDAYS, type Department, type Schedule, type User, type Weekday } from '../../src/model/org.js';
import { defaultWebLogin } from '../../src/model/web-login.js';

const ZONES = ['Asia/Kolkata', 'America/New_York', 'Europe/London'];
/** Reference dates whose weeks hold a DST change somewhere, and one that holds none. */
const WEEKS = ['2027-03-08', '2027-03-22', '2027-10-25', '2027-11-01', '2026-12-03'];
const TIMES = Array.from({ length: 48 }, (_, i) => i * 30).filter((m) => m < 60 || m >= 180);

const slot = fc
  .tuple(fc.constantFrom(...TIMES), fc.constantFrom(...TIMES, 1440))
  .filter(([a, b]) => b > a)
  .map(([a, b]) => `${hh(a)}-${hh(b)}`);
function hh(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
/** Sorted, non-overlapping slots for one day. */
const day = fc.array(slot, { minLength: 1, maxLength: 2 }).map((slots) => {
  const sorted = slots.map(parseSlot).sort((x, y) => x[0] - y[0]);
  const kept: Array<[number, number]> = [];
  for (const s of sorted) if (!kept.length || s[0] >= kept[kept.length - 1]![1]) kept.push(s);
  return kept.map(([a, b]) => `${hh(a)}-${hh(b)}`);
});

const schedule = (name: string) =>
  fc.record({ timezone: fc.constantFrom(...ZONES), days: fc.tuple(day, day, day, day, day, day, day) }).map(
    ({ timezone, days }): Schedule => ({
      name,
      timezone,
      weekly: Object.fromEntries(WEEKDAYS.map((w, i) => [w, days[i]!])) as Record<Weekday, string[]>,
      holidays: [],
      overrides: [],
      vendor: {},
    }),
  );

const orgArb = fc
  .record({
    schedules: fc.tuple(schedule('s0'), schedule('s1'), schedule('s2')),
    members: fc.array(fc.record({ hours: fc.constantFrom('s0', 's1', 's2', 's0', 's1', 'always', 'never'), active: fc.constantFrom(true, true, true, false) }), { minLength: 1, maxLength: 5 }),
    hours: fc.constantFrom('s0', 's1', 's2', null),
    failover: fc.constantFrom<Department['failover']>(null, { type: 'voicemail', target: null }, { type: 'hangup', target: null }),
    timezone: fc.constantFrom(...ZONES),
    from: fc.constantFrom(...WEEKS),
  })
  .map(({ schedules, members, hours, failover, timezone, from }) => {
    const users: User[] = members.map((m, i) => ({
      email: `u${i}@x.com`, name: `U${i}`, phone: null, extension: null, role: 'agent', panelAccess: true,
      status: m.active ? 'active' : 'disabled', receiveCalls: m.hours, forwarding: null, voicemail: null, invite: 'auto', previously: [], ...defaultWebLogin(), vendor: {},
    }));
    const department: Department = {
      name: 'D', extension: null, manager: null, routing: 'simultaneous', ringTimeout: 25, stickyAgent: false, hours, failover,
      members: users.map((u, i) => ({ user: u.email, priority: i + 1 })), vendor: {},
    };
    const input: CoverageInput = { schedules: [...schedules], users, departments: [department], timezone, unmanagedHours: new Set() };
    return { input, from };
  });

/** Wall-clock reading: is `t` inside one of the schedule's slots on that local day? */
function onAt(s: Schedule, t: number): boolean {
  const local = utcToLocal(s.timezone, t);
  return s.weekly[WEEKDAYS[local.weekday]!].some((slotText) => {
    const [a, b] = parseSlot(slotText);
    return local.minute >= a && local.minute < b;
  });
}

describe('coverage model against brute force, minute by minute', () => {
  it('every instant: closed iff not open; covered ≥ 2, single = 1, failover/uncovered = 0 available', () => {
    fc.assert(
      fc.property(orgArb, ({ input, from }) => {
        const [c] = computeCoverage(input, { from, days: 7 });
        const d = input.departments[0]!;
        const byName = new Map(input.schedules.map((s) => [s.name, s]));
        const zone = d.hours ? byName.get(d.hours)!.timezone : input.timezone;
        expect(c!.timezone).toBe(zone);
        const start = localToUtc(zone, c!.week.monday, 0);
        const end = localToUtc(zone, addDays(c!.week.monday, 7), 0);
        expect(c!.week.segments[0]!.start).toBe(start);
        expect(c!.week.segments.at(-1)!.end).toBe(end);
        let k = 0;
        for (let t = start; t < end; t += 60_000) {
          while (c!.week.segments[k]!.end <= t) k++;
          const seg = c!.week.segments[k]!;
          const open = d.hours === null || onAt(byName.get(d.hours)!, t);
          const available = input.users.filter((u) => u.status === 'active' && (u.receiveCalls === 'always' || (u.receiveCalls !== 'never' && onAt(byName.get(u.receiveCalls)!, t)))).length;
          const expected = !open ? 'closed' : available >= 2 ? 'covered' : available === 1 ? 'single' : d.failover?.type === 'voicemail' ? 'failover' : 'uncovered';
          if (seg.class !== expected) throw new Error(`${new Date(t).toISOString()}: model ${seg.class}, brute force ${expected} (${available} available)`);
          if (open) expect(seg.available).toBe(available);
        }
      }),
      { numRuns: 20, seed: 20261203 },
    );
  }, 120_000);
});
