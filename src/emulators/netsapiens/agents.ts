/** Call queue agents (`/domains/{domain}/callqueues/{callqueue}/agents…`, and `/domains/{domain}/agents`). docs/vendors/netsapiens.md#call-queue-agents. */
import { ACCEPTED, badRequest, conflict, notFound, userNotFound } from './errors.js';
import { requireQueue } from './callqueues.js';
import { count, ok, type Ctx, type Reply } from './routing.js';
import type { DomainState, NsState, Wire } from './state.js';
import { AVAILABILITY_TYPES, checkEnum, checkYesNo, requireString, writable } from './validation.js';

/** Read-only in the spec's Agent schema, plus path/write-only keys. */
const NOT_WRITABLE = [
  'callqueue-agent-has-registered-devices', 'active-calls-total-current', 'last-modified-datetime',
  'last-callqueue-dispatch-datetime', 'callqueue-agent-entry-type', 'login-username', 'name-full-name',
  'agent-name-first-name', 'agent-name-last-name', 'agent-department', 'agent-site', 'agent-user-scope',
  'agent-status-message', 'callqueue', 'domain', 'synchronous',
];

interface AgentTarget {
  kind: 'user' | 'device';
  user: Wire;
}

/** `callqueue-agent-id` is `user@domain` or `sip:device@domain` (spec `AgentPath`). */
function resolveAgent(d: DomainState, agentId: string): AgentTarget {
  const m = /^(sip:)?([^@]+)@(.+)$/.exec(agentId);
  if (!m) throw badRequest(`Invalid callqueue-agent-id ${agentId}: expected user@domain or sip:device@domain`);
  const [, sip, local, domain] = m;
  if (domain !== d.name) throw notFound(`Domain ${domain} does not match queue domain ${d.name}`);
  if (!sip) {
    const user = d.users.get(local!);
    if (!user) throw userNotFound(local!, d.name);
    return { kind: 'user', user };
  }
  for (const [userId, devices] of d.devices) if (devices.has(local!)) return { kind: 'device', user: d.users.get(userId) ?? {} };
  throw notFound(`Device ${local} does not exist in domain ${d.name}`);
}

function checkAgent(body: Wire): Wire {
  const fields = writable(body, NOT_WRITABLE);
  checkEnum(fields, 'callqueue-agent-availability-type', AVAILABILITY_TYPES);
  checkYesNo(fields);
  return fields;
}

export function createAgent(state: NsState, d: DomainState, queueId: string, body: Wire): Wire {
  const fields = checkAgent(body);
  const id = requireString(fields, 'callqueue-agent-id');
  resolveAgent(d, id);
  const agents = d.agents.get(queueId) ?? new Map<string, Wire>();
  if (agents.has(id)) throw conflict(`Agent ${id} already exists in callqueue ${queueId}.`);
  const agent: Wire = {
    'callqueue-agent-availability-type': 'automatic',
    'callqueue-agent-wrap-up-allowance-seconds': 0,
    // New agents go to the end of the hunt order [I]; the spec example shows 0 for the first agent.
    'callqueue-agent-dispatch-order-ordinal': agents.size,
    'callqueue-agent-dispatch-queue-priority-ordinal': 0,
    ...fields,
    'callqueue-agent-id': id,
    'last-modified-datetime': state.now(),
  };
  agents.set(id, agent);
  d.agents.set(queueId, agents);
  return agent;
}

function agentView(d: DomainState, queueId: string, agent: Wire): Wire {
  const target = resolveAgentQuietly(d, String(agent['callqueue-agent-id']));
  const u = target?.user ?? {};
  const s = (k: string) => (u[k] === undefined ? '' : String(u[k]));
  return {
    ...agent,
    domain: d.name,
    callqueue: queueId,
    'callqueue-agent-entry-type': target?.kind ?? 'offnet',
    'callqueue-agent-has-registered-devices': 'no',
    'callqueue-agent-availability-for-dispatch': 'unavailable',
    'active-calls-total-current': 0,
    'last-callqueue-dispatch-datetime': null,
    'login-username': s('login-username'),
    'name-full-name': `${s('name-first-name')} ${s('name-last-name')}`.trim(),
    'agent-name-first-name': s('name-first-name'),
    'agent-name-last-name': s('name-last-name'),
    'agent-department': s('department'),
    'agent-site': s('site'),
    'agent-user-scope': s('user-scope'),
    'agent-status-message': u['status-message'] ?? null,
  };
}

function resolveAgentQuietly(d: DomainState, id: string): AgentTarget | undefined {
  try {
    return resolveAgent(d, id);
  } catch {
    return undefined;
  }
}

function requireAgent(ctx: Ctx): { d: DomainState; queueId: string; agent: Wire } {
  const { d, queue } = requireQueue(ctx);
  const queueId = String(queue.callqueue);
  const agent = d.agents.get(queueId)?.get(ctx.params['callqueue-agent-id']!);
  if (!agent) throw notFound(`Agent ${ctx.params['callqueue-agent-id']} does not exist in callqueue ${queueId}`);
  return { d, queueId, agent };
}

export function listAgents(ctx: Ctx): Reply {
  const { d, queue } = requireQueue(ctx);
  const id = String(queue.callqueue);
  return ok([...(d.agents.get(id)?.values() ?? [])].map((a) => agentView(d, id, a)));
}

/** ReadAgentsDomain: every queue's agents in one list, each with its `callqueue`. */
export function listDomainAgents(ctx: Ctx): Reply {
  const d = ctx.state.requireDomain(ctx.params.domain!);
  const out: Wire[] = [];
  const stale = new Set(ctx.settings.staleDomainAgents ?? []);
  for (const [queueId, agents] of d.agents) {
    if (!d.callqueues.has(queueId) || stale.has(queueId)) continue;
    for (const a of agents.values()) out.push(agentView(d, queueId, a));
  }
  return ok(out);
}

export function countAgents(ctx: Ctx): Reply {
  const { d, queue } = requireQueue(ctx);
  return count(d.agents.get(String(queue.callqueue))?.size ?? 0);
}

export function getAgent(ctx: Ctx): Reply {
  const { d, queueId, agent } = requireAgent(ctx);
  return ok(agentView(d, queueId, agent));
}

export function postAgent(ctx: Ctx): Reply {
  const { d, queue } = requireQueue(ctx);
  const id = String(queue.callqueue);
  const agent = createAgent(ctx.state, d, id, ctx.body);
  return ctx.body.synchronous === 'yes' ? ok(agentView(d, id, agent)) : ACCEPTED;
}

export function putAgent(ctx: Ctx): Reply {
  const { agent } = requireAgent(ctx);
  const fields = checkAgent(ctx.body);
  delete fields['callqueue-agent-id'];
  Object.assign(agent, fields, { 'last-modified-datetime': ctx.state.now() });
  return ACCEPTED;
}

export function deleteAgent(ctx: Ctx): Reply {
  const { d, queueId, agent } = requireAgent(ctx);
  d.agents.get(queueId)!.delete(String(agent['callqueue-agent-id']));
  return ACCEPTED;
}
