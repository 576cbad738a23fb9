/**
 * What coverage needs from an organisation, from either side of a plan: the desired Org (config) or the
 * live org a provider read. Hours a file leaves unmanaged ("unset means unmanaged", CONTRIBUTING.md) are
 * unknown to validate: a member whose `receiveCalls` is left out is assumed available (the coverage is then marked as depending on
 * unmanaged hours) rather than reported as a gap nobody declared.
 */
import type { LiveOrg } from '../model/live.js';
import { unsetOf, type Department, type Org, type Schedule, type User } from '../model/org.js';

export interface CoverageInput {
  schedules: readonly Schedule[];
  users: readonly User[];
  departments: readonly Department[];
  /** The zone of a department with no `hours` (open always): settings.timezone. */
  timezone: string;
  /** Emails of users whose `receiveCalls` org.yaml leaves unmanaged. */
  unmanagedHours: ReadonlySet<string>;
}

/**
 * Only `receiveCalls` makes hours unknown. A left-out `status` is unmanaged too, but nearly every file leaves it
 * out and the vendor default is active: marking every such member "not managed" would hide the real unknowns.
 */
const HOURS_FIELDS = ['receiveCalls'];

export function coverageInputOf(org: Org): CoverageInput {
  const unmanaged = org.users
    .filter((u) => unsetOf(org.unset, 'user', u.email).some((f) => HOURS_FIELDS.includes(f)))
    .map((u) => u.email);
  return {
    schedules: org.schedules,
    users: org.users,
    departments: org.departments,
    timezone: org.settings.timezone,
    unmanagedHours: new Set(unmanaged),
  };
}

/** Live state has every field as the vendor holds it: nothing is unknown. */
export function coverageInputOfLive(live: LiveOrg, timezone: string): CoverageInput {
  return {
    schedules: live.schedules.map((s) => s.data),
    users: live.users.map((u) => u.data),
    departments: live.departments.map((d) => d.data),
    timezone,
    unmanagedHours: new Set(),
  };
}
