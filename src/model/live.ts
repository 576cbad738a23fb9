/**
 * Live state as a provider reads it: the same neutral records as the desired org, each wrapped with the
 * vendor's id and, optionally, the vendor's own object (docs/design.md#the-vendor-object-travels-with-the-record:
 * "keep the vendor object alongside the normalised one"), so that apply needs no second lookup.
 */
import type { AccountFacts } from './constraints.js';
import type { DeclaredKind, Department, Extension, Role, Schedule, User } from './org.js';

/**
 * A user's panel invite as the vendor shows it: never invited, pending, accepted, or `unknown` where the vendor's
 * API does not show it (Smartflo has no invitation; MyOperator's "Pending Invite" is not in its public API): the
 * plan reports those as unverified and never plans an invite for them.
 */
export type InviteStatus = 'none' | 'pending' | 'accepted' | 'unknown';

export interface Live<T> {
  /** The vendor's id for the object (NetSapiens: the extension; Smartflo: an integer id; ...). */
  id: string;
  data: T;
  /** The vendor object as read, for providers that need more than the id. Never rendered. */
  raw?: unknown;
  /**
   * Fields of this object the read did not fetch because the plan cannot use them (ReadContext.scope):
   * they hold a placeholder, and the planner never compares them, shows them in a delete or trusts them
   * for coverage. `members` for a department whose agents were not read.
   */
  unread?: readonly string[];
}

export interface LiveUser extends Live<User> {
  /** Whether the user was invited to the panel and accepted. */
  inviteStatus: InviteStatus;
  /** Since when the invite has been pending (ISO 8601), where the vendor shows it. */
  inviteSince?: string;
}

export interface LiveOrg {
  roles: Live<Role>[];
  schedules: Live<Schedule>[];
  extensions: Live<Extension>[];
  users: LiveUser[];
  departments: Live<Department>[];
  /** What the read noticed but could set right (e.g. a record listed twice, identically); shown before the plan. */
  warnings?: string[];
  /**
   * Fields this read could not see (the vendor's answer did not carry them): the planner reports each once
   * as unverified and never diffs it, so nothing is guessed and no update repeats for ever. A create still
   * sends the declared value.
   */
  unreadable?: UnreadableField[];
  /** Facts of the account beyond its objects (numbers, seats), for the vendor constraints (model/constraints.ts). */
  account?: AccountFacts;
  /**
   * Kinds whose objects the read shows only while they have members (Squaretalk: a group appears in the Users
   * export through its users). A declared one with no members cannot be seen: its create is a checklist step
   * ("check it is set up"), not a change that would be planned again on every run.
   */
  hiddenWhenEmpty?: Array<{ resource: 'department'; why: string }>;
}

export interface UnreadableField {
  resource: DeclaredKind;
  field: string;
  why: string;
  /** Only these objects (by key: a department's name, ...); absent: every object of the kind. */
  keys?: string[];
  /**
   * Departments: unreadable only while they have no members. One org.yaml declares with members is compared
   * (the vendor shows the value once members are added): the plan sends the declared value with them.
   */
  whileEmpty?: boolean;
}

export function emptyLiveOrg(): LiveOrg {
  return { roles: [], schedules: [], extensions: [], users: [], departments: [] };
}
