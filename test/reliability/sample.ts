/**
 * Random orgs for the reliability tests, vendor-neutral: a `Side` says which of a small universe of users,
 * departments and schedules exist and how; each vendor adapter (vendors.ts) turns it into an Org that
 * vendor can represent. The universe is small so that desired and live overlap a lot (updates, replaces,
 * deletes, member moves, objects left alone), and each user and department has its own two possible
 * numbers, so no case asks for a number an unmanaged object holds (the vendor refuses that by design).
 */
import fc from 'fast-check';

export const EMAILS = ['u1@example.com', 'u2@example.com', 'u3@example.com', 'u4@example.com', 'u5@example.com'];
export const DEPARTMENTS = ['Sales', 'Support', 'Billing'];
export const SCHEDULES = ['Office hours', 'Late shift'];
/** Always present on both sides, never changed: the account admin (and the password grant's login). */
export const ADMIN = { email: 'admin@example.com', name: 'Ada Admin', extension: '100' };

export interface SideUser {
  name: string;
  /** The second of the user's two numbers. */
  alt: boolean;
  role: 'agent' | 'supervisor' | 'manager' | 'admin';
  panel: boolean;
  receiveCalls: string;
}

export interface SideDepartment {
  alt: boolean;
  routing: 'simultaneous' | 'serial' | 'round-robin' | 'longest-idle';
  ringTimeout: number;
  /** Indices into EMAILS, in ring order; users absent from the side are dropped. */
  members: number[];
}

export interface Side {
  users: Array<SideUser | null>;
  departments: Array<SideDepartment | null>;
  /** Which weekly pattern each schedule has, or null when absent. */
  schedules: Array<number | null>;
}

const user: fc.Arbitrary<SideUser> = fc.record({
  name: fc.constantFrom('Ann Lee', 'Bob Roy', 'Cy'),
  alt: fc.boolean(),
  role: fc.constantFrom('agent', 'supervisor', 'manager', 'admin'),
  panel: fc.boolean(),
  receiveCalls: fc.constantFrom('always', 'never', ...SCHEDULES),
});

const department: fc.Arbitrary<SideDepartment> = fc.record({
  alt: fc.boolean(),
  routing: fc.constantFrom('simultaneous', 'serial', 'round-robin', 'longest-idle'),
  ringTimeout: fc.constantFrom(20, 30),
  members: fc.shuffledSubarray(EMAILS.map((_, i) => i)),
});

export const side: fc.Arbitrary<Side> = fc.record({
  users: fc.tuple(...EMAILS.map(() => fc.option(user, { nil: null, freq: 3 }))),
  departments: fc.tuple(...DEPARTMENTS.map(() => fc.option(department, { nil: null, freq: 3 }))),
  schedules: fc.tuple(...SCHEDULES.map(() => fc.option(fc.integer({ min: 0, max: 2 }), { nil: null, freq: 3 }))),
});

export const WEEKLY = [
  { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'], sat: [], sun: [] },
  { mon: ['08:00-12:00', '13:00-18:00'], tue: ['08:00-12:00'], wed: [], thu: [], fri: ['10:00-14:00'], sat: ['10:00-14:00'], sun: [] },
  { mon: ['18:00-23:00'], tue: ['18:00-23:00'], wed: ['18:00-23:00'], thu: [], fri: [], sat: [], sun: ['12:00-20:00'] },
];

export const userNumber = (i: number, alt: boolean) => `${alt ? 11 : 10}${i + 1}`;
export const departmentNumber = (i: number, alt: boolean) => `${alt ? 21 : 20}${i}`;
