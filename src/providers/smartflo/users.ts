/**
 * Users ↔ `/v1/users`, `/v1/user`, `/v1/user/{id}` (docs/vendors/smartflo.md#users). A user is created with an agent
 * and a web login (blocked when the user has no panel access, so that access can be given later by
 * PATCH); the login id is the email unless `users[].vendor.smartflo.login_id` says otherwise.
 */
import type { Carried } from '../../model/fields.js';
import { PartialApplyError, RingformError } from '../../errors.js';
import type { FieldChange } from '../../plan/types.js';
import type { ApplyResult, IdResolver } from '../../contract/provider.js';
import { addressOf } from '../../model/address.js';
import type { ReportsOf } from '../../model/org.js';
import { agentOf } from './departments.js';
import { VENDOR, type SfClient } from './client.js';
import { PageGuard } from '../read-guard.js';
import { requireList, VendorDataError } from '../vendor-data.js';
import type { SfContext } from './context.js';
import { nationalNumber, obj, roleIdFor, str, timeGroupFor, type Wire } from './mapper.js';
import { passwordFor } from './password.js';
import { agentGroupsSent, loginIdSent } from '../../model/vendor-constraints/smartflo-sent.js';

export const PAGE_SIZE = 100;

/**
 * Every item of `GET /v1/users`, following the `last_seen_id` cursor while `has_more` [S]. The listing
 * must be `{data: [...]}`; a cursor must never come back to one already used (PageGuard), and a page that
 * says `has_more` must carry records and a numeric next cursor: otherwise the read stops (never a short list).
 * `pages` hears of each page read (progress).
 */
export async function listAllUsers(sf: SfClient, deadlineAt?: number, pages?: { read(): void; last(): void }): Promise<Wire[]> {
  const source = 'GET /v1/users';
  const guard = new PageGuard({ vendor: VENDOR, source, ...(deadlineAt === undefined ? {} : { deadlineAt }) });
  const all: Wire[] = [];
  let cursor: number | undefined;
  for (;;) {
    guard.beforePage();
    const body = await sf.get('/v1/users', { limit: PAGE_SIZE, ...(cursor === undefined ? {} : { last_seen_id: cursor }) });
    const data = requireList(VENDOR, source, body, 'data');
    guard.page(data);
    all.push(...data);
    pages?.read();
    const page = obj(body);
    // `has_more` as the docs show it is a boolean [S]; "true"/1 are read as more too, so a stringly vendor is not cut short [I].
    if (page.has_more !== true && page.has_more !== 'true' && page.has_more !== 1) {
      pages?.last();
      return all;
    }
    const next = Number(page.last_seen_id);
    if (data.length === 0 || page.last_seen_id === null || page.last_seen_id === '' || !Number.isSafeInteger(next)) {
      throw new VendorDataError(VENDOR, source, 'a page says has_more but carries no records or no numeric last_seen_id', 'Run again; if it persists report it to the vendor.');
    }
    guard.cursor(String(next));
    cursor = next;
  }
}

export function vendorOf(user: Carried<'user'>): Record<string, unknown> {
  return obj(user.vendor?.smartflo);
}

/** `loginId`, else the older `users[].vendor.smartflo.login_id`, else the email: the one function the plan's RF467 checks (model). */
export function loginIdOf(user: Carried<'user'>): string {
  return loginIdSent(user).loginId;
}

/** The caller ids a create sends: `callerIds`, else `users[].vendor.smartflo.caller_id`, else the provider's (lookups.ts). */
function wantedCallerIds(ctx: SfContext, user: Carried<'user'>): unknown {
  return user.callerIds.length > 0 ? user.callerIds : (vendorOf(user).caller_id ?? ctx.vendor.caller_id);
}

/**
 * `user_for_cdr` for `reportsOf` (docs/vendors/smartflo.md#web-login-and-agent-details): `{type: "agent", value:
 * [agent ids]}` [S: public client code], `{type: "all"}` [S: the fetch-single-user sample reads type "all"; the
 * written shape is I], and `{type: "none", value: []}` for no one else's [I].
 */
async function cdrBody(ctx: SfContext, reportsOf: ReportsOf, ids: IdResolver, who: string): Promise<Wire> {
  if (reportsOf === 'all') return { type: 'all' };
  if (reportsOf.length === 0) return { type: 'none', value: [] };
  const agents = await Promise.all(reportsOf.map((email) => agentOf(ctx, email, ids, `${who} (reportsOf ${addressOf('user', email)})`)));
  return { type: 'agent', value: agents };
}

function numberOf(user: Carried<'user'>, who: string): string {
  if (user.phone === null) throw new RingformError(`${who}: Smartflo needs a mobile number for every user (number is mandatory); set users[].phone`);
  return nationalNumber(user.phone);
}

