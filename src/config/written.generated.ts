/* Generated from schemas/org.schema.json by `npm run gen`. Do not edit; a test fails when stale. */

/**
 * How validate reports a coverage finding: `warning` (default), `error` (validate and plan fail) or `off`.
 */
export type CoverageLevel = 'warning' | 'error' | 'off';
/**
 * A built-in role every vendor maps to its own: agent (takes calls), supervisor (monitors agents), manager (manages departments), admin (manages the organisation), owner (the account owner).
 */
export type BuiltinRole = 'agent' | 'supervisor' | 'manager' | 'admin' | 'owner';
/**
 * One open time slot, HH:MM-HH:MM in 24-hour time (24:00 allowed as an end).
 */
export type Slot = string;
/**
 * Time slots in one day, HH:MM-HH:MM, end after start, not overlapping.
 */
export type Slots = Slot[];
/**
 * An extension number: 2 to 8 digits, written as a string so leading zeros survive.
 */
export type ExtensionNumber = string;
/**
 * Where a forwarded call goes: an E.164 number (+ country code, no spaces) or `voicemail` (the user's own voicemail box).
 */
export type ForwardTarget = string;
/**
 * A department member: a user's email, or an object with the email and a priority (1 rings first).
 */
export type Member =
  | UserRef
  | {
      user: UserRef;
      /**
       * Ring priority, lowest first (1 first; 0 is accepted because some vendors count from 0, e.g. NetSapiens agent ordinals). Default: the position in the list.
       */
      priority?: number;
    };
/**
 * A user, by email.
 */
export type UserRef = string;

/**
 * A cloud-telephony organisation as code: the users, extensions, roles, departments (queues) and call-receiving schedules that ringform reconciles against a vendor.
 */
export interface WrittenOrg {
  /**
   * Version of the org.yaml format. Only 1 exists today.
   */
  version: 1;
  provider: Provider;
  settings?: Settings;
  /**
   * Custom roles, each derived from a built-in role with permission switches. Built-in roles (agent, supervisor, manager, admin, owner) need no declaration.
   */
  roles?: Role[];
  /**
   * Named call-receiving hours: weekly time slots in an IANA timezone, with holidays and specific-date overrides. Referenced by users (receiveCalls) and departments (hours).
   */
  schedules?: Schedule[];
  /**
   * Extensions with settings beyond the defaults. An extension a user names but that is not listed here is created with the defaults (type web, no force login).
   */
  extensions?: Extension[];
  /**
   * The people of the organisation, identified by email.
   */
  users?: User[];
  /**
   * Departments, also called queues, hunt groups or call groups: a number that rings a set of users by a routing strategy.
   */
  departments?: Department[];
}
/**
 * The vendor that holds the live organisation, and how to reach it. Never put a secret here: name where the secret comes from.
 */
export interface Provider {
  /**
   * The vendor. `sandbox` is the embedded local provider (state in a JSON file; no network, no credentials).
   */
  type: 'sandbox' | 'netsapiens' | 'smartflo' | 'myoperator' | 'squaretalk';
  /**
   * Base URL of the vendor API. Each provider has a default where the vendor has one host. For the sandbox, the path of its state file (default .ringform/sandbox.json).
   */
  endpoint?: string;
  /**
   * The account, tenant or domain inside the vendor (NetSapiens domain, Smartflo account, MyOperator company).
   */
  domain?: string;
  credentials?: Credentials;
  limits?: Limits;
  vendor?: VendorFields;
}
/**
 * Where credentials come from: names of environment variables, or a file. Secret values are never written in org.yaml.
 */
export interface Credentials {
  /**
   * Name of the environment variable holding an API token or key.
   */
  tokenEnv?: string;
  /**
   * Name of the environment variable holding the login name, for vendors that log in with a username and password.
   */
  usernameEnv?: string;
  /**
   * Name of the environment variable holding the password for a username/password login.
   */
  passwordEnv?: string;
  /**
   * Name of the environment variable holding an OAuth2 client id (NetSapiens password grant).
   */
  clientIdEnv?: string;
  /**
   * Name of the environment variable holding an OAuth2 client secret.
   */
  clientSecretEnv?: string;
  /**
   * Path of a JSON file holding credentials (keys token, username, password, clientId, clientSecret), relative to org.yaml. Keep it out of version control.
   */
  file?: string;
}
/**
 * How fast ringform talks to the vendor. Unset: the provider's default for its vendor (README, Pacing: NetSapiens 10/s, Smartflo 3/s, MyOperator 20 a minute). `--rate` on the command line overrides `rate`. Ignored by providers that make no HTTP calls (sandbox, squaretalk).
 */
