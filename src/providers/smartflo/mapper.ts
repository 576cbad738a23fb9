/**
 * Smartflo wire objects ↔ ringform's neutral records (docs/vendors/smartflo.md). Pure: no I/O. `[I]` marks an
 * inferred choice; unknown response fields are ignored and the vendor object travels as `raw`.
 */
import { RingformError } from '../../errors.js';
import { requireList } from '../vendor-data.js';
import type { InviteStatus } from '../../model/live.js';
import { orgRoleName } from '../../model/role-names.js';
import { type Department, type Member, type ReportsOf, type Routing, type User } from '../../model/org.js';
import { defaultWebLogin } from '../../model/web-login.js';
import { matchRole } from '../../model/vendor-constraints/smartflo-sent.js';

export type Wire = Record<string, unknown>;

export const obj = (w: unknown): Wire => (typeof w === 'object' && w !== null && !Array.isArray(w) ? (w as Wire) : {});
export const str = (w: Wire, key: string): string => (w[key] == null ? '' : String(w[key]));

// ── phone numbers ────────────────────────────────────────────────────────────────────────────────

/** `number` as the API wants it: the 10-digit national number for +91 [S: help centre]; other countries keep `+` [I]. */
export function nationalNumber(e164: string): string {
  const india = /^\+91(\d{10})$/.exec(e164);
  return india ? india[1]! : e164;
}

/** Back to E.164: 10 digits (or 0/91 and 10 digits) are Indian; `+…` stays; anything else is unreadable (null). */
export function e164Of(number: string): string | null {
  const n = number.replace(/[\s-]/g, '');
  if (/^\+\d{8,15}$/.test(n)) return n;
  const india = /^(?:0|91)?(\d{10})$/.exec(n);
  return india ? `+91${india[1]}` : null;
}

// ── roles ────────────────────────────────────────────────────────────────────────────────────────

export interface SfRole {
  id: number;
  name: string;
}

/**
 * A Smartflo role as org.yaml names it (model/role-names.ts): "Agent" and "ADMIN" are the built-in roles,
 * "Team Lead" is the custom role `team-lead` [I].
 */
export function neutralRoleName(smartfloName: string): string {
  return orgRoleName(smartfloName);
}

/**
 * The name of the role with this id: a configured one (provider.vendor.smartflo.roleIds, listed first) wins,
 * so a tenant role can carry an org.yaml name of the reader's choosing; else the role's own name, neutral.
 */
export function roleNameById(roles: SfRole[], role: { id: unknown; name: string }): string {
  const byId = roles.find((r) => String(r.id) === String(role.id));
  return neutralRoleName(byId?.name ?? role.name);
}

/** The Smartflo role for an org.yaml role: a configured name, or a tenant role whose name reads as it ("Team Lead" for team-lead). */
export function roleIdFor(roles: SfRole[], role: string, who: string): number {
  // The same match the plan's RF404 makes (model/vendor-constraints/smartflo-sent.ts).
  const found = matchRole(roles, role);
  if (!found) {
    const known = roles.map((r) => JSON.stringify(r.name)).join(', ');
    throw new RingformError(`${who}: Smartflo has no role named ${JSON.stringify(role)} (roles: ${known}); create it in the panel first, or name its id in provider.vendor.smartflo.roleIds`);
  }
  return found.id;
}

/** The account's roles; a body that is not a list stops the read (a missing role list is not "no roles"). */
export function rolesOf(body: unknown): SfRole[] {
  return requireList('smartflo', 'GET /v1/roles', body, 'data')
    .map((r) => ({ id: Number(r.id), name: str(r, 'name') }))
    .filter((r) => Number.isInteger(r.id) && r.name !== '');
}

/** A bare array or `{data: [...]}`: the shapes of the list endpoints differ (and some are not documented) [I]. */
export function listOf(body: unknown): Wire[] {
  const list = Array.isArray(body) ? body : obj(body).data;
  return Array.isArray(list) ? list.map(obj) : [];
}

// ── users ────────────────────────────────────────────────────────────────────────────────────────

/** Agent status codes [S]: Enabled 0, Blocked 1, Disabled 2. A blocked agent takes no calls: the user is disabled. */
export const AGENT_BLOCKED = 1;

/** `data` of `GET /v1/user/{id}` → a neutral user. */
export function userOf(detail: Wire): User {
  const member = obj(detail.team_member);
  const agent = obj(detail.agent);
  const intercom = str(agent, 'intercom');
  return {
    email: str(member, 'email'),
    name: str(detail, 'name'),
    phone: e164Of(str(detail, 'number')),
    extension: intercom || null,
    role: neutralRoleName(str(obj(member.role), 'name')),
    panelAccess: member.is_web_login_block !== true,
    status: Number(agent.agent_status) === AGENT_BLOCKED ? 'disabled' : 'active',
    receiveCalls: str(obj(agent.time_group), 'name') || 'always',
    // No API field reads or sets forwarding or voicemail (capabilities: unsupported): unknown, null.
    forwarding: null,
    voicemail: null,
    invite: 'auto',
    previously: [],
    ...defaultWebLogin(),
    loginId: loginIdOfMember(member),
    loginBasedCalling: member.is_login_based_calling === true,
    // users_for_cdr names agents: read.ts turns them into emails once every user is read (cdrOf).
    vendor: {},
  };
}

