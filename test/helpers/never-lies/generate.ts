/**
 * Random org.yaml documents for "the plan never lies" (issue 16 item 6), vendor-neutral and as a person writes
 * them: fields left out (unmanaged), emails with capitals, users without phone or extension, call-only admins,
 * custom roles, the account owner, `receiveCalls: never`, departments with and without numbers, members in any order. The
 * universe is small (5 users, 3 departments, 2 schedules) so that the desired and the live side overlap: updates,
 * deletes, member moves and objects left alone all happen. Each user and department has two numbers of its own,
 * so no case asks for a number an unmanaged object holds (the vendor refuses that by design, and the plan warns).
 */
import fc from 'fast-check';

export const EMAILS = ['u1@example.com', 'u2@example.com', 'u3@example.com', 'u4@example.com', 'u5@example.com'];
export const DEPARTMENTS = ['Sales', 'Support', 'Billing'];
export const SCHEDULES = ['Office hours', 'Late shift'];
/** Declared on both sides, never changed: the account's admin (the login of password-grant vendors). */
export const ADMIN = { email: 'admin@example.com', name: 'Ada Admin', extension: '100', phone: '+919800000100' };
export const CUSTOM_ROLE = { name: 'team-lead', base: 'supervisor' };

export interface GenUser {
  name: string;
  /** The email written with capitals (`U1@Example.com`): the vendor and org.yaml compare emails case-insensitively. */
  upper: boolean;
  /** Which of the user's two numbers, or none written. */
  extension: 0 | 1 | null;
  phone: boolean;
  role: 'agent' | 'supervisor' | 'manager' | 'admin' | 'owner' | 'team-lead' | null;
  panelAccess: boolean | null;
  status: 'active' | 'disabled' | null;
  receiveCalls: 'always' | 'never' | 0 | 1 | null;
}

export interface GenDepartment {
  extension: 0 | 1 | null;
  routing: 'simultaneous' | 'serial' | 'round-robin' | 'longest-idle' | null;
  ringTimeout: 20 | 30 | null;
  /** Indices into EMAILS, in ring order; users absent from the side are dropped. */
  members: number[];
}

export interface GenOrg {
  users: Array<GenUser | null>;
  departments: Array<GenDepartment | null>;
  /** Which weekly pattern each schedule has, or null when absent. */
  schedules: Array<number | null>;
  customRole: boolean;
  prune: boolean;
}

const user: fc.Arbitrary<GenUser> = fc.record({
  name: fc.constantFrom('Ann Lee', 'Bob Roy', 'Cy Das'),
  upper: fc.boolean(),
  extension: fc.constantFrom(0 as const, 1 as const, null),
  phone: fc.boolean(),
  role: fc.constantFrom('agent' as const, 'supervisor' as const, 'manager' as const, 'admin' as const, 'owner' as const, 'team-lead' as const, null),
  panelAccess: fc.constantFrom(true, false, null),
  status: fc.constantFrom('active' as const, 'disabled' as const, null),
  receiveCalls: fc.constantFrom('always' as const, 'never' as const, 0 as const, 1 as const, null),
});

const department: fc.Arbitrary<GenDepartment> = fc.record({
  extension: fc.constantFrom(0 as const, 1 as const, null),
  routing: fc.constantFrom('simultaneous' as const, 'serial' as const, 'round-robin' as const, 'longest-idle' as const, null),
  ringTimeout: fc.constantFrom(20 as const, 30 as const, null),
  members: fc.shuffledSubarray(EMAILS.map((_, i) => i)),
});

export const genOrg: fc.Arbitrary<GenOrg> = fc.record({
  users: fc.tuple(...EMAILS.map(() => fc.option(user, { nil: null, freq: 3 }))),
  departments: fc.tuple(...DEPARTMENTS.map(() => fc.option(department, { nil: null, freq: 3 }))),
  schedules: fc.tuple(...SCHEDULES.map(() => fc.option(fc.integer({ min: 0, max: 2 }), { nil: null, freq: 3 }))),
  customRole: fc.boolean(),
  prune: fc.boolean(),
});

