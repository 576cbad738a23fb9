/**
 * Reads a NetSapiens domain into the neutral model: users (paged), the domain's devices (one list; a
 * user's extension is its device named after it), each user's answer rules, call queues with their
 * agents, days-of-week timeframes. System users (`service-code` system-*, e.g. a queue's backing user)
 * are hidden.
 *
 * Only what the plan can use is read in detail (ReadContext.scope, plan/read-scope.ts): answer rules
 * for users whose `receiveCalls` is in scope, agents for call queues whose members are. What is skipped
 * is named in the object's `unread` (never compared). Without a scope everything is read.
 *
 * Requests: ceil(users / 1000) user pages + 1 count + 1 devices + 1 timeframes + 1 callqueues
 * + agents (none when no queue is in scope; one queue's own list when one is; else one domain-wide
 * `GET /agents`, ReadAgentsDomain, plus a queue's own list for each queue whose `callqueue-count-agents-total`
 * disagrees with what the domain list shows for it) + 1 answer-rules list per user in scope. The spec has
 * no domain-wide answer-rule list, and nothing on a user says whether it has rules, so a managed
 * `receiveCalls` costs one request per user (docs/BENCHMARKS.md).
 */
import type { Live, LiveOrg, LiveUser } from '../../model/live.js';
import type { Department, Forwarding, Member, Schedule, User } from '../../model/org.js';
import { forwardingOrNull } from '../../model/forwarding.js';
import type { ReadContext } from '../../contract/provider.js';
import { READ_EVERYTHING } from '../../plan/read-scope.js';
import { mapBounded } from '../bounded.js';
import { DEADLINE_ENV, type ReadDeadline } from '../read-guard.js';
import { counted, objectCounter, pageCounter, readingOne } from '../read-progress.js';
import { VENDOR, type NsClient } from './client.js';
import { canonicalEmail, requireEmail, requireId, uniqueById, uniqueIdentity, VendorDataError } from '../vendor-data.js';
import { checkUsersComplete } from './complete.js';
import { keepAgent, keepDevice, keepUser, userForApply } from './kept-fields.js';
import { forwardingOf } from './forwarding-wire.js';
import { PIN_FIELD, voicemailOf, withoutPin } from './voicemail.js';
import {
  agentExtension,
  extensionOf,
  inviteSinceOf,
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
import { noItems, noVendorFields } from '../../model/shared-empty.js';
import { sameString } from '../../config/shared-strings.js';

/** `deadline`: the whole-read deadline (read-guard.ts); it grows with the answer-rule lists this read announces. */
export async function readOrg(ns: NsClient, deadline?: ReadDeadline, context?: ReadContext): Promise<LiveOrg> {
  const deadlineAt = deadline?.at;
  const [listed, devices, timeframes, queues] = await Promise.all([
    // Each user, device and agent keeps only the fields ringform reads, as it arrives (kept-fields.ts).
    ns.listAll(ns.path('users'), deadlineAt, pageCounter(context, 'users'), keepUser),
    // GetDomainDevices: every device of the domain with its `user`, in one request (no pagination in the spec).
    readingOne(context, 'devices', () => ns.list(ns.path('devices'), keepDevice)),
    readingOne(context, 'timeframes', () => ns.list(ns.path('timeframes'))),
    readingOne(context, 'call queues', () => ns.list(ns.path('callqueues'))),
  ]);
  const warnings: string[] = [];
  const allUsers = uniqueRecords(ns, ['users'], 'user', 'user', listed, warnings);
  await readingOne(context, 'user count', () => checkUsersComplete(ns, allUsers));
  ns.knownUsers.clear();
  // A voicemail PIN the vendor answers with is masked from here on and kept nowhere (voicemail.ts).
  for (const u of allUsers) if (typeof u[PIN_FIELD] === 'string' || typeof u[PIN_FIELD] === 'number') ns.registerSecret(String(u[PIN_FIELD]));
  // Apply's copy of each user: only what a PUT or an extension takes from it (kept-fields.ts), never the PIN.
  const shared = new Map<string, string>();
  for (const u of allUsers) ns.knownUsers.set(str(u, 'user'), userForApply(u, shared));
  ns.usersListed = true;
  ns.resetUnsure();
  const users = allUsers.filter((u) => !isSystemUser(u));
  const emails = users.map((u) => userEmail(ns, u));
  uniqueIdentity(VENDOR, `GET ${ns.path('users')}`, 'users', users.map((u, i) => ({ id: str(u, 'user'), key: emails[i]! })), CHECK_EMAIL);
  const deviceOf = ownDevices(devices);
  ns.knownDevices.clear();
  for (const [user, device] of deviceOf) ns.knownDevices.set(user, device);
  ns.devicesListed = true;
  const emailByExtension = new Map(users.map((u, i) => [str(u, 'user'), emails[i]!]));
  const ownQueues = uniqueRecords(ns, ['callqueues'], 'call queue', 'callqueue', queues, warnings);
  const scope = context?.scope ?? READ_EVERYTHING;
  const shown = users.map((u, i) => ({ email: emails[i]!, extension: str(u, 'user'), name: joinName(u) }));
  // Answer rules hold both receiveCalls and forwarding.
  const rulesNeeded = shown.map((u) => scope.userField(u, 'receiveCalls') || scope.userField(u, 'forwarding'));
  const memberQueues = ownQueues.filter((q) => scope.members({ name: queueName(q), extension: str(q, 'callqueue') }, shown));
  const rulesCount = rulesNeeded.filter(Boolean).length;
  deadline?.expect(rulesCount, 'answer-rule requests');
  const rulesRead = objectCounter(context, 'answer rules', rulesCount);
  const timeFrameNames = new Map<string, string>();
  // Each user's rules become its `receiveCalls` and `forwarding` as they arrive (the rule lists are not
  // kept: memory, issue 18); READ_WORKERS users are asked at a time.
  const [fromRules, agents] = await Promise.all([
    mapBounded(users, READ_WORKERS, async (u, i) => {
      if (!rulesNeeded[i]) return null;
      // Past the whole-read deadline (which has already failed the read) no further request starts.
      if (deadline !== undefined && Date.now() > deadline.at) throw pastDeadline(ns);
      const rules = fromAnswerRules(u, await counted(rulesRead, ns.list(ns.path('users', str(u, 'user'), 'answerrules'))));
      // Users share a handful of time frames: one string per name, not one per user (memory, issue 18).
      rules.receiveCalls = sameString(timeFrameNames, rules.receiveCalls);
      return rules;
    }),
    readAgents(ns, memberQueues, context, warnings),
  ]);
  const departments = ownQueues.map((q) => readDepartment(ns, q, agents.get(str(q, 'callqueue')) ?? null, emailByExtension));
  const userExtensions = users.map((u) => {
    const id = str(u, 'user');
    const device = deviceOf.get(id) ?? null;
    return live(id, extensionOf(id, device, u), device);
  });
  // A queue's extension belongs to its (hidden) user: read as a plain extension so the number is known.
  const queueExtensions = ownQueues
    .filter((q) => !emailByExtension.has(str(q, 'callqueue')))
    .map((q) => live(str(q, 'callqueue'), extensionOf(str(q, 'callqueue'), null, null), q));
  const weekly = timeframes.filter((t) => t['timeframe-type'] === 'days-of-week');
  return {
    roles: [],
    schedules: uniqueRecords(ns, ['timeframes'], 'timeframe', 'timeframe-id', weekly, warnings).map(readSchedule),
    extensions: [...userExtensions, ...queueExtensions],
    users: users.map((u, i) => readUser(u, fromRules[i] ?? null, emails[i]!, ns.knownUsers.get(str(u, 'user')))),
    departments,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/**
 * Answer-rule lists asked for at a time: 64 is the most requests `provider.limits.concurrency` lets be in
 * flight, so the client's slots, not this, set the pace (mapBounded, bounded.ts).
 */
const READ_WORKERS = 64;

function pastDeadline(ns: NsClient): VendorDataError {
  return new VendorDataError(VENDOR, `GET ${ns.path('users', '{user}', 'answerrules')}`, 'the whole-read deadline passed while answer rules were still being read', `Check the vendor's status; on a very large org raise ${DEADLINE_ENV}.`);
}

const CHECK_EMAIL = 'Give the user one email address in the NetSapiens portal (Users → the user → Profile), then run again.';

/**
 * A user's identity is its email (`email-address`, else `email`: SPEC-DEFECTS D1), canonical as
 * vendor-data.ts says. A user without a valid one stops the read: keying it by its login or by
 * `extension@domain` made it a different user to the planner (a delete and a create). System users
 * (`service-code` system-*, e.g. a queue's backing user) legitimately have none; they are filtered out
 * before this check (isSystemUser).
 */
function userEmail(ns: NsClient, user: Wire): string {
  const found = canonicalEmail(user['email-address']) ?? canonicalEmail(user.email);
  if (found !== null) return found;
  const ref = { vendor: VENDOR, source: `GET ${ns.path('users')}`, label: `user ${JSON.stringify(str(user, 'user'))}` };
  return requireEmail(ref, user['email-address'] ?? user.email, CHECK_EMAIL);
}

/** Every record of a listing must have its id; records repeated byte for byte count once (with a warning), different ones under one id stop the read. */
function uniqueRecords(ns: NsClient, segments: string[], what: string, field: string, records: Wire[], warnings: string[]): Wire[] {
  const source = `GET ${ns.path(...segments)}`;
  records.forEach((r, i) => requireId(VENDOR, source, what, i, r[field], field));
  return uniqueById(VENDOR, source, what, records, (r) => str(r, field), warnings);
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

/**
 * `email` is the user's canonical email (userEmail); `rules` what the user's answer rules say (fromAnswerRules).
 * Null: not read (outside the read scope); `receiveCalls` and `forwarding` are then placeholders, marked
 * unread. `raw` never holds the voicemail PIN.
 */
/** What ringform reads from a user's answer rules. */
export interface FromAnswerRules {
  receiveCalls: string;
  forwarding: Forwarding | null;
}

export function fromAnswerRules(user: Wire, rules: Wire[]): FromAnswerRules {
  return { receiveCalls: receiveCallsOf(rules), forwarding: forwardingOrNull(forwardingOf(rules, user, str(user, 'user'))) };
}

/** `raw`: what is kept of the user after the read (read.ts: apply's copy, shared with NsClient.knownUsers); default the user without its PIN. */
export function readUser(user: Wire, rules: FromAnswerRules | null, email: string, raw: Wire = withoutPin(user)): LiveUser {
  const scope = str(user, 'user-scope');
  const data: User = {
    email,
    name: joinName(user),
    phone: null,
    extension: str(user, 'user'),
    role: roleOfScope(scope),
    panelAccess: scope !== NO_PORTAL,
    status: 'active',
    receiveCalls: rules === null ? 'always' : rules.receiveCalls,
    forwarding: rules === null ? null : rules.forwarding,
    voicemail: voicemailOf(user),
    invite: 'auto',
    // What a vendor without web-login settings reads (defaultWebLogin), written out with shared empties:
    // no spread, no fresh `[]`/`{}` per user (memory, issue 18; model/shared-empty.ts).
    previously: noItems(),
    loginId: null,
    loginBasedCalling: false,
    callerIds: noItems(),
    agentGroups: noItems(),
    reportsOf: 'all',
    allowedIps: noItems(),
    vendor: noVendorFields(),
  };
  const since = inviteSinceOf(user);
  const live: LiveUser = { id: str(user, 'user'), data, inviteStatus: inviteStatusOf(user), ...(since === undefined ? {} : { inviteSince: since }), raw };
  return rules === null ? { ...live, unread: ['receiveCalls', 'forwarding'] } : live;
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

/** A queue's department name: its `description`, else its number. */
function queueName(queue: Wire): string {
  return str(queue, 'description') || str(queue, 'callqueue');
}

/**
 * The agents of `queues`, by queue. One queue: its own list. More: one domain-wide list (ReadAgentsDomain)
 * grouped by each agent's `callqueue`, trusted for a queue only when its size equals the queue's
 * `callqueue-count-agents-total`; a queue where they disagree (or either is missing) is read on its own.
 */
async function readAgents(ns: NsClient, queues: Wire[], context: ReadContext | undefined, warnings: string[]): Promise<Map<string, Wire[]>> {
  const out = new Map<string, Wire[]>();
  const ownList = async (id: string) => uniqueRecords(ns, ['callqueues', id, 'agents'], 'agent', 'callqueue-agent-id', await ns.list(ns.path('callqueues', id, 'agents'), keepAgent), warnings);
  let separate = queues;
  if (queues.length > 1) {
    // A server without ReadAgentsDomain (404) is read queue by queue, as before it.
    // ~40 MB at 50,000 agents: read agent by agent, three fields each (kept-fields.ts).
    const all = await readingOne(context, 'agents', () => ns.findList(ns.path('agents'), keepAgent, () => notAgents(ns)));
    const byQueue = new Map<string, Wire[]>();
    for (const agent of all ?? []) {
      const queue = str(agent, 'callqueue');
      const group = byQueue.get(queue);
      if (group) group.push(agent);
      else byQueue.set(queue, [agent]);
    }
    separate = [];
    for (const q of queues) {
      const id = str(q, 'callqueue');
      const listed = byQueue.get(id) ?? [];
      if (agentCount(q) === listed.length) {
        out.set(id, uniqueRecords(ns, ['agents'], 'agent', 'callqueue-agent-id', listed, warnings));
      } else separate.push(q);
    }
  }
  const agentsRead = objectCounter(context, 'call queue agents', separate.length);
  await Promise.all(separate.map((q) => counted(agentsRead, ownList(str(q, 'callqueue')).then((agents) => void out.set(str(q, 'callqueue'), agents)))));
  return out;
}

/** The domain-wide agents list must be a list of objects, like every listing (client.ts listOf). */
function notAgents(ns: NsClient): VendorDataError {
  return new VendorDataError(VENDOR, `GET ${ns.path('agents')}`, 'the answer is not a list of agents', 'Run again; if it persists report it to the vendor.');
}

/** The queue's `callqueue-count-agents-total` (an integer, or its digits), else null. */
function agentCount(queue: Wire): number | null {
  const total = queue['callqueue-count-agents-total'];
  const n = typeof total === 'number' ? total : typeof total === 'string' && /^\d+$/.test(total) ? Number(total) : NaN;
  return Number.isInteger(n) ? n : null;
}

/** `agents` null: not read (outside the read scope), so the members are unread. */
function readDepartment(ns: NsClient, queue: Wire, agents: Wire[] | null, emailByExtension: Map<string, string>): Live<Department> {
  const id = str(queue, 'callqueue');
  const members: Member[] = [];
  for (const agent of agents ?? []) {
    // Device agents (sip:…) and agents of hidden users have no ringform user: not members here.
    const email = emailByExtension.get(agentExtension(agent, ns.domain) ?? '');
    if (email) members.push({ user: email, priority: Number(agent['callqueue-agent-dispatch-order-ordinal'] ?? 0) });
  }
  members.sort((a, b) => a.priority - b.priority);
  const timeout = Number(queue['callqueue-agent-dispatch-timeout-seconds']);
  const data: Department = {
    name: queueName(queue),
    extension: id,
    manager: null,
    routing: routingOf(queue),
    ringTimeout: Number.isFinite(timeout) ? timeout : 0,
    stickyAgent: false,
    hours: null,
    failover: null,
    members,
    vendor: noVendorFields(),
  };
  // The agents are not kept on `raw`: nothing reads them there (50,000 agent objects at 50k users, issue 18).
  return agents === null ? { id, data, raw: queue, unread: ['members'] } : { id, data, raw: queue };
}
