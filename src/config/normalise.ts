/**
 * WrittenOrg (schema-valid, fields optional) → Org (every field present, defaults filled). Total on any
 * schema-valid input: dangling references are left for the semantic rules to report, never thrown here.
 * Order is kept as written (users, departments, …) except where the model says sorted (slots, dates).
 */
import path from 'node:path';
import { forwardingOrNull } from '../model/forwarding.js';
import { noItems, noVendorFields } from '../model/shared-empty.js';
import type { Collection, Extension, ForwardRules, Forwarding, Org, ProviderConfig, Role, Settings, User, Voicemail } from '../model/org.js';
import { normaliseDepartments } from './normalise-departments.js';
import { normaliseSchedule } from './normalise-schedules.js';
import { unsetFields } from './unset.js';
import type * as W from './written.generated.js';

export const DEFAULT_TIMEZONE = 'UTC';

/**
 * The empty list and the empty vendor map every object without one shares (issue 18, memory: four empty
 * lists and two empty maps per user were ~11 MB of a 50,000-user org). Frozen, so a change to one would
 * throw instead of reaching every object; nothing changes a desired object in place (the planner and the
 * adoption of live values build new ones).
 */
const listOf = <T>(items: readonly T[] | undefined): T[] => (items && items.length > 0 ? [...items] : noItems<T>());
const vendorOf = <T extends object>(vendor: T | undefined): T => vendor ?? noVendorFields<T>();
export const DEFAULT_MAX_DELETE_PERCENT = 30;

/** `file` is the path of org.yaml; relative provider paths resolve against its folder. */
export function normalise(written: W.WrittenOrg, file: string): Org {
  const settings = normaliseSettings(written.settings ?? {});
  const users = (written.users ?? []).map((u) => normaliseUser(u, settings));
  const org = {
    provider: normaliseProvider(written.provider, file),
    settings,
    roles: (written.roles ?? []).map(normaliseRole),
    schedules: (written.schedules ?? []).map((s) => normaliseSchedule(s, settings.timezone)),
    extensions: normaliseExtensions(written.extensions ?? [], users),
    users,
    departments: normaliseDepartments(written.departments ?? [], written.users ?? []),
  };
  return { ...org, unset: unsetFields(written, org) };
}

export const lowerEmail = (email: string): string => email.toLowerCase();

function normaliseProvider(p: W.Provider, file: string): ProviderConfig {
  const c = p.credentials ?? {};
  return {
    type: p.type,
    endpoint: p.endpoint ?? null,
    domain: p.domain ?? null,
    credentials: {
      tokenEnv: c.tokenEnv ?? null,
      usernameEnv: c.usernameEnv ?? null,
      passwordEnv: c.passwordEnv ?? null,
      clientIdEnv: c.clientIdEnv ?? null,
      clientSecretEnv: c.clientSecretEnv ?? null,
      file: c.file ?? null,
    },
    vendor: ((p.vendor as Record<string, Record<string, unknown> | undefined> | undefined)?.[p.type] ?? {}),
    ...(p.limits ? { limits: { rate: p.limits.rate ?? null, concurrency: p.limits.concurrency ?? null } } : {}),
    baseDir: path.dirname(path.resolve(file)),
  };
}

/** Prune defaults: nothing is deleted unless asked, except members (a department owns its member list). */
const PRUNE_DEFAULTS: Record<Collection, boolean> = {
  users: false,
  extensions: false,
  departments: false,
  members: true,
  schedules: false,
  roles: false,
};

export function normaliseSettings(s: W.Settings): Settings {
  return {
    timezone: s.timezone ?? DEFAULT_TIMEZONE,
    extensionRanges: (s.extensionRanges ?? []).map(parseRange),
    prune: { ...PRUNE_DEFAULTS, ...s.prune },
    ignore: (s.ignore ?? []).map((r) => ({ email: r.email ?? null, extension: r.extension ?? null, name: r.name ?? null })),
    guards: {
      maxDeletes: s.guards?.maxDeletes ?? null,
      maxDeletePercent: s.guards?.maxDeletePercent ?? DEFAULT_MAX_DELETE_PERCENT,
      protectedUsers: (s.guards?.protectedUsers ?? []).map(lowerEmail),
    },
    invites: s.invites ?? 'auto',
    coverage: {
      nobodyAvailable: s.coverage?.nobodyAvailable ?? 'warning',
      singleAgent: s.coverage?.singleAgent ?? 'warning',
      failover: s.coverage?.failover ?? 'warning',
      departments: { ...s.coverage?.departments },
    },
  };
}

