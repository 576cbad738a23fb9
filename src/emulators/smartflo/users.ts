/**
 * `/v1/users` (cursor pages), `/v1/user` (create) and `/v1/user/{id}` (get, patch, delete) — docs/vendors/smartflo.md#users.
 */
import { invalid, notFound } from './errors.js';
import { ok, type Body, type Ctx, type Reply } from './routing.js';
import { AGENT_STATUS, type SfState, type SfUser } from './state.js';
import * as v from './validation.js';
import { userDetail, userListItem } from './views.js';

export const CREATE_FIELDS = [
  'name', 'number', 'create_agent', 'create_web_login', 'email', 'login_id', 'user_role', 'password', 'status', 'caller_id',
  'block_web_login', 'login_based_calling', 'user_for_cdr', 'agent_group', 'department', 'time_group', 'failover_destination',
  'assign_extension', 'route_call_through',
] as const;
const MANDATORY = ['name', 'number', 'create_agent', 'create_web_login', 'email', 'login_id', 'user_role', 'password', 'status', 'caller_id'] as const;

/** `destination` is what the reference page names; its text says "Designation" — both accepted [I]. */
export const PATCH_FIELDS = [
  'name', 'number', 'email', 'caller_id', 'agent_group', 'block_agent', 'international_outbound', 'destination', 'designation',
  'login_id', 'user_role', 'password', 'block_web_login', 'user_for_cdr', 'login_based_calling',
] as const;

export const DEFAULT_PAGE = 10;
export const MAX_PAGE = 100;

export function listUsers(ctx: Ctx): Reply {
  const limit = v.limitParam(ctx.query, DEFAULT_PAGE, MAX_PAGE);
  const after = Number(ctx.query.last_seen_id ?? 0) || 0;
  const all = [...ctx.state.users.values()].sort((a, b) => a.id - b.id).filter((u) => u.id > after);
  const page = all.slice(0, limit);
  return ok({
    success: true,
    has_more: all.length > limit,
    count: page.length,
    last_seen_id: page.length > 0 ? page[page.length - 1]!.id : after,
    data: page.map((u) => userListItem(ctx.state, u)),
  });
}

export function getUser(ctx: Ctx): Reply {
  return ok({ success: true, data: userDetail(ctx.state, requireUser(ctx.state, ctx.params.id)) });
}

export function postUser(ctx: Ctx): Reply {
  ctx.unknownFields(CREATE_FIELDS);
  const user = createUser(ctx.state, ctx.body);
  return ok({ success: true, message: 'User created successfully.', data: { id: user.id, agent_id: user.agent?.id ?? null, agent_extension: user.agent?.extension?.username ?? null } });
}

export function createUser(state: SfState, body: Body): SfUser {
  v.requireFields(body, MANDATORY);
  const email = v.text(body, 'email');
  const loginId = v.loginId(body);
  checkUnique(state, null, email, loginId);
  const user: SfUser = {
    id: state.nextUserId(),
    name: v.text(body, 'name'),
    number: v.phoneNumber(body),
    email,
    loginId,
    password: password(body),
    roleId: v.roleId(state, body),
    memberStatus: v.bool(body, 'status', true) ? 1 : 0,
    webLogin: v.bool(body, 'create_web_login', true),
    webLoginBlocked: v.bool(body, 'block_web_login', false),
    loginBasedCalling: v.bool(body, 'login_based_calling', false),
    usersForCdr: cdr(body, state),
    callerIds: v.callerIds(state, body),
    agentGroups: v.agentGroups(state, body),
    designation: null,
    agent: null,
  };
  if (v.bool(body, 'create_agent', true)) user.agent = newAgent(state, body);
  const departments = departmentIds(state, body);
  state.users.set(user.id, user);
  for (const d of departments) if (user.agent) d.agents.push({ slotId: state.nextSlotId(), agentId: user.agent.id, timeout: d.timeout });
  return user;
}

function newAgent(state: SfState, body: Body): NonNullable<SfUser['agent']> {
  const id = state.nextAgentId();
  const intercom = state.nextIntercom();
  return {
    id,
    intercom,
    status: AGENT_STATUS.enabled,
    timeGroup: timeGroup(state, body),
    international: false,
    extension: v.bool(body, 'assign_extension', false) ? { username: `${id}${intercom}`, outbound_block: false } : null,
  };
}

