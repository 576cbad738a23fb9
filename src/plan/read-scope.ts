/**
 * The read scope: what of the live org a plan can use, so that a provider reads per-object detail only
 * for that (issue "read only what org.yaml manages"). A listing of a kind is always read whole (the
 * plan needs every object's identity to pair, count, prune and ignore); what costs a request per object
 * (a NetSapiens user's answer rules, a call queue's agents) is read only when the plan can use it.
 *
 * Not read means not compared: a provider marks each field it skips on the live object (`Live.unread`),
 * and the planner never diffs it (adopt.ts takes the live placeholder as for a field org.yaml leaves
 * out), never shows it in a delete, and counts its hours as assumed in coverage.
 *
 * Decisions:
 * - A declared user's field is needed when org.yaml manages it (not in `Org.unset`), and also when the
 *   declared extension differs from the live one: on vendors that re-create a user to change its number,
 *   the re-create must carry the live value of an unmanaged field.
 * - An undeclared user's fields are needed only with `prune.users` on (it becomes a delete, whose record
 *   the plan shows in full). With prune off it still counts as unmanaged, from the listing alone.
 * - A department's members are needed when it is declared, when `prune.departments` is on (a delete shows
 *   them), and, for every department, when `prune.users` is on and some live user is neither declared
 *   nor ignored (the plan deletes it, and a deleted user leaves every department first, members.ts).
 * - Objects matched by `settings.ignore` (or declared objects the rules match) need nothing.
 *
 * Per vendor: NetSapiens uses it (answer rules, agents). Smartflo's per-user read is the user's detail,
 * which carries the email the list lacks: without it no user can be paired, so it is not scoped. MyOperator
 * and the sandbox read everything in their listings; there is nothing per object to skip.
 */
import { matchesRule } from './ignore.js';
import { unsetOf, type Org } from '../model/org.js';

/** A live user as the listing shows it, before any per-user read. */
export interface ListedUser {
  email: string;
  extension: string | null;
  name: string;
}

/** A live department as the listing shows it, before its members are read. */
export interface ListedDepartment {
  name: string;
  extension: string | null;
}

export interface ReadScope {
  /** Whether the plan can use `field` of this live user (so the provider must read it). */
  userField(user: ListedUser, field: string): boolean;
  /**
   * Whether the plan can use this live department's members. `users`: every live user the listing
   * showed (with prune.users on, one the plan may delete must first leave every department).
   */
  members(department: ListedDepartment, users: readonly ListedUser[]): boolean;
}

/** Everything: what import and drift read (no org.yaml decides for them). */
export const READ_EVERYTHING: ReadScope = { userField: () => true, members: () => true };

export function readScopeOf(org: Org): ReadScope {
  const { prune, ignore } = org.settings;
  const ignored = (o: { email?: string | null; extension?: string | null; name?: string | null }) => ignore.some((r) => matchesRule(r, o));
  const declaredUsers = new Map<string, Org['users'][number]>();
  // A rename: the live user still has an old email. The new one wins over an old one another user had.
  for (const u of org.users) for (const e of u.previously) declaredUsers.set(e.toLowerCase(), u);
  for (const u of org.users) declaredUsers.set(u.email.toLowerCase(), u);
  const declaredDepartments = new Map(org.departments.map((d) => [d.name, d]));
  const deleted = new WeakMap<readonly ListedUser[], boolean>();
  /** prune.users on and a live user neither declared nor ignored: the plan deletes it. */
  const deletesUsers = (users: readonly ListedUser[]): boolean => {
    if (!prune.users) return false;
    let found = deleted.get(users);
    // Stryker disable next-line ConditionalExpression: a cache: computing the answer again gives the same answer
    if (found === undefined) deleted.set(users, (found = users.some((u) => !ignored(u) && !declaredUsers.has(u.email.toLowerCase()))));
    return found;
  };

  return {
    userField(user, field) {
      if (ignored(user)) return false;
      const declared = declaredUsers.get(user.email.toLowerCase());
      if (!declared) return prune.users;
      if (ignored(declared)) return false;
      const unset = unsetOf(org.unset, 'user', declared.email);
      if (!unset.includes(field)) return true;
      return !unset.includes('extension') && declared.extension !== user.extension;
    },
    members(department, users) {
      if (ignored(department)) return false;
      const declared = declaredDepartments.get(department.name);
      if (declared && ignored(declared)) return false;
      return declared !== undefined || prune.departments || deletesUsers(users);
    },
  };
}