export function parseRange(range: string): { from: string; to: string } {
  const [from = '', to = ''] = range.split('-');
  return { from, to };
}

export function normaliseRole(r: W.Role): Role {
  return {
    name: r.name,
    base: r.base,
    description: r.description ?? null,
    permissions: { ...r.permissions },
    vendor: r.vendor ?? {},
  };
}

export function normaliseUser(u: W.User, settings: Settings): User {
  return {
    email: lowerEmail(u.email),
    name: u.name,
    phone: u.phone ?? null,
    extension: u.extension ?? null,
    role: u.role ?? 'agent',
    panelAccess: u.panelAccess ?? true,
    status: u.status ?? 'active',
    receiveCalls: u.receiveCalls ?? 'always',
    forwarding: u.forwarding ? forwardingOrNull(normaliseForwarding(u.forwarding)) : null,
    voicemail: u.voicemail ? normaliseVoicemail(u.voicemail) : null,
    invite: u.invite ?? settings.invites,
    previously: u.previously && u.previously.length > 0 ? u.previously.map(lowerEmail) : noItems(),
    // The web-login and agent details (model/web-login.ts; the defaults are what a vendor does unasked), written
    // out, not spread: an object literal with a spread in it gets its later fields in a separate property array
    // (V8), ~60 bytes more per user on every copy (memory, issue 18).
    loginId: u.loginId ?? null,
    loginBasedCalling: u.loginBasedCalling ?? false,
    callerIds: listOf(u.callerIds),
    agentGroups: listOf(u.agentGroups),
    reportsOf: reportsOfWritten(u.reportsOf),
    allowedIps: listOf(u.allowedIps),
    vendor: vendorOf(u.vendor),
  };
}

const reportsOfWritten = (r: W.User['reportsOf']): User['reportsOf'] => (r === undefined || r === 'all' ? 'all' : r.map(lowerEmail));


/** ringform's own default for `noAnswer.after` (schema: 5–300 s): 20 s, about four rings. */
export const DEFAULT_NO_ANSWER_SECONDS = 20;

function normaliseRules(r: W.Forwarding | W.ScheduledForwarding): ForwardRules {
  return {
    always: r.always ?? null,
    busy: r.busy ?? null,
    noAnswer: r.noAnswer ? { to: r.noAnswer.to, after: r.noAnswer.after ?? DEFAULT_NO_ANSWER_SECONDS } : null,
    unregistered: r.unregistered ?? null,
  };
}

export function normaliseForwarding(f: W.Forwarding): Forwarding {
  return { ...normaliseRules(f), schedules: (f.schedules ?? []).map((s) => ({ schedule: s.schedule, ...normaliseRules(s) })) };
}

export function normaliseVoicemail(v: W.Voicemail): Voicemail {
  return { enabled: v.enabled ?? true, email: v.email ?? 'none', pin: v.pin ? { ...v.pin } : null };
}

function defaultExtension(number: string): Extension {
  return { number, type: 'web', forceLogin: false, callerId: null, device: null, vendor: vendorOf(undefined) };
}

export function normaliseExtension(e: W.Extension): Extension {
  return {
    ...defaultExtension(e.number),
    type: e.type ?? 'web',
    forceLogin: e.forceLogin ?? false,
    callerId: e.callerId ?? null,
    device: e.device ? { mac: e.device.mac, model: e.device.model ?? null } : null,
    vendor: vendorOf(e.vendor),
  };
}

/** Declared extensions first, then one with defaults for each user extension not declared (in user order). */
function normaliseExtensions(declared: W.Extension[], users: User[]): Extension[] {
  const extensions = declared.map(normaliseExtension);
  const known = new Set(extensions.map((e) => e.number));
  for (const user of users) {
    if (user.extension === null || known.has(user.extension)) continue;
    known.add(user.extension);
    extensions.push(defaultExtension(user.extension));
  }
  return extensions;
}
