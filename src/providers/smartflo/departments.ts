/**
 * Departments ↔ `/v1/departments` (list), `/v1/department` (create), `/v1/department/{id}` (PUT)
 * (docs/vendors/smartflo.md#departments); members ↔ the `extension||<agent number>` entries of `destination`, in ring order.
 *
 * There is no single-department GET, and whether PUT merges or replaces is not documented [I], so every
 * update reads the list and PUTs the whole department, one at a time per department. Non-agent
 * destinations (IVR, extension) are not listed by the API [S: v1departments shows `agents` only] and so
 * cannot be kept by such a PUT [I] — noted in README.
 */
import type { Carried } from '../../model/fields.js';
import { RingformError } from '../../errors.js';
import { addressOf } from '../../model/address.js';
import type { ApplyResult, IdResolver } from '../../contract/provider.js';
import type { SfContext } from './context.js';
import { agentDestination, agentIdsOf, listOf, obj, ringStrategyFor, routingOf, str, UNKNOWN_RING_TIMEOUT, type Wire } from './mapper.js';
import type { RingChange } from './ring-order.js';

export async function listDepartments(ctx: SfContext): Promise<Wire[]> {
  return listOf(await ctx.sf.get('/v1/departments'));
}

async function findDepartment(ctx: SfContext, test: (d: Wire) => boolean): Promise<Wire | null> {
  return (await listDepartments(ctx)).find(test) ?? null;
}

export async function createDepartment(ctx: SfContext, department: Carried<'department'>, who: string): Promise<ApplyResult> {
  const vendor = obj(department.vendor?.smartflo);
  const byName = (d: Wire) => str(d, 'name').toLowerCase() === department.name.toLowerCase();
  const body: Wire = {
    name: department.name,
    description: typeof vendor.description === 'string' ? vendor.description : department.name,
    ring_strategy: ringStrategyFor(department.routing),
    timeout: department.ringTimeout,
    destination: [],
    sticky_agent: stickyAgentBody(department.stickyAgent, stickyTimeOf(vendor)),
    // Nothing invented: music on hold and the failover are sent only when departments[].vendor.smartflo gives
    // them (their values are tenant ids, e.g. music on hold 42240, failover "extension||05047530064" [S: v1department]).
    ...pick(vendor, ['music_on_hold', 'failover_dest_type', 'failover_destination']),
  };
  const result = await ctx.sf.create('/v1/department', body, () => findDepartment(ctx, byName));
  const id = 'recovered' in result ? str(result.recovered, 'id') : str(obj(result.created.data), 'id') || str(obj(await findDepartment(ctx, byName)), 'id');
  if (!id) throw new RingformError(`${who}: POST /v1/department answered without the new department's id`);
  ctx.timeouts.set(id, department.ringTimeout);
  return { id };
}

export async function updateDepartment(ctx: SfContext, id: string, department: Carried<'department'>, who: string): Promise<ApplyResult> {
  await rewrite(ctx, id, who, (current) => ({
    ...current,
    name: department.name,
    ring_strategy: ringStrategyFor(department.routing),
    // Not known (an empty department, mapper.ts UNKNOWN_RING_TIMEOUT): the timeout as read or known stays.
    ...(department.ringTimeout === UNKNOWN_RING_TIMEOUT ? {} : { timeout: department.ringTimeout }),
    sticky_agent: stickyAgentBody(department.stickyAgent, stickyTimeOf(obj(department.vendor?.smartflo)) ?? stickyTimeOf(current)),
  }));
  if (department.ringTimeout !== UNKNOWN_RING_TIMEOUT) ctx.timeouts.set(id, department.ringTimeout);
  return { id };
}

/** GET the list, then PUT the whole department as `edit` makes it, one writer per department at a time. */
async function rewrite(ctx: SfContext, id: string, who: string, edit: (body: Wire, agents: string[]) => Wire): Promise<void> {
  await ctx.departmentLock.run(id, async () => {
    const current = await findDepartment(ctx, (d) => str(d, 'id') === id);
    if (!current) throw new RingformError(`${who}: Smartflo department ${id} no longer exists`);
    const agents = agentIdsOf(current);
    await ctx.sf.put(`/v1/department/${id}`, edit(wholeBody(current, agents, ctx.timeouts.get(id)), agents));
  });
}

