/**
 * The desired side of a plan's coverage as the departments will really be after apply (pure). org.yaml's
 * member list is not always what apply leaves: with `prune.members: false` a live member org.yaml does not
 * list stays, so does a member whose user is ignored (`settings.ignore`) or not declared (unmanaged), and a
 * declared member whose user is ignored and not in the department is never added (plan/members.ts). Counting
 * only the declared members made the plan say "Support drops to one agent" of a department apply leaves
 * with four (review: "the plan never lies").
 *
 * Decisions:
 * - What apply does to each member comes from the plan's own member actions (`MemberOutcome`), not from a
 *   second reading of the rules, so the coverage says what apply does.
 * - After apply a department holds its declared members that are live or added, then the live members it
 *   keeps, in their live order (ring order does not change who can answer).
 * - A kept member's hours are its user's as apply leaves them: the declared user's (after adoption) when
 *   org.yaml declares the user, else the live user's (ignored and undeclared users are never updated); hours
 *   the read did not fetch are unknown, as for every other user (the caller's `unmanagedHours`).
 * - Memory (docs/BENCHMARKS.md): a department whose live members are its declared ones is passed through
 *   untouched, without building anything per member, and users are only looked up for the few emails a
 *   changed department or a failover needs (no index of every user).
 */
import type { Department, Member, User } from '../model/org.js';
import type { CoverageInput } from './input.js';

/** What the plan does to one declared department's members. */
export interface MemberOutcome {
  /**
   * Its live members, users named as org.yaml names them (after renames); [] when the department is new or
   * re-created (the vendor starts it empty); null when its members are not compared (not read, or not planned).
   */
  live: readonly Member[] | null;
  /** Whether apply removes this live member. */
  removed(user: string): boolean;
  /** Whether apply adds this declared member that is not live (false: its user is ignored, so it is never added). */
  added(user: string): boolean;
}

export interface AfterApply {
  /** The desired coverage input with each department's members as apply leaves them. */
  input: CoverageInput;
  /** Departments whose members after apply are not the ones org.yaml declares, in desired order. */
  changed: string[];
}

const lower = (email: string): string => email.toLowerCase();
/** `lower`, without a new string for an email that has no upper-case (or non-ASCII) letter: the scan of every user allocates nothing. */
const keyOf = (email: string): string => (/[A-Z\u0080-\uffff]/.test(email) ? lower(email) : email);
const sameEmail = (a: string, b: string): boolean => a === b || lower(a) === lower(b);

/** Whether the declared and the live members are the same users (the in-sync case: no allocation when in order). */
function sameUsers(declared: readonly Member[], live: readonly Member[]): boolean {
  if (declared.length !== live.length) return false;
  if (declared.every((m, i) => sameEmail(m.user, live[i]!.user))) return true;
  const users = new Set(live.map((m) => lower(m.user)));
  return declared.every((m) => users.has(lower(m.user)));
}

function membersAfterApply(d: Department, o: MemberOutcome, live: readonly Member[]): Member[] {
  const liveUsers = new Set(live.map((m) => lower(m.user)));
  const declared = new Set(d.members.map((m) => lower(m.user)));
  const present = d.members.filter((m) => liveUsers.has(lower(m.user)) || o.added(m.user));
  const kept = live.filter((m) => !declared.has(lower(m.user)) && !o.removed(m.user));
  return [...present, ...kept];
}

/**
 * `outcome`: the plan's member outcome of a declared department (undefined: members not planned, the declared
 * ones stand). `liveUsers`: every live user as read, ignored ones included, for the hours of users org.yaml
 * does not declare.
 */
export function afterApply(desired: CoverageInput, outcome: (department: string) => MemberOutcome | undefined, liveUsers: Iterable<User>): AfterApply {
  const changed: string[] = [];
  const departments = desired.departments.map((d) => {
    const o = outcome(d.name);
    if (o === undefined || o.live === null || sameUsers(d.members, o.live)) return d;
    const members = membersAfterApply(d, o, o.live);
    if (members.length === d.members.length && members.every((m, i) => m === d.members[i])) return d;
    changed.push(d.name);
    return { ...d, members };
  });
  const users = withUsersOf(desired.users, needed(departments, changed), liveUsers);
  if (changed.length === 0 && users === desired.users) return { input: desired, changed };
  return { input: { ...desired, departments, users }, changed };
}

/** Emails coverage looks up beyond the declared members of unchanged departments: changed members, failover users. */
function needed(departments: readonly Department[], changed: readonly string[]): Map<string, string> {
  const emails = new Map<string, string>();
  const names = new Set(changed);
  for (const d of departments) {
    if (names.has(d.name)) for (const m of d.members) emails.set(lower(m.user), m.user);
    if (d.failover?.type === 'user' && d.failover.target) emails.set(lower(d.failover.target), d.failover.target);
  }
  return emails;
}

/**
 * The desired users, plus the live user of each needed email org.yaml does not declare (an ignored or unmanaged
 * user apply leaves as it is), under the spelling coverage looks it up by. The same array when none is missing.
 */
function withUsersOf(users: readonly User[], emails: Map<string, string>, liveUsers: Iterable<User>): readonly User[] {
  for (const u of users) {
    if (emails.size === 0) return users;
    emails.delete(keyOf(u.email));
  }
  if (emails.size === 0) return users;
  const added: User[] = [];
  for (const u of liveUsers) {
    const key = keyOf(u.email);
    const spelling = emails.get(key);
    if (spelling === undefined) continue;
    added.push(spelling === u.email ? u : { ...u, email: spelling });
    emails.delete(key);
    if (emails.size === 0) break;
  }
  return added.length === 0 ? users : [...users, ...added];
}
