/**
 * NetSapiens v2 wire objects ↔ ringform's neutral records. Pure: no I/O. Field names are the spec's
 * hyphenated v2 names (specs/netsapiens-api-v2.openapi.json); `[I]` marks an inferred choice.
 * Unknown response fields are ignored; what the read keeps of the vendor object (kept-fields.ts) travels as `raw`.
 */
import { RingformError } from '../../errors.js';
import { noVendorFields } from '../../model/shared-empty.js';
import type { InviteStatus } from '../../model/live.js';
import { WEEKDAYS, type BuiltinRole, type Extension, type Routing, type Weekday } from '../../model/org.js';

export type Wire = Record<string, unknown>;

export const str = (w: Wire, key: string): string => (typeof w[key] === 'string' ? (w[key] as string) : w[key] == null ? '' : String(w[key]));
export const yes = (value: unknown): boolean => value === 'yes' || value === true;
export const yesNo = (value: boolean): 'yes' | 'no' => (value ? 'yes' : 'no');

// ── users ────────────────────────────────────────────────────────────────────────────────────────

/** `service-code` values starting `system-` are hidden system users, e.g. a call queue's backing user (docs/vendors/netsapiens.md#system-users). */
export function isSystemUser(user: Wire): boolean {
  return str(user, 'service-code').startsWith('system-');
}

/** SPEC-DEFECTS D1: the address is `email-address` on the wire [I], `email` in the spec's User schema. Read both. */
export function emailOf(user: Wire): string {
  return str(user, 'email-address') || str(user, 'email');
}

/** Split on the last space: "Mary Jane Watson" → "Mary Jane" + "Watson"; a single word is the first name, last name empty. */
export function splitName(name: string): { first: string; last: string } {
  const i = name.lastIndexOf(' ');
  return i < 0 ? { first: name, last: '' } : { first: name.slice(0, i), last: name.slice(i + 1) };
}

export function joinName(user: Wire): string {
  return [str(user, 'name-first-name'), str(user, 'name-last-name')].filter((p) => p !== '').join(' ');
}

export const NO_PORTAL = 'No Portal';
const OWNER_SCOPES = ['Reseller', 'Super User'];
const SCOPE_OF_ROLE: Record<Exclude<BuiltinRole, 'owner'>, string> = {
  agent: 'Call Center Agent',
  supervisor: 'Call Center Supervisor',
  manager: 'Site Manager',
  admin: 'Office Manager',
};
const ROLE_OF_SCOPE: Record<string, BuiltinRole> = {
  'Call Center Supervisor': 'supervisor',
  'Site Manager': 'manager',
  'Office Manager': 'admin',
  Reseller: 'owner',
  'Super User': 'owner',
};

/** Every other scope (Basic/Simple/Advanced User, Call Center Agent, NDP, No Portal) reads as agent, so a live org converges. */
export function roleOfScope(scope: string): BuiltinRole {
  return ROLE_OF_SCOPE[scope] ?? 'agent';
}

export function isOwnerScope(scope: string): boolean {
  return OWNER_SCOPES.includes(scope);
}

/**
 * The scope for a role and panel access. "No Portal" carries no role, so a user without panel access
 * must be an agent (it reads back as one). Owner scopes (Reseller, Super User) are never granted.
 */
export function scopeFor(role: string, panelAccess: boolean, who: string): string {
  if (!panelAccess) {
    if (role !== 'agent') {
      throw new RingformError(`${who}: on NetSapiens a user without panel access has user-scope "No Portal", which carries no role; use role agent or give panel access`);
    }
    return NO_PORTAL;
  }
  if (role === 'owner') throw new RingformError(`${who}: ringform does not grant the owner scopes (Reseller, Super User) on NetSapiens; do that in the portal`);
  const scope = SCOPE_OF_ROLE[role as keyof typeof SCOPE_OF_ROLE];
  if (!scope) throw new RingformError(`${who}: role ${JSON.stringify(role)} is a custom role; NetSapiens has only its fixed user scopes`);
  return scope;
}

/**
 * `account-status`: standard → accepted; new, reset, pwd reset → pending [I]. No portal → no invite. A `new`
 * account's invite is pending since the user was created (`created-datetime` [S: spec, read-only]) [I].
 */
