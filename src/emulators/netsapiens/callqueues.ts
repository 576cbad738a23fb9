/** Call queues (`/domains/{domain}/callqueues…`). docs/vendors/netsapiens.md#call-queues. */
import { ACCEPTED, conflict, notFound } from './errors.js';
import { ok, type Ctx, type Reply } from './routing.js';
import type { DomainState, NsState, Wire } from './state.js';
import { createUser, removeUser } from './users.js';
import { DISPATCH_TYPES, checkEnum, checkYesNo, requireString, writable } from './validation.js';

const NOT_WRITABLE = ['active-queued-calls-total-current', 'callqueue-count-agents-available', 'domain', 'synchronous'];

/** `service-code` of the hidden user that backs a queue (v1 portal behaviour, docs/vendors/netsapiens.md#queue-backing-users). */
export const QUEUE_SERVICE_CODE = 'system-queue';

function checkQueue(body: Wire): Wire {
  const fields = writable(body, NOT_WRITABLE);
  checkEnum(fields, 'callqueue-dispatch-type', DISPATCH_TYPES);
  checkYesNo(fields);
  return fields;
}

export function requireQueue(ctx: Ctx): { d: DomainState; queue: Wire } {
  const d = ctx.state.requireDomain(ctx.params.domain!);
  const queue = d.callqueues.get(ctx.params.callqueue!);
  if (!queue) throw notFound(`Callqueue ${ctx.params.callqueue} does not exist in domain ${d.name}`);
  return { d, queue };
}

/**
 * Create a queue. With `autoQueueUser`, a missing user with the same extension is created as its
 * backing system user (`service-code: system-queue`), as v1 portal-style creation did. Whether v2
 * `POST /callqueues` does this by itself is UNVERIFIED [I]; hence the option (default on).
 */
export function createQueue(state: NsState, d: DomainState, body: Wire, autoQueueUser: boolean): Wire {
  const fields = checkQueue(body);
  const id = requireString(fields, 'callqueue');
  if (d.callqueues.has(id)) throw conflict(`Callqueue ${id} already exists.`);
  const queue: Wire = {
    'callqueue-dispatch-type': 'Round-robin', // no default in the spec [I]
    'callqueue-max-callback-queueing-hours': 0,
    'callqueue-max-current-callers-to-accept-new-callers': 0,
    'callqueue-max-current-wait-to-accept-new-callers-seconds': 0,
    'callqueue-max-wait-timeout-minutes': 0,
    'callqueue-require-available-agents-to-accept-new-callers': 'no',
    'callqueue-sim-ring-1st-round': 0,
    'callqueue-sim-ring-increment': 1,
    ...fields,
    callqueue: id,
  };
  if (autoQueueUser && !d.users.has(id)) {
    const name = String(fields.description ?? `Queue ${id}`);
    createUser(state, d, { user: id, 'name-first-name': name, 'name-last-name': 'Call Queue', 'service-code': QUEUE_SERVICE_CODE });
  }
  d.callqueues.set(id, queue);
  d.agents.set(id, d.agents.get(id) ?? new Map());
  return queue;
}

function queueView(d: DomainState, queue: Wire): Wire {
  const agents = d.agents.get(String(queue.callqueue))?.size ?? 0;
  return { ...queue, domain: d.name, 'active-queued-calls-total-current': 0, 'callqueue-count-agents-available': 0, 'callqueue-count-agents-total': agents };
}

export function listQueues(ctx: Ctx): Reply {
  const d = ctx.state.requireDomain(ctx.params.domain!);
  return ok([...d.callqueues.values()].map((q) => queueView(d, q)));
}

export function getQueue(ctx: Ctx): Reply {
  const { d, queue } = requireQueue(ctx);
  return ok(queueView(d, queue));
}

export function postQueue(ctx: Ctx): Reply {
  const d = ctx.state.requireDomain(ctx.params.domain!);
  const queue = createQueue(ctx.state, d, ctx.body, ctx.settings.autoQueueUser);
  return ctx.body.synchronous === 'yes' ? ok(queueView(d, queue)) : ACCEPTED;
}

export function putQueue(ctx: Ctx): Reply {
  const { queue } = requireQueue(ctx);
  const fields = checkQueue(ctx.body);
  delete fields.callqueue;
  Object.assign(queue, fields);
  return ACCEPTED;
}

/** Deleting a queue removes its agents and, if it is a system-queue user, its backing user [I]. */
export function deleteQueue(ctx: Ctx): Reply {
  const { d, queue } = requireQueue(ctx);
  const id = String(queue.callqueue);
  d.callqueues.delete(id);
  d.agents.delete(id);
  if (d.users.get(id)?.['service-code'] === QUEUE_SERVICE_CODE) removeUser(d, id);
  return ACCEPTED;
}
