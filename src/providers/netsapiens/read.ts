/**
 * Reads a NetSapiens domain into the neutral model: users (paged), their device named after the
 * extension and their answer rules; call queues with their agents; days-of-week timeframes.
 * System users (`service-code` system-*, e.g. a queue's backing user) are hidden.
 */
import type { Live, LiveOrg, LiveUser } from '../../model/live.js';
import type { Department, Member, Schedule, User } from '../../model/org.js';
import type { NsClient } from './client.js';
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

export async function readOrg(ns: NsClient): Promise<LiveOrg> {
  const [allUsers, timeframes, queues] = await Promise.all([
    ns.listAll(ns.path('users')),
    ns.list(ns.path('timeframes')),
    ns.list(ns.path('callqueues')),
  ]);
  const users = allUsers.filter((u) => !isSystemUser(u));
  const details = await Promise.all(users.map((u) => readUserDetails(ns, str(u, 'user'))));
  const emailByExtension = new Map(users.map((u) => [str(u, 'user'), userKey(u)]));
  const departments = await Promise.all(queues.map((q) => readDepartment(ns, q, emailByExtension)));
  const userExtensions = users.map((u, i) => live(str(u, 'user'), extensionOf(str(u, 'user'), details[i]!.device, u), details[i]!.device));
  // A queue's extension belongs to its (hidden) user: read as a plain extension so the number is known.
  const queueExtensions = queues
    .filter((q) => !emailByExtension.has(str(q, 'callqueue')))
    .map((q) => live(str(q, 'callqueue'), extensionOf(str(q, 'callqueue'), null, null), q));
  return {
    roles: [],
    schedules: timeframes.filter((t) => t['timeframe-type'] === 'days-of-week').map(readSchedule),
    extensions: [...userExtensions, ...queueExtensions],
    users: users.map((u, i) => readUser(u, details[i]!.rules)),
    departments,
  };
}

function live<T>(id: string, data: T, raw: unknown): Live<T> {
  return { id, data, raw };
}

async function readUserDetails(ns: NsClient, id: string): Promise<{ device: Wire | null; rules: Wire[] }> {
  const [devices, rules] = await Promise.all([ns.list(ns.path('users', id, 'devices')), ns.list(ns.path('users', id, 'answerrules'))]);
  return { device: devices.find((d) => str(d, 'device') === id) ?? null, rules };
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