export const WEEKLY = [
  { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'] },
  { mon: ['08:00-12:00', '13:00-18:00'], tue: ['08:00-12:00'], fri: ['10:00-14:00'], sat: ['10:00-14:00'] },
  { mon: ['18:00-23:00'], tue: ['18:00-23:00'], wed: ['18:00-23:00'], sun: ['12:00-20:00'] },
];

export const userNumber = (i: number, alt: 0 | 1) => `${alt ? 11 : 10}${i + 1}`;
export const departmentNumber = (i: number, alt: 0 | 1) => `${alt ? 21 : 20}${i}`;
/** Indian mobile numbers (+91 and 10 digits), one per user. */
export const phoneOf = (i: number) => `+91980000010${i + 1}`;

/** What a vendor can hold of an org, as the adapters say (written.ts uses it to leave out what cannot exist). */
export interface Shape {
  extensions: boolean;
  departmentNumbers: boolean;
  schedules: boolean;
  departments: boolean;
}

type Plain = Record<string, unknown>;

/**
 * The org.yaml body (everything but `provider:`) for a generated org. References stay valid: a schedule or the
 * custom role that is not declared is not referenced (validation errors are tested elsewhere, and would only
 * make the case a blocked one).
 */
export function writtenBody(g: GenOrg, shape: Shape): Plain {
  const schedules = SCHEDULES.map((name, i) => ({ name, pattern: g.schedules[i] })).filter((s) => shape.schedules && s.pattern !== null && s.pattern !== undefined);
  const scheduleNames = schedules.map((s) => s.name);
  const users: Plain[] = [{ email: ADMIN.email, name: ADMIN.name, role: 'admin', phone: ADMIN.phone, ...(shape.extensions ? { extension: ADMIN.extension } : {}) }];
  const present: number[] = [];
  g.users.forEach((u, i) => {
    if (!u) return;
    present.push(i);
    const email = u.upper ? EMAILS[i]!.replace(/^u/, 'U').replace('example', 'Example') : EMAILS[i]!;
    const receive = u.receiveCalls === 0 || u.receiveCalls === 1 ? SCHEDULES[u.receiveCalls]! : u.receiveCalls;
    const role = u.role === 'team-lead' && !g.customRole ? 'supervisor' : u.role;
    users.push(
      defined({
        email,
        name: u.name,
        phone: u.phone ? phoneOf(i) : undefined,
        extension: shape.extensions && u.extension !== null ? userNumber(i, u.extension) : undefined,
        role: role ?? undefined,
        panelAccess: u.panelAccess ?? undefined,
        status: u.status ?? undefined,
        receiveCalls: receive === null ? undefined : scheduleNames.includes(receive) || receive === 'always' || receive === 'never' ? receive : 'always',
      }),
    );
  });
  const departments: Plain[] = [];
  if (shape.departments) {
    g.departments.forEach((d, i) => {
      if (!d) return;
      departments.push(
        defined({
          name: DEPARTMENTS[i]!,
          extension: shape.departmentNumbers && d.extension !== null ? departmentNumber(i, d.extension) : undefined,
          routing: d.routing ?? undefined,
          ringTimeout: d.ringTimeout ?? undefined,
          members: d.members.filter((m) => present.includes(m)).map((m) => emailAsWritten(users, m)),
        }),
      );
    });
  }
  return defined({
    settings: {
      prune: { users: g.prune, extensions: g.prune, departments: g.prune, schedules: g.prune, roles: false },
      // Random orgs delete a lot: the delete guards are tested elsewhere (test/plan/guards.test.ts).
      guards: { maxDeletePercent: 100 },
    },
    roles: g.customRole ? [{ ...CUSTOM_ROLE }] : undefined,
    schedules: schedules.length > 0 ? schedules.map((s) => ({ name: s.name, weekly: WEEKLY[s.pattern!] })) : undefined,
    users,
    departments: departments.length > 0 ? departments : undefined,
  });
}

function emailAsWritten(users: Plain[], i: number): string {
  const found = users.find((u) => String(u.email).toLowerCase() === EMAILS[i]);
  return String(found?.email ?? EMAILS[i]);
}

function defined(o: Plain): Plain {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
