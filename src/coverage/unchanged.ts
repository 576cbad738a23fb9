/**
 * Departments whose weekly coverage cannot differ between two coverage inputs, found without computing it.
 * A department's segments (model.ts) are a pure function of: its `hours` and that schedule, its members in
 * order with each member's `status`, `receiveCalls`, that schedule and whether their hours are unmanaged,
 * and its failover (a user's hours as above, or a department's, recursively); the zone comes from the
 * schedules, and the fallback zone is the same on both sides of a plan. When all of that is equal on both
 * sides, both sides' segments are equal and a plan has no coverage change to report for the department.
 *
 * Memory and time (docs/BENCHMARKS.md, Memory, third round): a plan compared the weekly coverage of every
 * department of both orgs; at 50,000 users that was ~1 s of CPU and ~30 MB of peak RSS, though an in-sync
 * org has nothing to report. Now only departments whose inputs differ are computed.
 */
import type { Department, Schedule, User } from '../model/org.js';
import type { CoverageInput } from './input.js';

class Side {
  readonly schedules: Map<string, Schedule>;
  readonly users: Map<string, User>;
  readonly departments: Map<string, Department>;
  private readonly scheduleText = new Map<string, string>();

  constructor(readonly input: CoverageInput) {
    // As model.ts's Context: the last of a repeated name wins.
    this.schedules = new Map(input.schedules.map((s) => [s.name, s]));
    this.users = new Map(input.users.map((u) => [u.email, u]));
    this.departments = new Map(input.departments.map((d) => [d.name, d]));
  }

  /** A schedule as text with sorted keys (the two sides may build their objects in another key order). */
  schedule(name: string): string | undefined {
    const s = this.schedules.get(name);
    if (s === undefined) return undefined;
    let text = this.scheduleText.get(name);
    if (text === undefined) this.scheduleText.set(name, (text = sortedJson(s)));
    return text;
  }
}

function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function sameSchedule(a: Side, b: Side, name: string | null): boolean {
  return name === null || a.schedule(name) === b.schedule(name);
}

function sameUser(a: Side, b: Side, email: string): boolean {
  const [ua, ub] = [a.users.get(email), b.users.get(email)];
  if (ua === undefined || ub === undefined) return ua === ub;
  return (
    ua.status === ub.status &&
    ua.receiveCalls === ub.receiveCalls &&
    sameSchedule(a, b, ua.receiveCalls) &&
    a.input.unmanagedHours.has(email) === b.input.unmanagedHours.has(email)
  );
}

function sameDepartment(a: Side, b: Side, name: string, seen: Set<string>): boolean {
  if (seen.has(name)) return true; // already being compared further up the failover chain
  seen.add(name);
  const [da, db] = [a.departments.get(name), b.departments.get(name)];
  if (da === undefined || db === undefined) return da === db;
  if (da.hours !== db.hours || !sameSchedule(a, b, da.hours)) return false;
  if (da.members.length !== db.members.length) return false;
  for (let i = 0; i < da.members.length; i++) {
    const email = da.members[i]!.user;
    if (email !== db.members[i]!.user || !sameUser(a, b, email)) return false;
  }
  const [fa, fb] = [da.failover, db.failover];
  if (fa === null || fb === null) return fa === fb;
  if (fa.type !== fb.type || fa.target !== fb.target) return false;
  if (fa.type === 'user') return sameUser(a, b, fa.target ?? '');
  if (fa.type === 'department') return sameDepartment(a, b, fa.target ?? '', seen);
  return true;
}

/** Whether department `name` has the same coverage inputs in `a` and `b` (then the same weekly coverage). */
export function unchangedCoverage(a: CoverageInput, b: CoverageInput): (name: string) => boolean {
  const [sa, sb] = [new Side(a), new Side(b)];
  return (name) => a.timezone === b.timezone && sameDepartment(sa, sb, name, new Set());
}
