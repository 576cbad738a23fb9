/**
 * The field catalogue: one row per field of each kind, typed against the model so that adding a field to
 * `User` (or any kind) fails to compile until it has a row here. Everything the rest of ringform knows
 * about a field in general lives in its row; what a vendor can do with it lives in that vendor's capability
 * table (src/model/capabilities.ts), which is keyed by the compared fields derived from here.
 *
 * Derived from this table (never kept by hand elsewhere): the fields the planner compares and how
 * (plan/fields.ts), what a create carries, which fields are unmanaged when org.yaml leaves them out
 * (config/normalise.ts records them, plan/adopt.ts takes the live value), the fields shown for a delete
 * (render/fields.ts), the fields that can be cleared for a moment to break an extension swap (plan/moves.ts),
 * what `import` writes (import/written.ts), and the "when unset" column of the README's field reference.
 */
import type { ResourceKind } from './address.js';
import type { Department, Extension, Member, Role, Schedule, User } from './org.js';

/**
 * - `identity`: names the object (compared, shown for a delete, never unset);
 * - `state`: a value the vendor holds, compared by the planner;
 * - `steering`: tells the planner what to do (invites, renames), not state; never compared, never created;
 * - `children`: objects of their own kind (a department's members are `member` resources);
 * - `vendor`: vendor-specific settings, checked by each provider, not compared here.
 */
export type FieldRole = 'identity' | 'state' | 'steering' | 'children' | 'vendor';

/** How two values of a compared field are compared (always canonically: key order never matters). */
export type Comparison = 'value' | 'case-insensitive' | 'unordered';

/**
 * What a state field means when org.yaml leaves it out:
 * - `unmanaged`: nothing. The planner takes the live value, so the field is never diffed; a create still
 *   carries the default shown in the model (the vendor needs some value), and the plan shows it.
 * - `owned`: the default is ringform's own decision and is planned toward, as if written.
 * - `required`: the schema requires the field; it is never unset.
 */
export type WhenUnset = 'unmanaged' | 'owned' | 'required';

/** What `import` writes for the field. */
export type Imported = 'always' | 'unless-default' | 'never';

export interface FieldSpec {
  role: FieldRole;
  compare?: Comparison;
  whenUnset?: WhenUnset;
  /** Shown for a delete: enough to recognise the object. */
  identifying?: boolean;
  /** Can be set to null for a moment, to let go of what it names (an extension swap, a deleted manager). */
  clearable?: boolean;
  imported: Imported;
  /** An identity that can change in place (a user's email, through `previously`): vendors say whether they can. */
  renamable?: boolean;
  /** Why the row is what it is, when the choice is not obvious; shown in the README field reference. */
  note?: string;
  /**
   * Keys of an object-valued field that hold a secret reference (e.g. voicemail `pin`): the vendor is written
   * the secret but never read it back, so the planner compares them by presence only, and only when org.yaml
   * names one (plan/fields.ts). Changing the secret itself plans nothing.
   */
  writeOnly?: readonly string[];
  /** A desired null means "nothing declared": never compared, never planned (voicemail: the vendor's own settings stand). */
  nullIsUnmanaged?: boolean;
}

type Spec<R extends FieldRole> = FieldSpec & { role: R };

const identity = (extra: Partial<FieldSpec> = {}): Spec<'identity'> => ({ compare: 'value', whenUnset: 'required', identifying: true, imported: 'always', ...extra, role: 'identity' });
const state = (whenUnset: WhenUnset, extra: Partial<FieldSpec> = {}): Spec<'state'> => ({ compare: 'value', imported: 'unless-default', ...extra, whenUnset, role: 'state' });
const steering = (imported: Imported = 'never'): Spec<'steering'> => ({ role: 'steering', imported });
const vendor: Spec<'vendor'> = { role: 'vendor', imported: 'unless-default' };

export const USER_FIELDS = {
  email: identity({ compare: 'case-insensitive', renamable: true }),
  name: state('required', { identifying: true, imported: 'always' }),
  phone: state('unmanaged'),
  extension: state('unmanaged', { identifying: true, clearable: true }),
  role: state('unmanaged', {
    imported: 'always',
    note: 'import writes it even when it is agent, so that a promotion made in the panel shows as drift',
  }),
  panelAccess: state('unmanaged'),
  status: state('unmanaged'),
  receiveCalls: state('unmanaged', { note: 'left out, call hours stay as the vendor has them' }),
  forwarding: state('unmanaged', { note: 'left out, the vendor\'s forwarding stays as it is; `{}` turns every forward off' }),
  voicemail: state('unmanaged', {
    writeOnly: ['pin'],
    nullIsUnmanaged: true,
    note: 'left out, voicemail stays as the vendor has it; the PIN is compared by presence only (it is never read back)',
  }),
  invite: steering('unless-default'),
  previously: steering(),
  loginId: state('unmanaged', { note: 'Smartflo only; left out, a new user signs in with the email' }),
  loginBasedCalling: state('unmanaged'),
  callerIds: state('unmanaged', { compare: 'unordered' }),
  agentGroups: state('unmanaged', { compare: 'unordered' }),
  reportsOf: state('unmanaged', { compare: 'unordered' }),
  allowedIps: state('unmanaged', { compare: 'unordered' }),
  vendor,
} satisfies Record<keyof User, FieldSpec>;