export interface Limits {
  /**
   * Requests per second, from 0.01 (one every 100 s) to 1000; 0.5 is one every 2 s.
   */
  rate?: number;
  /**
   * Requests in flight at once, from 1 to 64.
   */
  concurrency?: number;
}
/**
 * Vendor-specific fields the neutral model does not cover, by provider type. Checked by that provider; ignored by the others.
 */
export interface VendorFields {
  /**
   * Fields for the sandbox provider.
   */
  sandbox?: {};
  /**
   * NetSapiens fields, with the API's own names.
   */
  netsapiens?: {};
  /**
   * Smartflo fields, with the API's own names.
   */
  smartflo?: {};
  /**
   * MyOperator fields, with the API's own names.
   */
  myoperator?: {};
  /**
   * Squaretalk panel fields.
   */
  squaretalk?: {};
}
/**
 * Organisation-wide defaults, safety rails and rules for objects ringform must leave alone.
 */
export interface Settings {
  /**
   * Default IANA timezone for schedules that do not name one. Default UTC.
   */
  timezone?: string;
  /**
   * Ranges that every extension (of users, of departments and under `extensions`) must fall in, as FROM-TO (inclusive, FROM <= TO, same number of digits). None given: any extension is allowed.
   *
   * Items: An inclusive extension range FROM-TO.
   */
  extensionRanges?: string[];
  prune?: Prune;
  /**
   * Live objects matched by any rule are left alone: never updated, never deleted, counted as unmanaged.
   */
  ignore?: IgnoreRule[];
  guards?: Guards;
  /**
   * Default invite policy for users with panel access: `auto` sends one invite to a user who has not accepted one, `never` sends none. Default auto.
   */
  invites?: 'auto' | 'never';
  coverage?: Coverage;
}
/**
 * Whether live objects absent from org.yaml are deleted, per collection. The default is false for every collection: absent objects are left alone and counted as unmanaged.
 */
export interface Prune {
  /**
   * Delete live users absent from org.yaml.
   */
  users?: boolean;
  /**
   * Delete live extensions absent from org.yaml and not used by a user.
   */
  extensions?: boolean;
  /**
   * Delete live departments absent from org.yaml.
   */
  departments?: boolean;
  /**
   * Remove live department members absent from the department's members in org.yaml. Default true, unlike the others: a department's member list is owned by the department that declares it.
   */
  members?: boolean;
  /**
   * Delete live schedules absent from org.yaml.
   */
  schedules?: boolean;
  /**
   * Delete live custom roles absent from org.yaml.
   */
  roles?: boolean;
}
/**
 * A rule matching live objects to leave alone. Globs use * and ?; all fields given must match.
 */
export interface IgnoreRule {
  /**
   * Glob on a user's email.
   */
  email?: string;
  /**
   * Glob on a user's, extension's or department's extension number.
   */
  extension?: string;
  /**
   * Glob on a user's, department's, schedule's or role's name.
   */
  name?: string;
}
/**
 * Safety rails checked on every plan. Exceeding a limit stops the plan unless --force is given; protections cannot be forced.
 */
export interface Guards {
  /**
   * The most objects a plan may delete (or replace) without --force. Default: no absolute limit.
   */
  maxDeletes?: number;
  /**
   * The largest share of the live objects of one collection a plan may delete without --force, in percent. Default 30. Only checked when that collection has at least 10 live objects; deleting all or nearly all of any collection needs --force at any size, whatever this says (README, Guards).
   */
  maxDeletePercent?: number;
  /**
   * Emails of users that must never be deleted, disabled or demoted by a plan (account owners, break-glass admins). Cannot be overridden by --force.
   *
   * Items: A protected user's email.
   */
  protectedUsers?: string[];
}
/**
 * How validate reports coverage: open hours in which nobody can take calls (RF320), only one member can (RF321), or callers fall through to failover (RF322). Each kind defaults to `warning`; `departments` sets one level for every finding of a department.
 */
export interface Coverage {
  /**
   * RF320: open, nobody available, and no failover answers. Default warning.
   */
  nobodyAvailable?: 'warning' | 'error' | 'off';
  /**
   * RF321: open with exactly one member available. Default warning.
   */
  singleAgent?: 'warning' | 'error' | 'off';
  /**
   * RF322: open, nobody available, callers fall through to a failover that answers. Default warning.
   */
  failover?: 'warning' | 'error' | 'off';
  /**
   * By department name, a level for all of that department's coverage findings (overrides the three above).
   */
  departments?: {
    [k: string]: CoverageLevel;
  };
}
/**
 * A custom role: a built-in base role with permission switches turned on or off.
 */
export interface Role {
  /**
   * Name of the role, used by users' `role`. Must not be the name of a built-in role.
   */
  name: string;
  base: BuiltinRole;
  /**
   * What the role is for.
   */
  description?: string;
  /**
   * Permission switches on top of the base role, by name (camelCase). Which names a vendor knows is checked by its provider.
   */
  permissions?: {
    [k: string]: boolean;
  };
  vendor?: VendorFields;
}
/**
 * Call-receiving hours. Outside the slots, calls are not offered (departments use their failover).
 */