async function createBody(ctx: SfContext, user: Carried<'user'>, who: string, ids: IdResolver): Promise<Wire> {
  const vendor = vendorOf(user);
  const timeGroup = timeGroupFor(user.receiveCalls, who);
  // The groups the plan's RF466 checked (model/vendor-constraints/smartflo-sent.ts).
  const sentGroups = agentGroupsSent(user).sent;
  return {
    name: user.name,
    number: numberOf(user, who),
    email: user.email,
    login_id: loginIdOf(user),
    password: passwordFor(vendor, ctx.env, ctx.sf.redactor),
    user_role: roleIdFor(await ctx.lookups.roles(), user.role, who),
    status: true, // [I]: the create page lists `status` (bool) without saying which value is active.
    create_agent: true,
    create_web_login: true,
    block_web_login: !user.panelAccess,
    login_based_calling: user.loginBasedCalling || vendor.login_based_calling === true,
    assign_extension: vendor.assign_extension === true,
    caller_id: await ctx.lookups.callerIds(wantedCallerIds(ctx, user), who),
    ...(timeGroup === null ? {} : { time_group: timeGroup }),
    ...(sentGroups === undefined ? {} : { agent_group: sentGroups }),
    user_for_cdr: await cdrBody(ctx, user.reportsOf, ids, who),
  };
}

export async function createUser(ctx: SfContext, user: Carried<'user'>, who: string, ids: IdResolver): Promise<ApplyResult> {
  const loginId = loginIdOf(user);
  const result = await ctx.sf.create('/v1/user', await createBody(ctx, user, who, ids), () => findByLogin(ctx.sf, loginId));
  const created = 'recovered' in result ? { id: str(result.recovered, 'id'), agent: str(obj(result.recovered.agent), 'id') } : createdIds(result.created);
  if (!created.id) throw new RingformError(`${who}: POST /v1/user answered without the new user's id`);
  if (created.agent) ctx.agents.set(created.id, created.agent);
  // A user is created unblocked; `block_agent` exists only on PATCH [S: patch-a-user].
  if (user.status === 'disabled') {
    try {
      await ctx.sf.patch(`/v1/user/${created.id}`, { block_agent: true });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new PartialApplyError(`blocking its agent (status: disabled) failed: ${reason}`, `created the user (id ${created.id})`, created.id, { cause: error });
    }
  }
  return { id: created.id };
}

/** `{success, data: {id, agent_id, agent_extension}}` [S: public client code]. */
function createdIds(body: Wire): { id: string; agent: string } {
  const data = obj(body.data);
  return { id: str(data, 'id'), agent: str(data, 'agent_id') };
}

/** After a lost create: the user with our login id, if the create happened after all. */
export async function findByLogin(sf: SfClient, loginId: string): Promise<Wire | null> {
  const users = await listAllUsers(sf);
  return users.find((u) => str(u, 'login_id').toLowerCase() === loginId.toLowerCase()) ?? null;
}

export async function updateUser(ctx: SfContext, id: string, after: Carried<'user'>, changes: FieldChange[], who: string, ids: IdResolver): Promise<ApplyResult> {
  const body: Wire = {};
  for (const change of changes) {
    switch (change.field) {
      case 'name':
        body.name = after.name;
        break;
      case 'email':
        body.email = after.email;
        if (await loginFollowsEmail(ctx.sf, id, change.before)) body.login_id = after.email;
        break;
      case 'phone':
        body.number = numberOf(after, who);
        break;
      case 'role':
        body.user_role = roleIdFor(await ctx.lookups.roles(), after.role, who);
        break;
      case 'panelAccess':
        body.block_web_login = !after.panelAccess;
        break;
      case 'status':
        body.block_agent = after.status === 'disabled';
        break;
      case 'loginId':
        // null: the login id is the email (what ringform gives a user it creates).
        body.login_id = after.loginId ?? after.email;
        break;
      case 'loginBasedCalling':
        body.login_based_calling = after.loginBasedCalling;
        break;
      case 'callerIds':
        body.caller_id = await ctx.lookups.callerIds(after.callerIds.length > 0 ? after.callerIds : undefined, who);
        break;
      case 'agentGroups':
        body.agent_group = after.agentGroups;
        break;
      case 'reportsOf':
        body.user_for_cdr = await cdrBody(ctx, after.reportsOf, ids, who);
        break;
      default:
        throw new RingformError(`${who}: Smartflo's PATCH /v1/user cannot change ${change.field}`);
    }
  }
  if (Object.keys(body).length > 0) await ctx.sf.patch(`/v1/user/${id}`, body);
  return { id };
}

/** A login id that was the old email moves with the email; one chosen in the panel stays. */
async function loginFollowsEmail(sf: SfClient, id: string, before: unknown): Promise<boolean> {
  const detail = obj(obj(await sf.get(`/v1/user/${id}`)).data);
  return typeof before === 'string' && str(obj(detail.team_member), 'login_id').toLowerCase() === before.toLowerCase();
}

export async function deleteUser(ctx: SfContext, id: string): Promise<void> {
  await ctx.sf.delete(`/v1/user/${id}`);
  ctx.agents.delete(id);
}
