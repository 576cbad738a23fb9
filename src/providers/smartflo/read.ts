/**
 * Reads a Smartflo account into the neutral model: users (cursor pages, then each user's detail — the
 * list has no email), roles, and departments with their agents. Schedules (time groups) and extensions
 * cannot be listed through the API (capabilities: the plan reports them unverified).
 */
import type { Live, LiveOrg, LiveUser, UnreadableField } from '../../model/live.js';
import type { Role } from '../../model/org.js';
import { BUILTIN_ROLES, type BuiltinRole } from '../../model/org.js';
import type { SfContext } from './context.js';
import { requireEmail, requireId, requireList, uniqueById, uniqueIdentity, VendorDataError } from '../vendor-data.js';
import { VENDOR } from './client.js';
import { cdrOf, departmentOf, inviteStatusOf, neutralRoleName, obj, roleNameById, str, userOf, type SfRole, type Wire } from './mapper.js';
import { listAllUsers } from './users.js';
import type { ReadDeadline } from '../read-guard.js';
import type { ReadContext } from '../../contract/provider.js';
import { counted, objectCounter, pageCounter, readingOne } from '../read-progress.js';

/**
 * `deadline`: the whole-read deadline (read-guard.ts). The read sends one detail request per listed user (the
 * list has no email), so at Smartflo's default 3 requests/s a fixed 900 s would stop any account past ~2,700
 * users: the read announces those requests and the deadline grows with their time at the pace.
 */
export async function readOrg(ctx: SfContext, deadline?: ReadDeadline, context?: ReadContext): Promise<LiveOrg> {
  const deadlineAt = deadline?.at;
  ctx.lookups.reset();
  const [listed, roles, departmentList, numbers] = await Promise.all([
    listAllUsers(ctx.sf, deadlineAt, pageCounter(context, 'users')),
    readingOne(context, 'roles', () => ctx.lookups.roles()),
    readingOne(context, 'departments', () => ctx.sf.get('/v1/departments').then((body) => requireList(VENDOR, 'GET /v1/departments', body, 'data'))),
    // The account's numbers: a new user's caller id must be one of them (vendor constraint RF401).
    readingOne(context, 'numbers', () => ctx.lookups.numbers()),
  ]);
  const warnings: string[] = [];
  const items = uniqueRecords('GET /v1/users', 'user', listed, warnings);
  const departments = uniqueRecords('GET /v1/departments', 'department', departmentList, warnings);
  // A user deleted between the list and its GET is simply gone (404 → null).
  deadline?.expect(items.length, 'user detail requests');
  const detailsRead = objectCounter(context, 'user details', items.length);
  const details = await Promise.all(items.map((item) => counted(detailsRead, ctx.sf.find(`/v1/user/${str(item, 'id')}`))));
  const users: LiveUser[] = [];
  const emailByAgent = new Map<string, string>();
  const logins: Array<{ email: string; loginId: string }> = [];
  items.forEach((item, i) => {
    const detail = details[i];
    if (detail === null) return;
    const live = readUser(item, detailOf(item, detail));
    // By id: a role named in provider.vendor.smartflo.roleIds reads as that name.
    live.data.role = roleNameById(roles, { id: obj(obj(obj(live.raw).team_member).role).id, name: str(obj(obj(obj(live.raw).team_member).role), 'name') });
    users.push(live);
    // Every live user's login id (list `login_id` [S: fetch-multiple-users], detail `team_member.login_id` [S]):
    // a create or login-id change taking one is refused at plan (RF467), not by Smartflo at apply.
    const loginId = str(obj(obj(live.raw).team_member), 'login_id') || str(item, 'login_id');
    if (loginId !== '') logins.push({ email: live.data.email, loginId });
    const agentId = str(obj(item.agent), 'id') || str(obj(obj(live.raw).agent), 'id');
    if (agentId) {
      ctx.agents.set(live.id, agentId);
      emailByAgent.set(agentId, live.data.email);
    }
  });
  uniqueIdentity(VENDOR, 'GET /v1/user/{id}', 'users', users.map((u) => ({ id: u.id, key: u.data.email })), CHECK_EMAIL);
  const cdrUnread = readReportsOf(users, emailByAgent);
  return {
    roles: roles.map(readRole),
    schedules: [],
    extensions: [],
    users,
    departments: departments.map((d) => ({ id: str(d, 'id'), data: departmentOf(d, (agent) => emailByAgent.get(agent)), raw: d })),
    ...(warnings.length > 0 ? { warnings } : {}),
    account: {
      numbers: numbers.map((n) => ({ id: String(n.id), e164: n.e164 })),
      knownSchedules: knownTimeGroups(users, ctx.vendor),
      // The roles a create or a role change can name (vendor constraint RF404): the list apply resolves against.
      roles: roles.map((r) => r.name),
      // roleIds naming an id GET /v1/roles does not list (RF404, review A2).
      ...(ctx.lookups.configuredIdCheck() === undefined ? {} : { roleIds: ctx.lookups.configuredIdCheck()! }),
      logins,
    },
    ...withUnreadable(unreadableOf(roles, departments), [...WEB_LOGIN_UNREAD, ...cdrUnread]),
  };
}