export function inviteSinceOf(user: Wire): string | undefined {
  const created = str(user, 'created-datetime');
  return str(user, 'account-status') === 'new' && str(user, 'user-scope') !== NO_PORTAL && created !== '' ? created : undefined;
}

export function inviteStatusOf(user: Wire): InviteStatus {
  if (str(user, 'user-scope') === NO_PORTAL) return 'none';
  const status = str(user, 'account-status');
  if (status === 'standard') return 'accepted';
  return ['new', 'reset', 'pwd reset'].includes(status) ? 'pending' : 'none';
}

// ── extensions (devices) ─────────────────────────────────────────────────────────────────────────

/** The neutral extension N is user N's device named N; no such device means a web (softphone-less) extension. */
export function extensionOf(number: string, device: Wire | null, owner: Wire | null): Extension {
  const mac = device ? str(device, 'device-provisioning-mac-address') : '';
  const model = device ? str(device, 'device-models-model') : '';
  const type = !device ? 'web' : str(device, 'device-provisioning-sip-transport-protocol') === 'tls' ? 'sip-tls' : 'sip';
  return {
    number,
    type,
    forceLogin: false,
    callerId: (owner && str(owner, 'caller-id-number')) || null,
    device: mac ? { mac, model: model || null } : null,
    vendor: noVendorFields(),
  };
}

/** Device fields for a sip/sip-tls extension. An empty MAC/model clears the link [I]. */
export function deviceBody(ext: Pick<Extension, 'type' | 'device'>): Wire {
  return {
    'device-provisioning-sip-transport-protocol': ext.type === 'sip-tls' ? 'tls' : 'udp',
    'device-provisioning-mac-address': ext.device?.mac ?? '',
    'device-models-model': ext.device?.model ?? '',
  };
}

// ── departments (call queues) ────────────────────────────────────────────────────────────────────

/**
 * `callqueue-dispatch-type`; the spec's enum descriptions give the internal values [S]: Round-robin =
 * 1stAvail (the longest-idle available agent [I]), Tiered Round-robin = RoundRobin, Ring All = SRing,
 * Linear Hunt = Linear, Linear Cascade = SRingOrdered. `balanced` has no counterpart.
 */
const DISPATCH_OF: Record<Exclude<Routing, 'balanced'>, string> = {
  simultaneous: 'Ring All',
  'round-robin': 'Tiered Round-robin',
  serial: 'Linear Hunt',
  'longest-idle': 'Round-robin',
};
/** Read leniently: Linear Cascade rings in order (as serial), Call Park and unknown values as simultaneous. */
const ROUTING_OF: Record<string, Routing> = {
  'Ring All': 'simultaneous',
  'Tiered Round-robin': 'round-robin',
  'Linear Hunt': 'serial',
  'Linear Cascade': 'serial',
  'Round-robin': 'longest-idle',
};

export function dispatchTypeFor(routing: string, who: string): string {
  const type = DISPATCH_OF[routing as keyof typeof DISPATCH_OF];
  if (!type) throw new RingformError(`${who}: NetSapiens call queues have no dispatch type for routing ${JSON.stringify(routing)}`);
  return type;
}

export function routingOf(queue: Wire): Routing {
  return ROUTING_OF[str(queue, 'callqueue-dispatch-type')] ?? 'simultaneous';
}

export function agentId(extension: string, domain: string): string {
  return `${extension}@${domain}`;
}

/** The user extension of a user agent (`user@domain`); null for device agents (`sip:…`) or another domain. */
export function agentExtension(agent: Wire, domain: string): string | null {
  const m = /^([^:@]+)@(.+)$/.exec(str(agent, 'callqueue-agent-id'));
  return m && m[2] === domain ? m[1]! : null;
}

// ── schedules (timeframes) ───────────────────────────────────────────────────────────────────────

const DAY_NAME: Record<Weekday, string> = {
  mon: 'monday', tue: 'tuesday', wed: 'wednesday', thu: 'thursday', fri: 'friday', sat: 'saturday', sun: 'sunday',
};
const key = (day: Weekday, edge: 'begin' | 'end', n: 1 | 2) => `timeframe-weekly-${DAY_NAME[day]}-${edge}-time-${n}`;
const toHhmm = (hm: string) => hm.replace(':', '');
const fromHhmm = (hhmm: string) => `${hhmm.slice(0, 2)}:${hhmm.slice(2, 4)}`;

