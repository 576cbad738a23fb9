/**
 * The normalised organisation: what config produces from org.yaml (defaults filled, every field present)
 * and what providers return from `read()`. The "as written" type is `WrittenOrg`, generated from
 * schemas/org.schema.json into src/config/written.generated.ts; the two are kept apart on purpose
 * (docs/design.md#written-and-normalised-types): nothing downstream of config ever sees an optional field.
 */

import { VENDORS, type VendorType } from './vendors.js';

export type ProviderType = VendorType;
export const PROVIDER_TYPES: readonly ProviderType[] = VENDORS.map((v) => v.type);

export type BuiltinRole = 'agent' | 'supervisor' | 'manager' | 'admin' | 'owner';
export const BUILTIN_ROLES: readonly BuiltinRole[] = ['agent', 'supervisor', 'manager', 'admin', 'owner'];

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export type ExtensionType = 'web' | 'sip' | 'sip-tls';
export type UserStatus = 'active' | 'disabled';
export type InvitePolicy = 'auto' | 'never';
export type Routing = 'simultaneous' | 'round-robin' | 'serial' | 'longest-idle' | 'balanced';
export type FailoverType = 'voicemail' | 'user' | 'department' | 'external' | 'hangup';
/** Whose call records (CDR) and reports a user sees in the panel: everyone's, or these users' (emails; [] = no one else's). */
export type ReportsOf = 'all' | string[];

/** Vendor-specific fields, by provider type; each provider checks its own. */
export type VendorFields = Partial<Record<ProviderType, Record<string, unknown>>>;

/** Where credentials come from. Only names and paths: never a secret value. */
export interface CredentialSource {
  tokenEnv: string | null;
  usernameEnv: string | null;
  passwordEnv: string | null;
  clientIdEnv: string | null;
  clientSecretEnv: string | null;
  /** As written; relative to `ProviderConfig.baseDir`. */
  file: string | null;
}

export interface ProviderConfig {
  type: ProviderType;
  /** API base URL, or for the sandbox the path of its state file; null = provider default. */
  endpoint: string | null;
  domain: string | null;
  credentials: CredentialSource;
  /** `provider.vendor[type]` as written; checked by the provider. */
  vendor: Record<string, unknown>;
  /** `provider.limits` as written (null fields: the vendor's default pace); absent = none written. */
  limits?: ProviderLimits;
  /** The folder of org.yaml: relative paths (sandbox state file, seed, credentials file) resolve against it. */
  baseDir: string;
}

/** How fast to talk to the vendor (src/providers/pace.ts); null = the provider's default for its vendor. */
export interface ProviderLimits {
  /** Requests per second. */
  rate: number | null;
  concurrency: number | null;
}

export interface IgnoreRule {
  email: string | null;
  extension: string | null;
  name: string | null;
}

export type Collection = 'users' | 'extensions' | 'departments' | 'members' | 'schedules' | 'roles';

export interface Guards {
  /** null: no absolute limit. */
  maxDeletes: number | null;
  /** Default 30 (octoDNS's MAX_SAFE_DELETE_PCENT), checked for collections with at least 10 live objects. */
  maxDeletePercent: number;
  protectedUsers: string[];
}

/** How validate reports a kind of coverage finding (RF320–RF322). */
export type CoverageLevel = 'warning' | 'error' | 'off';

export interface CoverageSettings {
  nobodyAvailable: CoverageLevel;
  singleAgent: CoverageLevel;
  failover: CoverageLevel;
  /** By department name: one level for every coverage finding of that department. */
  departments: Record<string, CoverageLevel>;
}

export interface Settings {
  timezone: string;
  extensionRanges: Array<{ from: string; to: string }>;
  prune: Record<Collection, boolean>;
  ignore: IgnoreRule[];
  guards: Guards;
  invites: InvitePolicy;
  coverage: CoverageSettings;
}

export interface Role {
  name: string;
  base: BuiltinRole;
  description: string | null;
  permissions: Record<string, boolean>;
  vendor: VendorFields;
}

export interface DateOverride {
  date: string;
  slots: string[];
}

export interface Holiday {
  date: string;
  name: string | null;
}

export interface Schedule {
  name: string;
  timezone: string;
  /** Every weekday present; an empty list means closed. Slots sorted, "HH:MM-HH:MM". */
  weekly: Record<Weekday, string[]>;
  holidays: Holiday[];
  overrides: DateOverride[];
  vendor: VendorFields;
}

export interface Device {
  mac: string;
  model: string | null;
}

export interface Extension {
  number: string;
  type: ExtensionType;
  forceLogin: boolean;
  callerId: string | null;
  device: Device | null;
  vendor: VendorFields;
}

