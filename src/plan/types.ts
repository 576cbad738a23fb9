/**
 * The Plan is plain, versioned data (docs/design.md#plan-as-data,
 * docs/design.md#closed-change-kinds-with-reasons): it can be printed, saved, hashed and
 * executed without re-deciding anything. Its JSON form is described by schemas/plan.schema.json, and a
 * test validates emitted plans against that schema.
 *
 * Change kinds are a closed set; every switch over `Action['kind']` must be exhaustive.
 */
import type { CoverageChange } from '../coverage/compare.js';
import type { FlowDepartment } from '../coverage/flow.js';
import type { ResourceKind } from '../model/address.js';
import type { ProviderType } from '../model/org.js';

export const PLAN_FORMAT = 'ringform-plan';
export const PLAN_VERSION = 1;

export type ActionKind =
  | 'create'
  | 'update'
  | 'delete'
  | 'replace'
  | 'invite'
  | 'cancel-invite'
  | 'add-member'
  | 'remove-member'
  | 'manual';

/** Order used for summaries and legends. */
export const ACTION_KINDS: readonly ActionKind[] = [
  'create',
  'update',
  'replace',
  'delete',
  'invite',
  'cancel-invite',
  'add-member',
  'remove-member',
  'manual',
];

export type Record_ = Record<string, unknown>;

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

interface ActionBase {
  /** Unique within the plan; `dependsOn` refers to these. */
  id: string;
  resource: ResourceKind;
  /** e.g. `user["priya@example.com"]`, `member["Sales"]["priya@example.com"]`. */
  address: string;
  /** Why this action is in the plan, in words a reviewer understands. */
  reason: string;
  /** Ids of actions that must succeed first. */
  dependsOn: string[];
  /** The vendor's id of the live object, when there is one. */
  vendorId: string | null;
}

export interface CreateAction extends ActionBase {
  kind: 'create';
  after: Record_;
}

/**
 * Member actions on a vendor whose ring order is positions (Capabilities.ringOrderIsPosition): the department's
 * declared members, by email, in ring order. The provider places them so, and the members org.yaml does not
 * declare (unmanaged, or agents the read cannot name) after them, so that one apply lands what the plan shows.
 */
interface RingOrdered {
  ringOrder?: string[];
}

export interface UpdateAction extends ActionBase, RingOrdered {
  kind: 'update';
  /** Only the changed fields. */
  changes: FieldChange[];
  /** The whole object before and after, for vendors that update by whole-object PUT. */
  before: Record_;
  after: Record_;
}

export interface DeleteAction extends ActionBase {
  kind: 'delete';
  before: Record_;
}

export interface ReplaceAction extends ActionBase {
  kind: 'replace';
  changes: FieldChange[];
  /** The fields the vendor cannot change in place, which force the replace. */
  replaceFields: string[];
  before: Record_;
  after: Record_;
}

export interface InviteAction extends ActionBase {
  kind: 'invite';
  resource: 'user';
  email: string;
  name: string;
}

export interface CancelInviteAction extends ActionBase {
  kind: 'cancel-invite';
  resource: 'user';
  email: string;
}

export interface MemberAction extends ActionBase, RingOrdered {
  kind: 'add-member' | 'remove-member';
  resource: 'member';
  department: string;
  user: string;
  priority: number;
}

/** Something ringform cannot do through the vendor's API: a person does it, following `steps`. */
export interface ManualAction extends ActionBase {
  kind: 'manual';
  /** What would have been done had the API allowed it. */
  intent: Exclude<ActionKind, 'manual'>;
  why: string;
  steps: string[];
  changes: FieldChange[];
}

export type Action =
  | CreateAction
  | UpdateAction
  | DeleteAction
  | ReplaceAction
  | InviteAction
  | CancelInviteAction
  | MemberAction
  | ManualAction;

export interface UnmanagedObject {
  address: string;
  reason: 'ignored' | 'not-declared';
}

/** A part of the org the provider cannot read: its diff would be invented, so it is not planned. */
export interface Unverified {
  resource: ResourceKind;
  /** Set when one field of the kind could not be read (the rest was). */
  field?: string;
  why: string;
  /**
   * Objects that exist and whose org.yaml entry sets this field: their value is not compared (never a change,
   * never "in sync"), so the plan names them (plan/unverified.ts declaredButUnread).
   */
  declared?: string[];
}

/**
 * A user's panel invite where it is worth a look (plan/invite-states.ts): pending (since when, if the vendor
 * shows it), or never invited although the user has panel access. Accepted invites are not listed.
 */
export interface InviteState {
  address: string;
  state: 'pending' | 'never invited';
  /** ISO 8601, when the vendor shows when the invite was sent. */
  since?: string;
}

export type GuardCode = 'max-deletes' | 'max-delete-percent' | 'nearly-all' | 'protected-user';

export interface GuardViolation {
  code: GuardCode;
  message: string;
  /** true: --force overrides it; false: a protection, never overridden. */
  forceable: boolean;
  addresses: string[];
}

/**
 * Something the vendor will refuse (a vendor constraint, model/constraints.ts): the plan is shown but cannot be
 * applied, and a saved plan that has one is refused. Fix org.yaml at `position` and plan again.
 */
export interface Blocking {
  /** RF4xx, in the README's error table. */
  code: string;
  message: string;
  fix: string;
  /** The object the plan would have sent, e.g. `user["priya@example.com"]`. */
  address: string;
  /** Where the vendor fact comes from, or `assumption: …`. */
  source: string;
  /** Where org.yaml declares it, when the plan came from a file. */
  position?: { file: string; line: number; column: number };
}

/** Seats of the account: in use before the plan and after it (model/constraints.ts SeatFacts). */
export interface SeatChange {
  before: number;
  after: number;
  /** null: no vendor API shows it and org.yaml does not state it. */
  limit: number | null;
  what: string;
  limitSource: string;
}

export interface Plan {
  format: typeof PLAN_FORMAT;
  version: typeof PLAN_VERSION;
  provider: { type: ProviderType; target: string | null };
  /** In execution order: every action comes after its dependencies. */
  actions: Action[];
  unmanaged: UnmanagedObject[];
  unverified: Unverified[];
  guards: GuardViolation[];
  /** Present only when there is one: what the vendor will refuse. A plan with any cannot be applied. */
  blocking?: Blocking[];
  /** Present only when the provider reads seats and the plan changes them, or they are over the limit. */
  seats?: SeatChange;
  /** Present only when some declared user's invite is pending or was never sent (issue 19 item 4). */
  invites?: InviteState[];
  warnings: string[];
  /** How the change alters who can answer when (present only when it does): src/coverage/compare.ts. */
  coverage?: CoverageChange[];
  /** The call flow of the departments the change touches (and their failover targets), as desired; for diagrams. */
  flow?: FlowDepartment[];
  /** sha256 of the canonical JSON of the normalised desired org and of the live org the plan saw. */
  checksums: { desired: string; live: string };
}

export interface PlanOptions {
  /** Re-send invites that are pending. */
  resendInvites: boolean;
  /** Only these addresses (and what they depend on) are planned; empty = everything. */
  targets: string[];
  /** The week whose coverage is compared (YYYY-MM-DD; the CLI passes today). Default: COVERAGE_DEFAULT_WEEK. */
  coverageFrom?: string;
}

/** A fixed week when no date is given, so a plan stays a pure function of its inputs. */
export const COVERAGE_DEFAULT_WEEK = '2026-01-05';

export const DEFAULT_PLAN_OPTIONS: PlanOptions = { resendInvites: false, targets: [] };