/**
 * One TimeframeDOW entry holds two periods per day. The recurrence fields are required by the spec;
 * "weekly" with no end is a plain weekly schedule, the custom-recurrence fields are left empty as the
 * spec's own example does [I].
 */
export function dowEntry(weekly: Record<Weekday, string[]>, who: string): Wire {
  const entry: Wire = {
    'timeframe-recurrence-type': 'weekly',
    'timeframe-recurrence-begin-date': '',
    'timeframe-recurrence-custom-interval': '',
    'timeframe-recurrence-custom-interval-count': '',
    'timeframe-recurrence-custom-interval-option': '',
    'timeframe-recurrence-end-option': 'never',
    'timeframe-recurrence-end-date': '',
  };
  for (const day of WEEKDAYS) {
    const slots = weekly[day] ?? [];
    if (slots.length > 2) throw new RingformError(`${who}: a NetSapiens days-of-week timeframe holds at most two periods per day (${day} has ${slots.length})`);
    for (const n of [1, 2] as const) {
      const [from = '', to = ''] = slots[n - 1]?.split('-') ?? [];
      entry[key(day, 'begin', n)] = toHhmm(from);
      entry[key(day, 'end', n)] = toHhmm(to);
    }
  }
  return entry;
}

export function weeklyOf(timeframe: Wire): Record<Weekday, string[]> {
  const entries = Array.isArray(timeframe['timeframe-days-of-week-array']) ? (timeframe['timeframe-days-of-week-array'] as Wire[]) : [];
  const weekly = Object.fromEntries(WEEKDAYS.map((d) => [d, [] as string[]])) as Record<Weekday, string[]>;
  for (const entry of entries) {
    for (const day of WEEKDAYS) {
      for (const n of [1, 2] as const) {
        const begin = str(entry, key(day, 'begin', n));
        const end = str(entry, key(day, 'end', n));
        if (/^\d{4}$/.test(begin) && /^\d{4}$/.test(end)) weekly[day].push(`${fromHhmm(begin)}-${fromHhmm(end)}`);
      }
    }
  }
  for (const day of WEEKDAYS) weekly[day].sort();
  return weekly;
}

// ── receiveCalls (answer rules) ──────────────────────────────────────────────────────────────────

/** The default answer rule's time frame: "Default time frame is named *" [S: spec, answerrules reorder]. */
export const DEFAULT_TIMEFRAME = '*';
const FEATURES = [
  'simultaneous-ring', 'do-not-disturb', 'forward-always', 'forward-on-active', 'forward-on-busy', 'forward-no-answer',
  'forward-when-unregistered', 'forward-on-dnd', 'forward-on-spam-call', 'call-screening', 'phone-numbers-to-allow',
  'phone-numbers-to-reject',
];

const featureOn = (rule: Wire, feature: string) => yes((rule[feature] as Wire | undefined)?.enabled);
export const isEnabled = (rule: Wire) => rule.enabled !== 'no';

/** The default rule with do-not-disturb on: calls outside any other rule are not received. */
export function isDndDefault(rule: Wire): boolean {
  return str(rule, 'time-frame') === DEFAULT_TIMEFRAME && isEnabled(rule) && featureOn(rule, 'do-not-disturb');
}

/** An enabled rule on a named time frame with no feature on: calls ring the user normally in that time frame. */
export function isPlainRule(rule: Wire): boolean {
  return str(rule, 'time-frame') !== DEFAULT_TIMEFRAME && isEnabled(rule) && !FEATURES.some((f) => featureOn(rule, f));
}

/**
 * receiveCalls from a user's answer rules: no do-not-disturb default rule → 'always'; with one, the
 * first plain rule's time frame (a schedule name) or else 'never'. Other rules (forwarding…) are left
 * alone and do not count.
 */
export function receiveCallsOf(rules: Wire[]): string {
  if (!rules.some(isDndDefault)) return 'always';
  const ordered = [...rules].sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0));
  const open = ordered.find(isPlainRule);
  return open ? str(open, 'time-frame') : 'never';
}