/** `team_member.login_id` [S: fetch-single-user]; one equal to the email reads as null (the default: login by email). */
function loginIdOfMember(member: Wire): string | null {
  const login = str(member, 'login_id');
  return login === '' || login.toLowerCase() === str(member, 'email').toLowerCase() ? null : login;
}

/**
 * `team_member.users_for_cdr {type, value}` [S: fetch-single-user sample `{"type": "all", "value": null}`]:
 * `all` → all; `agent` with agent ids [S: public client code writes that shape] → their emails; `none` → [] [I].
 * undefined: a type or agent this read cannot name (reported unverified for that user, never diffed).
 */
export function cdrOf(detail: Wire, emailOfAgent: (agentId: string) => string | undefined): ReportsOf | undefined {
  const cdr = obj(obj(detail.team_member).users_for_cdr);
  const type = str(cdr, 'type').toLowerCase();
  if (type === 'all') return 'all';
  if (type === 'none') return [];
  if (type !== 'agent' || !Array.isArray(cdr.value)) return undefined;
  const emails = cdr.value.map((agent) => emailOfAgent(String(agent)));
  return emails.every((e): e is string => e !== undefined) ? [...new Set(emails)].sort() : undefined;
}

/**
 * Smartflo has no invitation: the password is set when the user is created, and no API shows whether the user
 * has signed in since [NF]. A user with an open web login is `unknown` (reported unverified); one without has none.
 */
export function inviteStatusOf(user: User): InviteStatus {
  return user.panelAccess ? 'unknown' : 'none';
}

/** `time_group` for a receiveCalls value: a schedule is a time group of the same name; `always` is none. */
export function timeGroupFor(receiveCalls: string, who: string): string | null {
  if (receiveCalls === 'always') return null;
  if (receiveCalls === 'never') {
    throw new RingformError(`${who}: Smartflo has no "never receive calls" setting for a user; use status: disabled (the agent is blocked) or a schedule`);
  }
  return receiveCalls;
}

// ── departments ──────────────────────────────────────────────────────────────────────────────────

/** `ring_strategy` labels as the create page lists them [S]; the list shows them lower case [S]. */
const STRATEGY_OF: Record<Routing, string> = {
  simultaneous: 'Simultaneously',
  serial: 'Order by',
  'round-robin': 'Round Robin',
  'longest-idle': 'Longest Wait Time',
  // Random spreads calls evenly on average: the nearest to "balanced" [I].
  balanced: 'Random',
};

export function ringStrategyFor(routing: Routing): string {
  return STRATEGY_OF[routing];
}

export function routingOf(strategy: string): Routing {
  const wanted = strategy.trim().toLowerCase().replace(/_/g, ' ');
  const found = (Object.keys(STRATEGY_OF) as Routing[]).find((r) => STRATEGY_OF[r].toLowerCase() === wanted);
  return found ?? 'simultaneous';
}

/**
 * Without agents there is no per-agent `timeout` to read: 0 stands for "not known" (never a value org.yaml
 * can declare). read.ts reports it unverified while the department is declared without members; one that is
 * declared with members gets its timeout planned, and sent with them.
 */
export const UNKNOWN_RING_TIMEOUT = 0;

/**
 * The agent number of an item of a department's `agents`: `eid` [S: v1departments sample, where `id` is the
 * member's own short id and `eid` matches the agent numbers that destinations name]. An item without `eid`
 * falls back to `id` [I: older emulator shape].
 */
export function agentNumberOf(agent: Wire): string {
  return str(agent, 'eid') || str(agent, 'id');
}

/** An item of `GET /v1/departments` → a neutral department; members are agents with a known user, in ring order. */
export function departmentOf(wire: Wire, emailOfAgent: (agentId: string) => string | undefined): Department {
  const agents = Array.isArray(wire.agents) ? wire.agents.map(obj) : [];
  const members: Member[] = [];
  for (const a of agents) {
    const email = emailOfAgent(agentNumberOf(a));
    if (email) members.push({ user: email, priority: members.length + 1 });
  }
  const timeout = Number(agents[0]?.timeout);
  return {
    name: str(wire, 'name'),
    extension: null,
    manager: null,
    routing: routingOf(str(wire, 'ring_strategy')),
    ringTimeout: Number.isInteger(timeout) && timeout > 0 ? timeout : UNKNOWN_RING_TIMEOUT,
    stickyAgent: obj(wire.sticky_agent).enabled === true,
    hours: null,
    failover: null,
    members,
    vendor: {},
  };
}

export function agentIdsOf(wire: Wire): string[] {
  return (Array.isArray(wire.agents) ? wire.agents.map(obj) : []).map(agentNumberOf).filter((id) => id !== '');
}

/** A member as a destination: `extension||<agent number>` [S: v1department example "extension||05047530046"]. */
export const agentDestination = (agentId: string) => `extension||${agentId}`;