export const EXTENSION_FIELDS = {
  number: identity(),
  type: state('unmanaged'),
  forceLogin: state('unmanaged'),
  callerId: state('unmanaged'),
  device: state('unmanaged'),
  vendor,
} satisfies Record<keyof Extension, FieldSpec>;

export const DEPARTMENT_FIELDS = {
  name: identity(),
  extension: state('unmanaged', { identifying: true, clearable: true }),
  manager: state('unmanaged', { clearable: true }),
  routing: state('unmanaged'),
  ringTimeout: state('unmanaged'),
  stickyAgent: state('unmanaged'),
  hours: state('unmanaged', { clearable: true }),
  failover: state('unmanaged', { clearable: true }),
  members: { role: 'children' as const, imported: 'unless-default', note: 'members are `member` objects of their own (prune.members, on by default)' },
  vendor,
} satisfies Record<keyof Department, FieldSpec>;

export const SCHEDULE_FIELDS = {
  name: identity(),
  timezone: state('owned', { note: 'hours have no meaning without a time zone: left out, it is settings.timezone' }),
  weekly: state('unmanaged', { note: 'a schedule with only a name refers to hours kept in the vendor panel' }),
  holidays: state('unmanaged', { compare: 'unordered' }),
  overrides: state('unmanaged', { compare: 'unordered' }),
  vendor,
} satisfies Record<keyof Schedule, FieldSpec>;

export const ROLE_FIELDS = {
  name: identity(),
  base: state('required'),
  description: state('unmanaged'),
  permissions: state('unmanaged'),
  vendor,
} satisfies Record<keyof Role, FieldSpec>;

export const MEMBER_FIELDS = {
  user: identity({ compare: 'case-insensitive' }),
  priority: state('owned', { note: 'left out, it is the position in the list: the list order is the ring order' }),
} satisfies Record<keyof Member, FieldSpec>;

export const FIELD_CATALOGUE = {
  user: USER_FIELDS,
  extension: EXTENSION_FIELDS,
  department: DEPARTMENT_FIELDS,
  schedule: SCHEDULE_FIELDS,
  role: ROLE_FIELDS,
  member: MEMBER_FIELDS,
} as const satisfies Record<ResourceKind, Record<string, FieldSpec>>;

type Catalogue = typeof FIELD_CATALOGUE;

/**
 * The fields the planner compares, and so the fields each vendor's capability table must give a row
 * (model/capabilities.ts): every state field, and the user's email, the one identity that can change in
 * place (through `previously`). Other identities never differ within a pair (pairing is by them).
 */
export type ComparedField<K extends ResourceKind> = {
  [F in keyof Catalogue[K]]: Catalogue[K][F] extends { role: 'state' } ? F : F extends 'email' ? (K extends 'user' ? F : never) : never;
}[keyof Catalogue[K]] &
  string;

/** The model object of each kind. */
export interface ModelOf {
  user: User;
  extension: Extension;
  department: Department;
  schedule: Schedule;
  role: Role;
  member: Member;
}

/** Fields that steer the planner or are objects of their own: a create does not carry them. */
export type NonStateField<K extends ResourceKind> = {
  [F in keyof Catalogue[K]]: Catalogue[K][F] extends { role: 'steering' | 'children' } ? F : never;
}[keyof Catalogue[K]];

/** What a create, update or replace action carries for an object of kind K (plan/fields.ts createdRecord). */
export type Carried<K extends ResourceKind> = Omit<ModelOf[K], NonStateField<K>>;

const entries = (kind: ResourceKind): Array<[string, FieldSpec]> => Object.entries(FIELD_CATALOGUE[kind]);
const fieldsWhere = (kind: ResourceKind, test: (spec: FieldSpec) => boolean): string[] =>
  entries(kind)
    .filter(([, spec]) => test(spec))
    .map(([field]) => field);

export function specOf(kind: ResourceKind, field: string): FieldSpec | undefined {
  return (FIELD_CATALOGUE[kind] as Record<string, FieldSpec>)[field];
}

export function comparedFields<K extends ResourceKind>(kind: K): ComparedField<K>[] {
  return fieldsWhere(kind, (s) => s.role === 'state' || s.renamable === true) as ComparedField<K>[];
}

/** Fields that a create does not carry: they steer the planner or are objects of their own. */
export function nonStateFields(kind: ResourceKind): string[] {
  return fieldsWhere(kind, (s) => s.role === 'steering' || s.role === 'children');
}

export function unmanagedWhenUnset(kind: ResourceKind): string[] {
  return fieldsWhere(kind, (s) => s.whenUnset === 'unmanaged');
}

export function identifyingFields(kind: Exclude<ResourceKind, 'member'>): string[] {
  return fieldsWhere(kind, (s) => s.identifying === true);
}

export function clearableFields(kind: ResourceKind): string[] {
  return fieldsWhere(kind, (s) => s.clearable === true);
}

/** The org.yaml collection that holds each declared kind. */
export const COLLECTION_OF_KIND = {
  user: 'users',
  extension: 'extensions',
  department: 'departments',
  schedule: 'schedules',
  role: 'roles',
} as const satisfies Record<Exclude<ResourceKind, 'member'>, string>;

/** The key that names an object of each declared kind (users by email, extensions by number, ...). */
export const KEY_FIELD = {
  user: 'email',
  extension: 'number',
  department: 'name',
  schedule: 'name',
  role: 'name',
} as const satisfies Record<Exclude<ResourceKind, 'member'>, string>;