export function patchUser(ctx: Ctx): Reply {
  ctx.unknownFields(PATCH_FIELDS);
  const u = requireUser(ctx.state, ctx.params.id);
  const b = ctx.body;
  const email = b.email !== undefined ? v.text(b, 'email') : u.email;
  const loginId = b.login_id !== undefined ? v.loginId(b) : u.loginId;
  checkUnique(ctx.state, u.id, email, loginId);
  const next: SfUser = { ...u, email, loginId, agent: u.agent ? { ...u.agent } : null };
  if (b.name !== undefined) next.name = v.text(b, 'name');
  if (b.number !== undefined) next.number = v.phoneNumber(b);
  if (b.user_role !== undefined) next.roleId = v.roleId(ctx.state, b);
  if (b.caller_id !== undefined) next.callerIds = v.callerIds(ctx.state, b);
  if (b.agent_group !== undefined) next.agentGroups = v.agentGroups(ctx.state, b);
  if (b.password !== undefined) next.password = password(b);
  if (b.block_web_login !== undefined) next.webLoginBlocked = v.bool(b, 'block_web_login', false);
  if (b.login_based_calling !== undefined) next.loginBasedCalling = v.bool(b, 'login_based_calling', false);
  if (b.user_for_cdr !== undefined) next.usersForCdr = cdr(b, ctx.state);
  const designation = b.designation ?? b.destination;
  if (designation !== undefined) next.designation = designation === null ? null : String(designation);
  if (next.agent && b.block_agent !== undefined) next.agent.status = v.bool(b, 'block_agent', false) ? AGENT_STATUS.blocked : AGENT_STATUS.enabled;
  if (next.agent && b.international_outbound !== undefined) next.agent.international = v.bool(b, 'international_outbound', false);
  ctx.state.users.set(u.id, next);
  return ok({ success: true, message: 'User updated successfully.' });
}

/** Deleting a user also takes its agent out of every department [I]. 404 once gone [S: public client code]. */
export function deleteUser(ctx: Ctx): Reply {
  const u = requireUser(ctx.state, ctx.params.id);
  ctx.state.users.delete(u.id);
  for (const d of ctx.state.departments.values()) d.agents = d.agents.filter((a) => a.agentId !== u.agent?.id);
  return ok({ success: true, message: 'User deleted successfully.' });
}

function requireUser(state: SfState, raw: string | undefined): SfUser {
  const u = state.users.get(v.integerId(raw, 'User'));
  if (!u) throw notFound('User not found');
  return u;
}

/** Duplicate login ids and emails are refused [I: the vendor's behaviour is not documented, docs/vendors/smartflo.md#duplicates-and-idempotency]. */
function checkUnique(state: SfState, self: number | null, email: string, loginId: string): void {
  const other = (test: (u: SfUser) => boolean) => state.findUser((u) => u.id !== self && test(u));
  if (other((u) => u.loginId.toLowerCase() === loginId.toLowerCase())) throw invalid('login_id', 'The login id has already been taken.');
  if (other((u) => u.email.toLowerCase() === email.toLowerCase())) throw invalid('email', 'The email has already been taken.');
}

/** At least 8 characters with upper case, lower case and a special character [S: comment in public client code]. */
function password(body: Body): string {
  const p = v.text(body, 'password');
  if (p.length < 8 || !/[A-Z]/.test(p) || !/[a-z]/.test(p) || !/[^A-Za-z0-9]/.test(p)) {
    throw invalid('password', 'The password must be at least 8 characters and contain upper case, lower case and special characters.');
  }
  return p;
}

/**
 * `user_for_cdr {type, value}` [S: create-user, patch-a-user]: `agent` names agent ids [S: public client code], each an
 * agent of the account [I: the check is the emulator's]; other types are kept as sent.
 */
function cdr(body: Body, state?: SfState): SfUser['usersForCdr'] {
  const raw = body.user_for_cdr;
  // Not sent: everyone's, as the documented sample user has it (`{"type": "all", "value": null}`) [I: the default is not documented].
  if (raw === undefined) return { type: 'all', value: null };
  if (typeof raw !== 'object' || raw === null || typeof (raw as Body).type !== 'string') throw invalid('user_for_cdr', 'The user for cdr must be an object with a type.');
  const type = String((raw as Body).type);
  const value = (raw as Body).value ?? [];
  if (type === 'agent' && state) {
    if (!Array.isArray(value)) throw invalid('user_for_cdr', 'The user for cdr value must be an array of agents.');
    for (const agent of value) if (!state.userByAgent(String(agent))) throw invalid('user_for_cdr', `The selected agent ${String(agent)} is invalid.`);
  }
  return { type, value };
}

/** `time_group` is a string [S: create-user]: a time group's name, or its id as text [I]. */
function timeGroup(state: SfState, body: Body) {
  const raw = body.time_group;
  if (raw === undefined || raw === null || raw === '') return null;
  const found = state.fixtures.timeGroups.find((t) => t.name === String(raw) || String(t.id) === String(raw));
  if (!found) throw invalid('time_group', `The selected time group ${String(raw)} is invalid.`);
  return found;
}

function departmentIds(state: SfState, body: Body) {
  const raw = body.department ?? [];
  if (!Array.isArray(raw)) throw invalid('department', 'The department must be an array.');
  return raw.map((x) => {
    const d = state.departments.get(Number(x));
    if (!d) throw invalid('department', `The selected department ${String(x)} is invalid.`);
    return d;
  });
}
