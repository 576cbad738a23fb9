/**
 * Web-login and agent details of a user (issue 19 item 3): the panel login id, login-based calling, allowed
 * caller ids, agent groups, whose call records the user sees, and the IPs the user may sign in from. Smartflo's
 * user form has each (docs/vendors/smartflo.md#web-login-and-agent-details); the other vendors have none of them,
 * so their capability rows say so (`webLoginUnsupported`) and validate refuses them where declared
 * (model/vendor-constraints/web-login.ts).
 *
 * Decision: the fields are neutral, top-level user fields (not under `vendor.smartflo`), including the one no
 * API sets (`allowedIps`): org.yaml says what is wanted whatever the vendor, the capability table says how
 * each vendor gets there (API, panel step, or not at all). Unset means unmanaged.
 */
import { unsupported, type FieldSupport } from './capabilities.js';
import type { User } from './org.js';

export const WEB_LOGIN_FIELDS = ['loginId', 'loginBasedCalling', 'callerIds', 'agentGroups', 'reportsOf', 'allowedIps'] as const;
export type WebLoginField = (typeof WEB_LOGIN_FIELDS)[number];
export type WebLoginDetails = Pick<User, WebLoginField>;

/** What a user has when nothing was said (and what a vendor without these settings reads): the defaults. */
export function defaultWebLogin(): WebLoginDetails {
  return { loginId: null, loginBasedCalling: false, callerIds: [], agentGroups: [], reportsOf: 'all', allowedIps: [] };
}

/** Whether a user declares a field otherwise than its default (a default asks nothing of the vendor). */
export function declaresWebLogin(user: User, field: WebLoginField): boolean {
  return JSON.stringify(user[field]) !== JSON.stringify(defaultWebLogin()[field]);
}

const WHAT: Record<WebLoginField, string> = {
  loginId: 'a panel login id of its own (the login is the email)',
  loginBasedCalling: 'login-based calling',
  callerIds: 'a list of allowed caller ids per user',
  agentGroups: 'agent groups',
  reportsOf: 'a per-user choice of whose call records are visible',
  allowedIps: 'per-user allowed sign-in IPs',
};

/**
 * The capability rows of a vendor that has none of these settings; `known` replaces the reason of a field the
 * vendor has in another shape (NetSapiens: one caller-id number per user).
 */
export function webLoginUnsupported(vendor: string, known: Partial<Record<WebLoginField, string>> = {}): Record<WebLoginField, FieldSupport> {
  return Object.fromEntries(WEB_LOGIN_FIELDS.map((f) => [f, unsupported(known[f] ?? `no public source shows ${WHAT[f]} on ${vendor}`)])) as Record<WebLoginField, FieldSupport>;
}

/**
 * A web-login field at its default asks nothing of the vendor: a create still carries it (the model has no
 * optional fields), but the plan's text, markdown and manual-step values leave it out, so that a create on a
 * vendor without these settings does not list six settings it has not got.
 */
export function isQuietDefault(field: string, value: unknown): boolean {
  const defaults = defaultWebLogin() as Record<string, unknown>;
  return (WEB_LOGIN_FIELDS as readonly string[]).includes(field) && JSON.stringify(value) === JSON.stringify(defaults[field]);
}

/** A record without its web-login fields at their default (isQuietDefault). */
export function withoutQuietDefaults<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([field, value]) => !isQuietDefault(field, value))) as T;
}