/**
 * GET /v1/user/{id} shows neither a user's caller ids nor agent groups [S: fetch-single-user, whose sample has
 * neither], though create and PATCH take both [S: create-user, patch-a-user]; no API shows Allowed IPs [NF].
 * They are unverified (never diffed); a create still sends the declared value.
 */
const WEB_LOGIN_UNREAD = [
  { resource: 'user' as const, field: 'callerIds', why: "GET /v1/user/{id} does not show a user's allowed caller ids; a new user gets the declared ones (check others in the panel: Users → All Users → Edit)" },
  { resource: 'user' as const, field: 'agentGroups', why: "GET /v1/user/{id} does not show a user's agent groups; a new user gets the declared ones (check others in the panel: Users → All Users → Edit)" },
  { resource: 'user' as const, field: 'allowedIps', why: 'no Smartflo API reads or sets Allowed IPs: check them in the panel (Users → All Users → Edit → Web Login → Allowed IPs)' },
];

/** Each user's `reportsOf` from `users_for_cdr`, now that every agent's email is known; the users it cannot name, unverified. */
function readReportsOf(users: LiveUser[], emailByAgent: Map<string, string>): UnreadableField[] {
  const unknown: string[] = [];
  for (const u of users) {
    const reportsOf = cdrOf(obj(u.raw), (agent) => emailByAgent.get(agent));
    if (reportsOf === undefined) unknown.push(u.data.email);
    else u.data.reportsOf = reportsOf;
  }
  const why = "users_for_cdr names a type or an agent ringform cannot map (check it in the panel: Users → All Users → Edit → Web Login → Users for CDR/Reports)";
  return unknown.length > 0 ? [{ resource: 'user', field: 'reportsOf', why, keys: unknown }] : [];
}

function withUnreadable(found: Pick<LiveOrg, 'unreadable'>, more: UnreadableField[]): Pick<LiveOrg, 'unreadable'> {
  const all = [...(found.unreadable ?? []), ...more];
  return all.length > 0 ? { unreadable: all } : {};
}

/**
 * Time groups known to exist although no API lists them [NF: docs/vendors/smartflo.md#time-groups]: those some
 * user's agent already has (`agent.time_group.name`), and those org.yaml lists under
 * provider.vendor.smartflo.timeGroups (a person created them in the panel). A user create naming another
 * one waits for the manual step that creates it (plan/unverified.ts).
 */
function knownTimeGroups(users: LiveUser[], vendor: Record<string, unknown>): string[] {
  const listed = Array.isArray(vendor.timeGroups) ? vendor.timeGroups.filter((t): t is string => typeof t === 'string') : [];
  const inUse = users.map((u) => u.data.receiveCalls).filter((r) => r !== 'always' && r !== 'never');
  return [...new Set([...listed, ...inUse])].sort();
}

