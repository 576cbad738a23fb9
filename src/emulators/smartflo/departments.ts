/**
 * `/v1/departments` (list), `/v1/department` (create), `/v1/department/{id}` (update; delete [I]) —
 * docs/vendors/smartflo.md#departments. Destinations are `type||id` strings; the `agent` ones are the department's ring order.
 */
import { invalid, notFound } from './errors.js';
import { ok, type Body, type Ctx, type Reply } from './routing.js';
import type { SfAgentSlot, SfDepartment, SfState } from './state.js';
import * as v from './validation.js';
import { departmentView } from './views.js';

export const CREATE_FIELDS = [
  'name', 'description', 'ring_strategy', 'failover_dest_type', 'timeout', 'destination', 'music_on_hold', 'failover_destination', 'sticky_agent',
] as const;
/** The update page uses `timeout_dest_type` / `timeout_destination` for the failover [S: v1departmentid]. */
export const UPDATE_FIELDS = [
  'name', 'description', 'ring_strategy', 'timeout_dest_type', 'timeout_destination', 'timeout', 'destination', 'music_on_hold', 'sticky_agent',
] as const;
/**
 * Smartflo's create page stars more fields (failover, music on hold, sticky agent) than Servetel's page for the
 * same payload (https://docs.servetel.in/reference/create-a-department: name, description, ring_strategy); the
 * emulator requires only what both star, so a client that sends no invented default is accepted.
 */
const MANDATORY = ['name', 'description', 'ring_strategy'] as const;

/** [S: v1department]; the list shows them lower case ("simultaneously") [S: v1departments]. */
export const RING_STRATEGIES = ['simultaneously', 'order by', 'random', 'round robin', 'longest wait time'];
export const DEFAULT_TIMEOUT = 20;

export function listDepartments(ctx: Ctx): Reply {
  return ok([...ctx.state.departments.values()].sort((a, b) => a.id - b.id).map((d) => departmentView(ctx.state, d)));
}

export function postDepartment(ctx: Ctx): Reply {
  ctx.unknownFields(CREATE_FIELDS);
  const d = createDepartment(ctx.state, ctx.body, ctx.evidenceOnly);
  // The create response's shape is not documented [I]: the new id under `data`, as for users.
  return ok({ success: true, message: 'Department created successfully.', data: { id: d.id } });
}

export function createDepartment(state: SfState, body: Body, evidenceOnly = false): SfDepartment {
  v.requireFields(body, MANDATORY);
  const name = v.text(body, 'name');
  checkName(state, null, name);
  const timeout = timeoutOf(body, DEFAULT_TIMEOUT);
  const d: SfDepartment = {
    id: state.nextDepartmentId(),
    name,
    description: v.text(body, 'description'),
    ringStrategy: strategy(body),
    musicOnHold: optional(body.music_on_hold),
    timeout,
    ...sticky(body, { sticky: false, stickyTime: null }, evidenceOnly),
    timeoutDestType: optional(body.failover_dest_type),
    timeoutDestination: optional(body.failover_destination),
    agents: destinations(state, body, timeout, [], evidenceOnly) ?? [],
  };
  state.departments.set(d.id, d);
  return d;
}

/** Fields not sent keep their value [I: whether PUT replaces or merges is not documented]. */
export function putDepartment(ctx: Ctx): Reply {
  ctx.unknownFields(UPDATE_FIELDS);
  const d = requireDepartment(ctx.state, ctx.params.id);
  const b = ctx.body;
  const next: SfDepartment = { ...d };
  if (b.name !== undefined) {
    next.name = v.text(b, 'name');
    checkName(ctx.state, d.id, next.name);
  }
  if (b.description !== undefined) next.description = v.text(b, 'description');
  if (b.ring_strategy !== undefined) next.ringStrategy = strategy(b);
  if (b.music_on_hold !== undefined) next.musicOnHold = optional(b.music_on_hold);
  Object.assign(next, sticky(b, d, ctx.evidenceOnly));
  if (b.timeout_dest_type !== undefined) next.timeoutDestType = optional(b.timeout_dest_type);
  if (b.timeout_destination !== undefined) next.timeoutDestination = optional(b.timeout_destination);
  next.timeout = timeoutOf(b, d.timeout);
  next.agents = destinations(ctx.state, b, next.timeout, d.agents, ctx.evidenceOnly) ?? d.agents.map((a) => ({ ...a, timeout: next.timeout }));
  ctx.state.departments.set(d.id, next);
  return ok({ success: true, message: 'Department updated successfully.' });
}

