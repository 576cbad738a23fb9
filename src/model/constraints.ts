/**
 * What a vendor will refuse, as data, next to what it can do (capabilities.ts): required fields, value domains,
 * cross-field rules and facts of the account that only a live read knows. Each constraint has its own stable
 * RF4xx code, a fix, and its evidence (a source, or an assumption said as such; docs/vendors/*.md).
 *
 * Two scopes (docs: README "Blocking diagnostics"):
 * - `declared`: true of every user org.yaml declares for the vendor, whatever the live state. `validate` checks
 *   it offline (provider.type is in org.yaml) on the values as written, with their position; `plan` checks it
 *   again on each user it creates or updates (after unset fields took the live value).
 * - `create`: only a user the plan creates must satisfy it (a user that exists keeps what it has: an unset
 *   phone is the live one), and it may need account facts (the numbers of the account). `plan` checks it.
 * - `change`: a user the plan creates, or updates with a new value of `field` (a value the user already has is
 *   kept as it is: an existing NetSapiens owner stays one). `plan` checks it.
 *
 * A violation is a blocking diagnostic of the plan (plan/blocking.ts): the plan is shown, apply is refused.
 * The tables are per vendor in model/vendor-constraints/ so that config (validate) and plan both read them
 * without importing a provider.
 */
import type { Org, ProviderType, User } from './org.js';

/** Where the fact comes from. `emulator` says how the vendor's emulator in this repository behaves. */
export type ConstraintEvidence =
  | { source: string; emulator: string }
  /** Not documented: ringform assumes it (the emulator follows the assumption). */
  | { assumption: string; emulator: string };

/** Facts of the vendor account a live read knows (absent offline, and for what the vendor's API does not show). */
export interface AccountFacts {
  /** The account's own phone numbers (Smartflo `GET /v1/my_number`): caller ids of new users are chosen among them. */
  numbers?: Array<{ id: string; e164: string | null }>;
  /** Seats (licences) in use, and the limit where it is known. */
  seats?: SeatFacts;
  /**
   * Names of schedules the read can tell exist although their kind cannot be listed (Smartflo time groups a user
   * already has, or ones named in provider.vendor.smartflo.timeGroupIds): an action needing one does not wait.
   */
  knownSchedules?: string[];
  /**
   * Names of the roles a user create or a role change can name (Smartflo: `GET /v1/roles`, else the roles some
   * user holds, with provider.vendor.smartflo.roleIds): the list apply resolves `role` against.
   */
  roles?: string[];
  /**
   * Smartflo: when the account lists its roles (GET /v1/roles), the role ids it lists and the ones org.yaml
   * names (provider.vendor.smartflo.roleIds) that it does not: a role resolving to one of those is refused.
   */
  roleIds?: { listed: Array<{ name: string; id: number }>; unknown: Array<{ name: string; id: number }> };
  /**
   * Every live user's login id as the vendor holds it (Smartflo `login_id` of GET /v1/users), with the user's
   * email: a create or login-id change must not take one of them.
   */
  logins?: Array<{ email: string; loginId: string }>;
}

export interface SeatFacts {
  /** Seats in use as read. */
  used: number;
  /** The account's limit: null when no API shows it and org.yaml does not state it. */
  limit: number | null;
  /** What takes a seat, in the vendor's words, and where the limit came from. */
  what: string;
  limitSource: string;
  /** Whether a user created through the API takes a seat even without panel access. */
  everyCreateTakesASeat: boolean;
}

export interface Violation {
  message: string;
  /** A fix more specific than the constraint's own hint. */
  fix?: string;
  /** The fix belongs under `provider:` (an account-wide setting), not on the user. */
  atProvider?: true;
  /** The field to point at when it is not the constraint's own (one constraint covering several fields). */
  field?: keyof User & string;
  /** Keys under `field` to point at when written (`['smartflo', 'agent_group']` under `vendor`). */
  subpath?: string[];
}

export interface ConstraintContext {
  org: Org;
  /** Absent offline (validate): a constraint that needs it is then not checked. */
  account?: AccountFacts;
}

export interface UserConstraint {
  code: string;
  name: string;
  vendor: ProviderType;
  scope: 'declared' | 'create' | 'change';
  /** The field whose org.yaml position the diagnostic points at (the user entry when it is not written). */
  field: keyof User & string;
  /**
   * `change` scope: other fields whose change also sends the vendor the checked value (Smartflo: an email change
   * moves a login id that is the email, so RF467 runs on it too). A change of `field` or of any of these applies.
   */
  alsoOnChangeOf?: ReadonlyArray<keyof User & string>;
  /** One sentence: what the vendor refuses. */
  meaning: string;
  /** The default fix. */
  hint: string;
  evidence: ConstraintEvidence;
  /** null when the user satisfies it. */
  check(user: User, ctx: ConstraintContext): Violation | null;
  /**
   * What the check could not decide for lack of a fact (nothing lists it): the values sent unchecked, and why.
   * The plan lists them as unverified, so a pass is never silent.
   */
  unchecked?: { why: string; values(user: User, ctx: ConstraintContext): string[] };
}

export function defineConstraint(c: UserConstraint): UserConstraint {
  return c;
}

export function sourceOf(evidence: ConstraintEvidence): string {
  return 'source' in evidence ? evidence.source : `assumption: ${evidence.assumption}`;
}