export interface Schedule {
  /**
   * Name of the schedule, used by `receiveCalls` and `hours`.
   */
  name: string;
  /**
   * IANA timezone the slots are in. Defaults to settings.timezone.
   */
  timezone?: string;
  weekly?: Weekly;
  /**
   * Dates on which the schedule is closed all day.
   */
  holidays?: Holiday[];
  /**
   * Dates with their own slots instead of the weekly ones (an empty list closes the day).
   */
  overrides?: DateOverride[];
  vendor?: VendorFields;
}
/**
 * Open time slots per weekday, each HH:MM-HH:MM in 24-hour time. A day not listed is closed.
 */
export interface Weekly {
  mon?: Slots;
  tue?: Slots;
  wed?: Slots;
  thu?: Slots;
  fri?: Slots;
  sat?: Slots;
  sun?: Slots;
}
/**
 * A date on which the schedule is closed.
 */
export interface Holiday {
  /**
   * The date, YYYY-MM-DD.
   */
  date: string;
  /**
   * What the holiday is.
   */
  name?: string;
}
/**
 * A date with its own slots.
 */
export interface DateOverride {
  /**
   * The date, YYYY-MM-DD.
   */
  date: string;
  slots: Slots;
}
/**
 * A phone extension and how it connects.
 */
export interface Extension {
  number: ExtensionNumber;
  /**
   * How calls reach it: `web` (browser dashboard only), `sip` (softphone or IP phone), `sip-tls` (SIP over TLS). Default web.
   */
  type?: 'web' | 'sip' | 'sip-tls';
  /**
   * Calls ring only while the user is logged in to the dashboard. Default false.
   */
  forceLogin?: boolean;
  /**
   * Outbound caller id, E.164.
   */
  callerId?: string;
  device?: Device;
  vendor?: VendorFields;
}
/**
 * A desk phone provisioned for the extension.
 */
export interface Device {
  /**
   * MAC address, six hex pairs separated by colons.
   */
  mac: string;
  /**
   * Phone model as the vendor names it.
   */
  model?: string;
}
/**
 * A person: panel login, extension, role, call-receiving hours and departments.
 */
export interface User {
  /**
   * The user's identity and login. To change it, put the old one under `previously`.
   */
  email: string;
  /**
   * Full name as shown in the panel and caller id.
   */
  name: string;
  /**
   * Mobile or direct number, E.164 (+ country code, no spaces).
   */
  phone?: string;
  extension?: ExtensionNumber;
  /**
   * A built-in role (agent, supervisor, manager, admin, owner) or the name of a custom role declared under `roles`. Default agent.
   */
  role?: string;
  /**
   * true: a pro user who logs in to the panel (and is invited); false: call-only. Default true.
   */
  panelAccess?: boolean;
  /**
   * active or disabled (kept, but cannot log in or take calls). Default active.
   */
  status?: 'active' | 'disabled';
  /**
   * When the user takes calls: `always`, `never`, or the name of a schedule. Default always.
   */
  receiveCalls?: string;
  forwarding?: Forwarding;
  voicemail?: Voicemail;
  /**
   * Departments this user is a member of, by name. Adds the user at the end of each department's member list unless the department lists them itself.
   *
   * Items: A department name.
   */
  departments?: string[];
  /**
   * Invite policy for this user, overriding settings.invites. Default: settings.invites.
   */
  invite?: 'auto' | 'never';
  /**
   * Earlier emails of this user, so that an email change is planned as an update, not a delete and a create.
   *
   * Items: An earlier email.
   */
  previously?: string[];
  /**
   * The id the user signs in to the panel with, at least 6 characters (Smartflo's Login ID). Left out: unmanaged; a new user signs in with the email. Smartflo only.
   */
  loginId?: string;
  /**
   * Calls reach the user only while signed in to the panel (Smartflo's Login Based Calling). Left out: unmanaged. Smartflo only.
   */
  loginBasedCalling?: boolean;
  /**
   * Numbers of the account the user may call out as (Smartflo's Allowed Caller IDs), E.164; the first is the extension's caller id. Left out: unmanaged (a new Smartflo user gets provider.vendor.smartflo.caller_id or the account's only number). Smartflo only.
   *
   * @minItems 1
   *
   * Items: A number of the account, E.164.
   */
  callerIds?: [string, ...string[]];
  /**
   * Agent groups the user's agent belongs to, by name as the panel shows them (Smartflo's Agent Group). Left out: unmanaged. Smartflo only.
   *
   * Items: An agent group's name.
   */
  agentGroups?: string[];
  /**
   * Whose call records (CDR) and reports the user sees in the panel: `all`, or a list of users by email ([] for no one else's). Smartflo's Users for CDR/Reports. Left out: unmanaged. Smartflo only.
   */
  reportsOf?: 'all' | string[];
  /**
   * IP addresses the user may sign in to the panel from ([] or left out of a new user: any). Smartflo's Allowed IPs, which no public API sets: the plan makes it a panel step. Left out: unmanaged. Smartflo only.
   *
   * Items: An IPv4 or IPv6 address, optionally with a /prefix.
   */
  allowedIps?: string[];
  vendor?: VendorFields;
}
/**
 * Call forwarding: where the user's calls go always, when busy, when not answered, or when no phone is connected; each target a number or `voicemail`. `schedules` gives other forwarding while a schedule is open (the first listed open schedule wins). Left out, the vendor's forwarding is left as it is; written, it is the whole forwarding (`forwarding: {}` turns every forward off).
 */
