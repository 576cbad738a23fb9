/**
 * Live state → org.yaml as a person would write it: the inverse of config/normalise.ts. Only fields that
 * differ from their default are written (so `normalise(toWritten(live))` reads back the same state),
 * objects are sorted by their identity (emails, numbers, names) so a re-import diffs cleanly, and nothing
 * vendor-internal is kept: no vendor ids, no raw objects, no secrets (the live model holds none).
 *
 * Decisions:
 * - settings.timezone is the most common schedule timezone (UTC when there is none or on a tie with UTC);
 *   schedules in that timezone omit theirs.
 * - An extension is listed under `extensions` when it differs from the defaults (web, no force login, no
 *   caller id, no device) or when no user or department holds it (otherwise it would not be declared at all).
 * - A user with panel access who was never invited gets `invite: never`, so importing and planning sends
 *   no invite nobody asked for; change it to `auto` (or delete the line) to invite them.
 * - What is written per field follows the field catalogue (model/fields.ts `imported`): a user's role is
 *   written even when it is `agent`, so that a promotion made in the panel shows as drift.
 * - Department members are written in priority order; a member's priority is written only when it is not
 *   its position in the list.
 */
import type { Live, LiveOrg, LiveUser } from '../model/live.js';
import { WEEKDAYS, type Department, type Extension, type ForwardRules, type Forwarding, type Role, type Schedule, type User, type Voicemail } from '../model/org.js';
import { isEmptyForwarding, targetsOf } from '../model/forwarding.js';
import { DEFAULT_NO_ANSWER_SECONDS } from '../config/normalise.js';
import type * as W from '../config/written.generated.js';
import type { ResourceKind } from '../model/address.js';
import { FIELD_CATALOGUE, specOf } from '../model/fields.js';

const DEFAULT_TIMEZONE = 'UTC';

/** A user role org.yaml cannot name (import/index.ts): left out, so the field stays unmanaged. Never a valid role name. */
export const UNMANAGED_ROLE = 'Unmanaged Role';

type Plain = Record<string, unknown>;

/** Copies the entries whose value is not `undefined`, in the order given. */
function defined(entries: Plain): Plain {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));
}

/** What import writes for a field, as the field catalogue says: always, unless it is the default, or never. */
function write<K extends ResourceKind>(kind: K, field: keyof (typeof FIELD_CATALOGUE)[K] & string, value: unknown, isDefault: boolean): unknown {
  const how = specOf(kind, field)?.imported ?? 'unless-default';
  return how === 'always' ? value : how === 'unless-default' && !isDefault ? value : undefined;
}
const unless = <T>(value: T, isDefault: boolean): T | undefined => (isDefault ? undefined : value);
const nonNull = <T>(value: T | null): T | undefined => (value === null ? undefined : value);
const nonEmpty = <T extends object>(value: T): T | undefined => (Object.keys(value).length === 0 ? undefined : value);
const listed = (values: string[]): string[] | undefined => (values.length === 0 ? undefined : [...values]);
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sortedBy = <T>(items: T[], key: (t: T) => string): T[] => [...items].sort((a, b) => byText(key(a), key(b)));

export function commonTimezone(schedules: Schedule[]): string {
  const counts = new Map<string, number>();
  for (const s of schedules) counts.set(s.timezone, (counts.get(s.timezone) ?? 0) + 1);
  let best = DEFAULT_TIMEZONE;
  for (const [tz, n] of [...counts].sort(([a], [b]) => byText(a, b))) if (n > (counts.get(best) ?? 0)) best = tz;
  return best;
}

function role(r: Role): Plain {
  return defined({
    name: r.name,
    base: r.base,
    description: nonNull(r.description),
    permissions: nonEmpty(r.permissions),
    vendor: nonEmpty(r.vendor),
  });
}

function schedule(s: Schedule, timezone: string): Plain {
  const weekly = Object.fromEntries(WEEKDAYS.filter((d) => s.weekly[d].length > 0).map((d) => [d, s.weekly[d]]));
  return defined({
    name: s.name,
    timezone: unless(s.timezone, s.timezone === timezone),
    weekly: nonEmpty(weekly),
    holidays: s.holidays.length > 0 ? s.holidays.map((h) => defined({ date: h.date, name: nonNull(h.name) })) : undefined,
    overrides: s.overrides.length > 0 ? s.overrides.map((o) => ({ date: o.date, slots: o.slots })) : undefined,
    vendor: nonEmpty(s.vendor),
  });
}

function isDefaultExtension(e: Extension): boolean {
  return e.type === 'web' && !e.forceLogin && e.callerId === null && e.device === null && Object.keys(e.vendor).length === 0;
}

function extension(e: Extension): Plain {
  return defined({
    number: e.number,
    type: unless(e.type, e.type === 'web'),
    forceLogin: unless(e.forceLogin, !e.forceLogin),
    callerId: nonNull(e.callerId),
    device: e.device ? defined({ mac: e.device.mac, model: nonNull(e.device.model) }) : undefined,
    vendor: nonEmpty(e.vendor),
  });
}

export function neverInvited(u: LiveUser): boolean {
  return u.data.panelAccess && u.data.status === 'active' && u.inviteStatus === 'none';
}