/** A forwarding target: an E.164 number or `voicemail` (the user's own box). */
export type ForwardTarget = string;

export interface NoAnswerForward {
  to: ForwardTarget;
  /** Seconds of ringing before the call is forwarded. */
  after: number;
}

/** One set of forwards; null: that forward is off. */
export interface ForwardRules {
  always: ForwardTarget | null;
  busy: ForwardTarget | null;
  noAnswer: NoAnswerForward | null;
  unregistered: ForwardTarget | null;
}

/** A user's call forwarding: the rules outside any listed schedule, then per schedule (first match first). */
export interface Forwarding extends ForwardRules {
  schedules: Array<ForwardRules & { schedule: string }>;
}

export type VoicemailEmail = 'attach' | 'notify' | 'none';

/**
 * Where a secret comes from (never its value). `{ set: true }` is what a provider reads back: the vendor holds
 * a secret ringform does not read (the planner compares it by presence only: model/fields.ts `writeOnly`).
 */
export type SecretRef = { env: string } | { credential: string } | { set: true };

export interface Voicemail {
  enabled: boolean;
  email: VoicemailEmail;
  /** null: no PIN declared (or none on the vendor). */
  pin: SecretRef | null;
}

export function noForwarding(): Forwarding {
  return { always: null, busy: null, noAnswer: null, unregistered: null, schedules: [] };
}

export function defaultVoicemail(): Voicemail {
  return { enabled: true, email: 'none', pin: null };
}

export interface User {
  email: string;
  name: string;
  phone: string | null;
  extension: string | null;
  /** Built-in role name or custom role name. */
  role: string;
  panelAccess: boolean;
  status: UserStatus;
  /** 'always', 'never', or a schedule name. */
  receiveCalls: string;
  /** null: no forward at all (`forwarding: {}`, or left out: then unmanaged, and a create sets none). */
  forwarding: Forwarding | null;
  /** null: not declared (unmanaged; a create sends nothing) or, read back, a vendor that cannot read voicemail. */
  voicemail: Voicemail | null;
  invite: InvitePolicy;
  previously: string[];
  /**
   * Web-login and agent details (issue 19 item 3; README "Web login and agent details"). Smartflo has each;
   * other vendors refuse them at validate time (model/vendor-constraints/web-login.ts).
   * The panel login id; null: the vendor's default (Smartflo: the email).
   */
  loginId: string | null;
  /** Calls reach the user only while they are signed in to the panel. */
  loginBasedCalling: boolean;
  /** Numbers (E.164) the user may call out as; [] = the vendor's default. */
  callerIds: string[];
  /** Agent groups the user's agent belongs to, by name. */
  agentGroups: string[];
  /** Whose call records and reports the user sees; default `all` (Smartflo's documented sample user has it [I]). */
  reportsOf: ReportsOf;
  /** IP addresses the user may sign in to the panel from; [] = any. */
  allowedIps: string[];
  vendor: VendorFields;
}

export interface Member {
  /** The member's email. */
  user: string;
  /** 1 rings first; defaults to the position in the list. */
  priority: number;
}

export interface Failover {
  type: FailoverType;
  target: string | null;
}

export interface Department {
  name: string;
  extension: string | null;
  manager: string | null;
  routing: Routing;
  ringTimeout: number;
  stickyAgent: boolean;
  hours: string | null;
  failover: Failover | null;
  /** In ring order; a user's `departments` have been merged in. */
  members: Member[];
  vendor: VendorFields;
}

/** The kinds org.yaml declares objects of, each named by a key (model/fields.ts KEY_FIELD). */
export type DeclaredKind = 'user' | 'extension' | 'department' | 'schedule' | 'role';

/**
 * Per declared kind, by object key (a user's lower-cased email, an extension's number, a name): the fields
 * org.yaml leaves out that the field catalogue treats as unmanaged when unset. The normalised object still
 * holds the default (a create needs a value); the planner takes the live value instead (plan/adopt.ts).
 * An object with every field managed has no entry.
 */
export type UnsetFields = Record<DeclaredKind, Record<string, string[]>>;

export function allManaged(): UnsetFields {
  return { user: {}, extension: {}, department: {}, schedule: {}, role: {} };
}

/** The unset fields of one object; none when it has no entry. */
export function unsetOf(unset: UnsetFields, kind: DeclaredKind, key: string): readonly string[] {
  const table = unset[kind];
  return Object.hasOwn(table, key) ? table[key]! : [];
}

export interface Org {
  provider: ProviderConfig;
  settings: Settings;
  roles: Role[];
  schedules: Schedule[];
  extensions: Extension[];
  users: User[];
  departments: Department[];
  unset: UnsetFields;
}