/** The department as read, in the update's field names; a timeout that cannot be read (no agents) and is not known is left out. */
function wholeBody(current: Wire, agents: string[], knownTimeout: number | undefined): Wire {
  const firstAgent = Array.isArray(current.agents) ? obj(current.agents[0]) : {};
  const read = Number(firstAgent.timeout);
  const timeout = Number.isInteger(read) && read > 0 ? read : knownTimeout;
  return {
    name: str(current, 'name'),
    description: str(current, 'description') || str(current, 'name'),
    ring_strategy: ringStrategyFor(routingOf(str(current, 'ring_strategy'))),
    ...(timeout === undefined ? {} : { timeout }),
    sticky_agent: stickyAgentBody(obj(current.sticky_agent).enabled === true, listedStickyTime(current)),
    // What the list shows as null stays unsent: no invented default.
    ...pick(current, ['music_on_hold', 'timeout_dest_type', 'timeout_destination']),
    destination: agents.map(agentDestination),
  };
}

/**
 * `sticky_agent` in the documented write form `{enable: 1|0, time: "12h"|"1d"}` [S: the "Sticky Agent" table of
 * reference/v1department and https://servetel.readme.io/reference/post_v1-department-1]. The list shows
 * `{enabled, time_period, format}` instead [S: v1departments]. `time` is sent only when known (org.yaml's
 * `departments[].vendor.smartflo.sticky_agent.time`, else what the list shows): no period is invented.
 */
export function stickyAgentBody(on: boolean, time: string | null): Wire {
  return on ? { enable: 1, ...(time ? { time } : {}) } : { enable: 0 };
}

/** `time` of a `sticky_agent` write body or of `departments[].vendor.smartflo.sticky_agent`. */
function stickyTimeOf(from: Wire): string | null {
  const time = obj(from.sticky_agent).time;
  return typeof time === 'string' && time !== '' ? time : null;
}

/**
 * The listed period as a write `time`: 12 + "hours" → "12h", 1 + "days" → "1d". The list's `format` values are not
 * documented (the sample has null) [I]; anything else gives no time.
 */
function listedStickyTime(listed: Wire): string | null {
  const s = obj(listed.sticky_agent);
  const n = Number(s.time_period);
  const unit = String(s.format ?? '').toLowerCase();
  if (!Number.isInteger(n) || n < 1) return null;
  return unit.startsWith('hour') || unit === 'h' ? `${n}h` : unit.startsWith('day') || unit === 'd' ? `${n}d` : null;
}

/** The fields of `from` that hold a value (not absent, null or empty). */
function pick(from: Wire, keys: string[]): Wire {
  const out: Wire = {};
  for (const k of keys) if (from[k] !== undefined && from[k] !== null && from[k] !== '') out[k] = from[k];
  return out;
}

export interface Membership {
  department: string;
  user: string;
  priority: number;
  /** The department's declared members in ring order (plan/members.ts withRingOrder); absent: an undeclared department. */
  ringOrder?: string[];
}

export async function changeMember(ctx: SfContext, m: Membership, remove: boolean, ids: IdResolver): Promise<void> {
  const who = `member of ${addressOf('department', m.department)}`;
  const id = ids(addressOf('department', m.department));
  if (!id) throw new RingformError(`${who}: the department's Smartflo id is unknown`);
  const agentId = await agentOf(ctx, m.user, ids, who);
  const change: RingChange = remove ? { agentId, remove: true } : { agentId, priority: m.priority };
  const declared = m.ringOrder ? declaredAgents(ctx, m.ringOrder, ids) : undefined;
  await rewrite(ctx, id, who, (body, agents) => ({ ...body, destination: ctx.rings.next(id, agents, change, declared).map(agentDestination) }));
}

/**
 * The agent ids of the declared members, in ring order; a member without a known agent (its create waits on a
 * manual step, or failed) is not in the list yet and is left out. The agents come from the read and from creates
 * (ctx.agents), so no extra call is made.
 */
function declaredAgents(ctx: SfContext, emails: string[], ids: IdResolver): string[] {
  return emails.flatMap((email) => {
    const userId = ids(addressOf('user', email));
    const agentId = userId ? ctx.agents.get(userId) : undefined;
    return agentId ? [agentId] : [];
  });
}

/** The agent id of a user by email (ids: its Smartflo user id), read once when the read did not see it. */
export async function agentOf(ctx: SfContext, email: string, ids: IdResolver, who: string): Promise<string> {
  const userId = ids(addressOf('user', email));
  if (!userId) throw new RingformError(`${who}: the Smartflo id of ${addressOf('user', email)} is unknown`);
  let agentId = ctx.agents.get(userId);
  if (!agentId) {
    agentId = str(obj(obj(obj(await ctx.sf.get(`/v1/user/${userId}`)).data).agent), 'id');
    if (!agentId) throw new RingformError(`${who}: ${addressOf('user', email)} has no Smartflo agent, so it cannot ring in a department`);
    ctx.agents.set(userId, agentId);
  }
  return agentId;
}