/** [I]: the panel can delete a department; the API page for it was not found (docs/vendors/smartflo.md#deleting-a-department). */
export function deleteDepartment(ctx: Ctx): Reply {
  const d = requireDepartment(ctx.state, ctx.params.id);
  ctx.state.departments.delete(d.id);
  return ok({ success: true, message: 'Department deleted successfully.' });
}

/**
 * `sticky_agent` as the create page's "Sticky Agent" table documents it: `{enable: 1|0, time: "12h"|"1d"}`, at
 * most 240 hours or 10 days [S: https://servetel.readme.io/reference/post_v1-department-1; v1department]. A bare
 * boolean (ringform's older guess [I]) is still accepted, unless the emulator runs on evidence only.
 */
function sticky(body: Body, before: Pick<SfDepartment, 'sticky' | 'stickyTime'>, evidenceOnly: boolean): Pick<SfDepartment, 'sticky' | 'stickyTime'> {
  const raw = body.sticky_agent;
  if (raw === undefined) return { sticky: before.sticky, stickyTime: before.stickyTime };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    if (evidenceOnly) throw invalid('sticky_agent', 'The sticky agent must be an object {enable, time}.');
    return { sticky: v.bool(body, 'sticky_agent', false), stickyTime: before.stickyTime };
  }
  const s = raw as Body;
  const on = v.bool(s, 'enable', before.sticky);
  if (s.time === undefined || s.time === null) return { sticky: on, stickyTime: before.stickyTime };
  const m = /^(\d+)([hd])$/.exec(String(s.time));
  if (!m || Number(m[1]) < 1 || Number(m[1]) > (m[2] === 'h' ? 240 : 10)) {
    throw invalid('sticky_agent', 'Sticky Agent can only be enabled for at max 10 days (240h or 10d).');
  }
  return { sticky: on, stickyTime: String(s.time) };
}

function requireDepartment(state: SfState, raw: string | undefined): SfDepartment {
  const d = state.departments.get(v.integerId(raw, 'Department'));
  if (!d) throw notFound('Department not found');
  return d;
}

function checkName(state: SfState, self: number | null, name: string): void {
  for (const d of state.departments.values()) {
    if (d.id !== self && d.name.toLowerCase() === name.toLowerCase()) throw invalid('name', 'The name has already been taken.');
  }
}

function strategy(body: Body): string {
  const s = String(body.ring_strategy).trim().toLowerCase().replace(/_/g, ' ');
  if (!RING_STRATEGIES.includes(s)) throw invalid('ring_strategy', `The selected ring strategy ${String(body.ring_strategy)} is invalid.`);
  return s;
}

function timeoutOf(body: Body, fallback: number): number {
  if (body.timeout === undefined) return fallback;
  const t = Number(body.timeout);
  if (!Number.isInteger(t) || t < 5 || t > 600) throw invalid('timeout', 'The timeout must be between 5 and 600 seconds.');
  return t;
}

const optional = (value: unknown): string | null => (value === undefined || value === null || value === '' ? null : String(value));

/**
 * `extension||<eid>` entries name agents by their number, in ring order [S: v1department, "extension||05047530046";
 * v1departments lists the same number as `agents[].eid`]; the update page and Servetel's write a single `|`
 * [S: v1departmentid; https://docs.servetel.in/reference/create-a-department], accepted too. `agent||<id>` is
 * ringform's older guess [I], still accepted unless the emulator runs on evidence only. Other types (ivr…)
 * are accepted and are not agents. A member keeps its slot id across updates.
 */
function destinations(state: SfState, body: Body, timeout: number, before: SfAgentSlot[], evidenceOnly = false): SfAgentSlot[] | null {
  const raw = body.destination;
  if (raw === undefined) return null;
  if (!Array.isArray(raw)) throw invalid('destination', 'The destination must be an array.');
  const slots: SfAgentSlot[] = [];
  for (const entry of raw) {
    const [type, id] = String(entry).split(/\|\|?/);
    if (!type || !id) throw invalid('destination', `The destination ${String(entry)} must look like type||id.`);
    if (type === 'agent' && evidenceOnly) throw invalid('destination', `The destination ${String(entry)} is not a documented type: name an agent as extension||<number>.`);
    if (type !== 'extension' && type !== 'agent') continue;
    if (!state.userByAgent(id)) {
      if (type === 'extension') continue; // an extension that is not an agent's: a destination, not a member
      throw invalid('destination', `The agent ${id} does not exist.`);
    }
    const slotId = before.find((s) => s.agentId === id)?.slotId ?? state.nextSlotId();
    if (!slots.some((s) => s.agentId === id)) slots.push({ slotId, agentId: id, timeout });
  }
  return slots;
}