function user(live: LiveUser): Plain {
  const u: User = live.data;
  return defined({
    email: u.email,
    name: u.name,
    phone: nonNull(u.phone),
    extension: nonNull(u.extension),
    role: u.role === UNMANAGED_ROLE ? undefined : write('user', 'role', u.role, u.role === 'agent'),
    panelAccess: unless(u.panelAccess, u.panelAccess),
    status: unless(u.status, u.status === 'active'),
    receiveCalls: unless(u.receiveCalls, u.receiveCalls === 'always'),
    forwarding: u.forwarding !== null && forwardingWritable(u.forwarding) ? write('user', 'forwarding', forwarding(u.forwarding), isEmptyForwarding(u.forwarding)) : undefined,
    voicemail: u.voicemail === null ? undefined : write('user', 'voicemail', voicemail(u.voicemail), u.voicemail.enabled && u.voicemail.email === 'none'),
    invite: neverInvited(live) ? 'never' : undefined,
    loginId: nonNull(u.loginId),
    loginBasedCalling: unless(u.loginBasedCalling, !u.loginBasedCalling),
    callerIds: listed(u.callerIds),
    agentGroups: listed(u.agentGroups),
    reportsOf: u.reportsOf === 'all' ? undefined : [...u.reportsOf].sort(byText),
    allowedIps: listed(u.allowedIps),
    vendor: nonEmpty(u.vendor),
  });
}

function forwardRules(r: ForwardRules): Plain {
  const noAnswer = r.noAnswer ? defined({ to: r.noAnswer.to, after: unless(r.noAnswer.after, r.noAnswer.after === DEFAULT_NO_ANSWER_SECONDS) }) : undefined;
  return defined({ always: nonNull(r.always), busy: nonNull(r.busy), noAnswer, unregistered: nonNull(r.unregistered) });
}

function forwarding(f: Forwarding): Plain {
  return defined({ ...forwardRules(f), schedules: f.schedules.length > 0 ? f.schedules.map((s) => ({ schedule: s.schedule, ...forwardRules(s) })) : undefined });
}

const TARGET = /^(voicemail|\+[1-9]\d{6,14})$/;

/**
 * Whether org.yaml can say this forwarding (schema: targets a number or voicemail, noAnswer.after 5–300 s). One
 * the vendor holds that it cannot (a NetSapiens forward to a queue, a 600 s timeout) is left out: unmanaged.
 */
export function forwardingWritable(f: Forwarding): boolean {
  const rules: ForwardRules[] = [f, ...f.schedules];
  return rules.every((r) => targetsOf(r).every(([, t]) => TARGET.test(t)) && (r.noAnswer === null || (Number.isInteger(r.noAnswer.after) && r.noAnswer.after >= 5 && r.noAnswer.after <= 300)));
}

/** The PIN is never written: the vendor's `{ set: true }` cannot be read back as a value (README, Voicemail PIN). */
function voicemail(v: Voicemail): Plain {
  return defined({ enabled: unless(v.enabled, v.enabled), email: unless(v.email, v.email === 'none') });
}

function members(d: Department): W.Member[] {
  const ordered = [...d.members].sort((a, b) => a.priority - b.priority || byText(a.user, b.user));
  return ordered.map((m, i) => (m.priority === i + 1 ? m.user : { user: m.user, priority: m.priority }));
}

function department(d: Department): Plain {
  return defined({
    name: d.name,
    extension: nonNull(d.extension),
    manager: nonNull(d.manager),
    routing: unless(d.routing, d.routing === 'simultaneous'),
    ringTimeout: unless(d.ringTimeout, d.ringTimeout === 25 || !ringTimeoutWritable(d.ringTimeout)),
    stickyAgent: unless(d.stickyAgent, !d.stickyAgent),
    hours: nonNull(d.hours),
    failover: d.failover ? defined({ type: d.failover.type, target: nonNull(d.failover.target) }) : undefined,
    members: d.members.length > 0 ? members(d) : undefined,
    vendor: nonEmpty(d.vendor),
  });
}

/** org.yaml's range for ringTimeout (schema: 5–600 s). A vendor may hold other values (NetSapiens: 0). */
export function ringTimeoutWritable(seconds: number): boolean {
  return Number.isInteger(seconds) && seconds >= 5 && seconds <= 600;
}

const data = <T>(items: Live<T>[]): T[] => items.map((i) => i.data);

/** The collections of org.yaml (everything but `version`, `provider` and `settings`), from live state. */
export interface WrittenCollections {
  timezone: string;
  roles: Plain[];
  schedules: Plain[];
  extensions: Plain[];
  users: Plain[];
  departments: Plain[];
}

export function toWritten(live: LiveOrg): WrittenCollections {
  const timezone = commonTimezone(data(live.schedules));
  const holders = [...live.users, ...live.departments].map((o) => o.data.extension);
  const held = new Set(holders.filter((e): e is string => e !== null));
  const declared = data(live.extensions).filter((e) => !isDefaultExtension(e) || !held.has(e.number));
  return {
    timezone,
    roles: sortedBy(data(live.roles), (r) => r.name).map(role),
    schedules: sortedBy(data(live.schedules), (s) => s.name).map((s) => schedule(s, timezone)),
    extensions: sortedBy(declared, (e) => e.number).map(extension),
    users: sortedBy(live.users, (u) => u.data.email.toLowerCase()).map(user),
    departments: sortedBy(data(live.departments), (d) => d.name).map(department),
  };
}