export interface Forwarding {
  /**
   * Forward every call; the user's phones do not ring.
   */
  always?: string;
  /**
   * Forward calls that arrive while the user is on a call.
   */
  busy?: string;
  noAnswer?: NoAnswerForward;
  /**
   * Where a forwarded call goes: an E.164 number (+ country code, no spaces) or `voicemail` (the user's own voicemail box).
   */
  unregistered?: string;
  /**
   * Forwarding by schedule, first match first: while a listed schedule is open, its forwarding applies instead of the one above. A schedule appears at most once.
   */
  schedules?: ScheduledForwarding[];
}
/**
 * Forward a call the user does not answer: where to, and after how many seconds of ringing.
 */
export interface NoAnswerForward {
  to: ForwardTarget;
  /**
   * Seconds the user's phones ring before the call is forwarded, 5 to 300. Default 20.
   */
  after?: number;
}
/**
 * Forwarding that applies while a schedule is open, instead of the user's other forwarding: the schedule and at least one forward.
 */
export interface ScheduledForwarding {
  /**
   * The name of a schedule under `schedules`.
   */
  schedule: string;
  /**
   * Where a forwarded call goes: an E.164 number (+ country code, no spaces) or `voicemail` (the user's own voicemail box).
   */
  always?: string;
  /**
   * Where a forwarded call goes: an E.164 number (+ country code, no spaces) or `voicemail` (the user's own voicemail box).
   */
  busy?: string;
  noAnswer?: NoAnswerForward;
  /**
   * Where a forwarded call goes: an E.164 number (+ country code, no spaces) or `voicemail` (the user's own voicemail box).
   */
  unregistered?: string;
}
/**
 * The user's voicemail box. Left out, the vendor's voicemail settings are left as they are.
 */
export interface Voicemail {
  /**
   * Whether the user has a voicemail box. Default true.
   */
  enabled?: boolean;
  /**
   * Email on a new message: `attach` (the recording attached), `notify` (a notice with a link, no recording) or `none`. Default none.
   */
  email?: 'attach' | 'notify' | 'none';
  /**
   * The voicemail PIN (4 to 10 digits), from an environment variable or the credentials file; never written in org.yaml. ringform sets it and never reads it back: see README, Voicemail PIN.
   */
  pin?:
    | {
        /**
         * Name of the environment variable holding the secret.
         */
        env: string;
      }
    | {
        /**
         * Key of the credentials file (provider.credentials.file) holding the secret.
         */
        credential: string;
      };
}
/**
 * A department (queue, hunt group): an extension that rings its members by a routing strategy.
 */
export interface Department {
  /**
   * Name of the department, its identity. At most 30 characters (the tightest vendor limit).
   */
  name: string;
  extension?: ExtensionNumber;
  /**
   * The department manager, by email.
   */
  manager?: string;
  /**
   * How calls are offered: simultaneous (ring all), round-robin, serial (in member order, a.k.a. linear), longest-idle, or balanced (fewest calls). Default simultaneous.
   */
  routing?: 'simultaneous' | 'round-robin' | 'serial' | 'longest-idle' | 'balanced';
  /**
   * Seconds a call rings a member before moving on. Default 25.
   */
  ringTimeout?: number;
  /**
   * Send a returning caller to the member who last spoke to them. Default false.
   */
  stickyAgent?: boolean;
  /**
   * Schedule during which the department takes calls (name). Default: always open.
   */
  hours?: string;
  failover?: Failover;
  /**
   * Members in ring order.
   */
  members?: Member[];
  vendor?: VendorFields;
}
/**
 * Where unanswered or out-of-hours calls go.
 */
export interface Failover {
  /**
   * voicemail, user (by email), department (by name), external (an E.164 number) or hangup.
   */
  type: 'voicemail' | 'user' | 'department' | 'external' | 'hangup';
  /**
   * The email, department name or E.164 number; none for voicemail and hangup.
   */
  target?: string;
}
