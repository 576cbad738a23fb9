/**
 * Random orgs drawn from a small universe (so that desired and live overlap a lot), shared by the
 * planner's property tests and the sandbox convergence property test.
 */
import fc from 'fast-check';
import { type OrgBuilder } from './builders.js';

const EMAILS = ['a@x', 'b@x', 'c@x', 'd@x', 'e@x'];
const NUMBERS = ['101', '102', '103', '104', '105', '106', '107', '108'];
const DEPARTMENTS = ['D1', 'D2', 'D3'];
const ROLES = ['r1', 'r2'];
const SCHEDULES = ['s1', 's2'];

export interface Side {
  users: string[];
  departments: string[];
  roles: string[];
  schedules: string[];
  /** Extension numbers in a random order, handed out to holders in turn. */
  numbers: string[];
  picks: number[];
  flags: boolean[];
}

export const side: fc.Arbitrary<Side> = fc.record({
  users: fc.subarray(EMAILS),
  departments: fc.subarray(DEPARTMENTS),
  roles: fc.subarray(ROLES),
  schedules: fc.subarray(SCHEDULES),
  numbers: fc.shuffledSubarray(NUMBERS, { minLength: NUMBERS.length, maxLength: NUMBERS.length }),
  picks: fc.array(fc.nat(20), { minLength: 40, maxLength: 40 }),
  flags: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
});

/** Builds one side: every choice comes from `picks` and `flags`, so a side is fully determined by its record. */
export function build(s: Side, b: OrgBuilder): OrgBuilder {
  let p = 0;
  let f = 0;
  const pick = <T>(items: T[]): T => items[s.picks[p++ % s.picks.length]! % items.length]!;
  const flag = () => s.flags[f++ % s.flags.length]!;
  let n = 0;
  const number = () => (flag() ? s.numbers[n++] ?? null : null);
  for (const r of s.roles) b.role(r, { base: pick(['agent', 'supervisor', 'admin'] as const), description: flag() ? 'd' : null });
  for (const sc of s.schedules) b.schedule(sc, { timezone: pick(['UTC', 'Asia/Kolkata']) });
  for (const email of s.users) {
    b.user(email, {
      name: pick(['Ann', 'Bob']),
      extension: number(),
      role: pick(['agent', 'admin', 'owner', ...s.roles]),
      receiveCalls: pick(['always', 'never', ...s.schedules]),
      panelAccess: flag(),
      status: flag() ? 'active' : 'disabled',
    });
  }
  s.departments.forEach((name, i) => {
    const users = s.users.filter(() => flag());
    const earlier = s.departments.slice(0, i);
    const failover = flag() && earlier.length > 0 ? { type: 'department' as const, target: pick(earlier) } : flag() && s.users.length > 0 ? { type: 'user' as const, target: pick(s.users) } : null;
    b.department(name, {
      extension: number(),
      manager: flag() && s.users.length > 0 ? pick(s.users) : null,
      hours: flag() && s.schedules.length > 0 ? pick(s.schedules) : null,
      routing: pick(['simultaneous', 'serial'] as const),
      failover,
      members: flag() ? [...users].reverse() : users,
    });
  });
  return b;
}

