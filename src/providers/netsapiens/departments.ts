/**
 * Departments ↔ call queues `/domains/{d}/callqueues`; members ↔ agents `…/callqueues/{q}/agents`
 * with `callqueue-agent-id` = `user@domain` and priority ↔ `callqueue-agent-dispatch-order-ordinal`.
 */
import { RingformError } from '../../errors.js';
import { addressOf } from '../../model/address.js';
import type { Carried } from '../../model/fields.js';
import type { ApplyResult, IdResolver } from '../../contract/provider.js';
import type { NsClient } from './client.js';
import type { PendingExtensions } from './extensions.js';
import { agentId, dispatchTypeFor, type Wire } from './mapper.js';

function queueFields(department: Carried<'department'>, who: string): Wire {
  return {
    description: department.name,
    'callqueue-dispatch-type': dispatchTypeFor(department.routing, who),
    'callqueue-agent-dispatch-timeout-seconds': department.ringTimeout,
  };
}

/** SPEC-DEFECTS D4: the create body requires `domain`, already in the path; it is sent (the spec's example omits it). */
export async function createDepartment(ns: NsClient, pending: PendingExtensions, department: Carried<'department'>, who: string): Promise<ApplyResult> {
  const id = department.extension;
  if (id === null) throw new RingformError(`${who}: a NetSapiens call queue is identified by its extension; give the department an extension`);
  const waiting = pending.get(id);
  if (waiting && (waiting.type !== 'web' || waiting.callerId !== null)) {
    throw new RingformError(`${who}: extension ${id} is the call queue's; ringform gives queue extensions no device or caller id on NetSapiens`);
  }
  pending.delete(id);
  const path = ns.path('callqueues', id);
  // `domain` is in the create body's `required` list of the spec (only its example leaves it out).
  await ns.create(ns.path('callqueues'), { callqueue: id, domain: ns.domain, ...queueFields(department, who) }, () => ns.find(path));
  // The vendor may have made the queue's backing user [I]: no longer known absent.
  ns.forgetUser(id);
  return { id };
}

export async function updateDepartment(ns: NsClient, id: string, department: Carried<'department'>, who: string): Promise<ApplyResult> {
  await ns.put(ns.path('callqueues', id), queueFields(department, who));
  return { id };
}

/** Deleting a queue removes its agents, and its system-queue user [I: emulator, SPEC-DEFECTS]. */
export async function deleteDepartment(ns: NsClient, id: string): Promise<void> {
  await ns.delete(ns.path('callqueues', id));
  ns.forgetUser(id);
}

export interface Membership {
  department: string;
  user: string;
  priority: number;
}

function agentPath(ns: NsClient, m: Membership, ids: IdResolver): { queue: string; agent: string; path: string } {
  const queue = ids(addressOf('department', m.department));
  const extension = ids(addressOf('user', m.user));
  if (!queue) throw new RingformError(`member of ${addressOf('department', m.department)}: the department's call queue id is unknown`);
  if (!extension) throw new RingformError(`member of ${addressOf('department', m.department)}: the extension of ${addressOf('user', m.user)} is unknown`);
  const agent = agentId(extension, ns.domain);
  return { queue, agent, path: ns.path('callqueues', queue, 'agents', agent) };
}

export async function addMember(ns: NsClient, m: Membership, ids: IdResolver): Promise<void> {
  const { queue, agent, path } = agentPath(ns, m, ids);
  const body = { 'callqueue-agent-id': agent, 'callqueue-agent-dispatch-order-ordinal': m.priority };
  await ns.create(ns.path('callqueues', queue, 'agents'), body, () => ns.find(path));
}

export async function updateMember(ns: NsClient, m: Membership, ids: IdResolver): Promise<void> {
  await ns.put(agentPath(ns, m, ids).path, { 'callqueue-agent-dispatch-order-ordinal': m.priority });
}

export async function removeMember(ns: NsClient, m: Membership, ids: IdResolver): Promise<void> {
  await ns.delete(agentPath(ns, m, ids).path);
}
