/**
 * Reads a NetSapiens domain into the neutral model: users (paged), the domain's devices (one list; a
 * user's extension is its device named after it), each user's answer rules, call queues with their
 * agents, days-of-week timeframes. System users (`service-code` system-*, e.g. a queue's backing user)
 * are hidden.
 *
 * Requests: ceil(users / 1000) user pages + 1 devices + 1 timeframes + 1 callqueues + 1 agents list per
 * queue + 1 answer-rules list per (non-system) user. The last term is the vendor's floor: the spec has
 * no domain-wide answer-rule list, and nothing on a user says whether it has rules, so every user's
 * `receiveCalls` costs one request (docs/BENCHMARKS.md).
 */
import type { Live, LiveOrg, LiveUser } from '../../model/live.js';
import type { Department, Member, Schedule, User } from '../../model/org.js';
import type { ReadContext } from '../provider.js';
import { counted, objectCounter, pageCounter, readingOne } from '../read-progress.js';
import type { NsClient } from './client.js';
import { checkUsersComplete } from './complete.js';
import {
  agentExtension,
  emailOf,
  extensionOf,
  inviteStatusOf,
  isSystemUser,
  joinName,
  NO_PORTAL,
  receiveCallsOf,
  roleOfScope,
  routingOf,
  str,
  weeklyOf,
  type Wire,
} from './mapper.js';

export async function readOrg(ns: NsClient, context?: ReadContext): Promise<LiveOrg> {
  const [allUsers, devices, timeframes, queues] = await Promise.all([
    ns.listAll(ns.path('users'), pageCounter(context, 'users')),
    // GetDomainDevices: every device of the domain with its `user`, in one request (no pagination in the spec).
    readingOne(context, 'devices', () => ns.list(ns.path('devices'))),
    readingOne(context, 'timeframes', () => ns.list(ns.path('timeframes'))),
    readingOne(context, 'call queues', () => ns.list(ns.path('callqueues'))),
  ]);
  await readingOne(context, 'user count', () => checkUsersComplete(ns, allUsers));
  ns.knownUsers.clear();
  for (const u of allUsers) ns.knownUsers.set(str(u, 'user'), u);
  const users = allUsers.filter((u) => !isSystemUser(u));
  const deviceOf = ownDevices(devices);
  const emailByExtension = new Map(users.map((u) => [str(u, 'user'), userKey(u)]));
  const rulesRead = objectCounter(context, 'answer rules', users.length);
  const agentsRead = objectCounter(context, 'call queue agents', queues.length);
  const [rules, departments] = await Promise.all([
    Promise.all(users.map((u) => counted(rulesRead, ns.list(ns.path('users', str(u, 'user'), 'answerrules'))))),
    Promise.all(queues.map((q) => counted(agentsRead, readDepartment(ns, q, emailByExtension)))),
  ]);
  const userExtensions = users.map((u) => {
    const id = str(u, 'user');
    const device = deviceOf.get(id) ?? null;
    return live(id, extensionOf(id, device, u), device);
  });
  // A queue's extension belongs to its (hidden) user: read as a plain extension so the number is known.
  const queueExtensions = queues
    .filter((q) => !emailByExtension.has(str(q, 'callqueue')))
    .map((q) => live(str(q, 'callqueue'), extensionOf(str(q, 'callqueue'), null, null), q));
  return {
    roles: [],
    schedules: timeframes.filter((t) => t['timeframe-type'] === 'days-of-week').map(readSchedule),
    extensions: [...userExtensions, ...queueExtensions],
    users: users.map((u, i) => readUser(u, rules[i]!)),
    departments,
  };
}

function live<T>(id: string, data: T, raw: unknown): Live<T> {
  return { id, data, raw };
}

/** user → that user's device named after it (the extension's device); other devices are not extensions. */
export function ownDevices(devices: Wire[]): Map<string, Wire> {
  const byUser = new Map<string, Wire>();
  for (const device of devices) {
    const user = str(device, 'user');
    if (user !== '' && str(device, 'device') === user) byUser.set(user, device);
  }
  return byUser;
}

/** A user without an address is keyed by its login so that it still has an identity (it stays unmanaged). */
function userKey(user: Wire): string {
  return emailOf(user) || str(user, 'login-username') || `${str(user, 'user')}@${str(user, 'domain')}`;
}

export function readUser(user: Wire, rules: Wire[]): LiveUser {
  const scope = str(user, 'user-scope');
  const data: User = {
    email: userKey(user),
    name: joinName(user),
    phone: null,
    extension: str(user, 'user'),
    role: roleOfScope(scope),
    panelAccess: scope !== NO_PORTAL,
    status: 'active',
    receiveCalls: receiveCallsOf(rules),
    invite: 'auto',
    previously: [],
    vendor: {},
  };
  return { id: str(user, 'user'), data, inviteStatus: inviteStatusOf(user), raw: user };
}

export function readSchedule(timeframe: Wire): Live<Schedule> {
  const data: Schedule = {
    name: str(timeframe, 'timeframe-name'),
    // A timeframe has no time zone (capabilities: unsupported); UTC stands for "not set here".
    timezone: 'UTC',
    weekly: weeklyOf(timeframe),
    holidays: [],
    overrides: [],
    vendor: {},
  };
  return { id: str(timeframe, 'timeframe-id'), data, raw: timeframe };
}

async function readDepartment(ns: NsClient, queue: Wire, emailByExtension: Map<string, string>): Promise<Live<Department>> {
  const id = str(queue, 'callqueue');
  const agents = await ns.list(ns.path('callqueues', id, 'agents'));
  const members: Member[] = [];
  for (const agent of agents) {
    // Device agents (sip:…) and agents of hidden users have no ringform user: not members here.
    const email = emailByExtension.get(agentExtension(agent, ns.domain) ?? '');
    if (email) members.push({ user: email, priority: Number(agent['callqueue-agent-dispatch-order-ordinal'] ?? 0) });
  }
  members.sort((a, b) => a.priority - b.priority);
  const timeout = Number(queue['callqueue-agent-dispatch-timeout-seconds']);
  const data: Department = {
    name: str(queue, 'description') || id,
    extension: id,
    manager: null,
    routing: routingOf(queue),
    ringTimeout: Number.isFinite(timeout) ? timeout : 0,
    stickyAgent: false,
    hours: null,
    failover: null,
    members,
    vendor: {},
  };
  return { id, data, raw: { ...queue, agents } };
}