/**
 * GET /v1/roles gives only ids and names: a role's base, description and permissions are guessed on read
 * (readRole), so they are never compared (a declared base would otherwise be "changed" on every plan).
 */
const ROLE_FIELDS_UNREAD = (['base', 'description', 'permissions'] as const).map((field) => ({
  resource: 'role' as const,
  field,
  why: "GET /v1/roles gives only a role's id and name; check it in the panel (Settings → Roles)",
}));

/**
 * A department's ring timeout is read from its agents' slots (mapper.ts departmentOf): one without agents
 * shows none, so its timeout is unverified for that department, never compared (it used to read as 25 and
 * plan the declared value again on every run).
 */
function unreadableOf(roles: SfRole[], departments: Wire[]): Pick<LiveOrg, 'unreadable'> {
  const empty = departments.filter((d) => !Array.isArray(d.agents) || d.agents.length === 0).map((d) => str(d, 'name'));
  const unreadable = [
    ...(roles.length > 0 ? ROLE_FIELDS_UNREAD : []),
    ...(empty.length > 0 ? [{ resource: 'department' as const, field: 'ringTimeout', why: 'a Smartflo department without agents shows no ring timeout (it is kept per agent)', keys: empty, whileEmpty: true }] : []),
  ];
  return unreadable.length > 0 ? { unreadable } : {};
}

const CHECK_EMAIL = 'Give the user one email address in the Smartflo panel (Users → the user → Edit), then run again.';

/** Every record needs its `id`; byte-identical repeats count once (warning), different records under one id stop the read. */
function uniqueRecords(source: string, what: string, records: Wire[], warnings: string[]): Wire[] {
  records.forEach((r, i) => requireId(VENDOR, source, what, i, r.id, 'id'));
  return uniqueById(VENDOR, source, what, records, (r) => str(r, 'id'), warnings);
}

/** `data` of `GET /v1/user/{id}`: an object, or the read stops (an empty detail would be a user without identity). */
function detailOf(item: Wire, body: unknown): Wire {
  const data = obj(body).data;
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    // The detail of another user (a cache or proxy mix-up) would put that user's email on this id.
    const id = str(data as Wire, 'id');
    if (id === '' || id === str(item, 'id')) return data as Wire;
    throw new VendorDataError(VENDOR, `GET /v1/user/${str(item, 'id')}`, `the answer describes user ${JSON.stringify(id.slice(0, 40))}, not user ${str(item, 'id')}`, 'Run again; if it persists report it to the vendor.');
  }
  throw new VendorDataError(VENDOR, `GET /v1/user/${str(item, 'id')}`, `user ${str(item, 'id')}'s detail has no \`data\` object`, 'Run again; if it persists report it to the vendor.');
}

/**
 * Live.id is the integer user id as text [S: list ids are integers]. The identity is the team member's
 * email, canonical as vendor-data.ts says; a user without a valid one stops the read (it used to be keyed
 * by its login id, which the planner took for a different user).
 */
export function readUser(item: Wire, detail: Wire): LiveUser {
  const data = userOf(detail);
  const id = str(item, 'id') || str(detail, 'id');
  data.email = requireEmail({ vendor: VENDOR, source: `GET /v1/user/${id}`, label: `user ${id}` }, obj(detail.team_member).email, CHECK_EMAIL);
  return { id, data, inviteStatus: inviteStatusOf(data), raw: detail };
}

/** A role's permissions are set in the panel and not readable (capabilities: unsupported); base is a guess for custom roles. */
export function readRole(role: SfRole): Live<Role> {
  const name = neutralRoleName(role.name);
  const base: BuiltinRole = (BUILTIN_ROLES as readonly string[]).includes(name) ? (name as BuiltinRole) : 'agent';
  return { id: String(role.id), data: { name, base, description: null, permissions: {}, vendor: {} }, raw: role };
}
