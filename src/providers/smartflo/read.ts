/**
 * Reads a Smartflo account into the neutral model: users (cursor pages, then each user's detail — the
 * list has no email), roles, and departments with their agents. Schedules (time groups) and extensions
 * cannot be listed through the API (capabilities: the plan reports them unverified).
 */
import type { Live, LiveOrg, LiveUser } from '../../model/live.js';
import type { Role } from '../../model/org.js';
import { BUILTIN_ROLES, type BuiltinRole } from '../../model/org.js';
import type { SfContext } from './context.js';
import { listDepartments } from './departments.js';
import { departmentOf, inviteStatusOf, neutralRoleName, obj, str, userOf, type SfRole, type Wire } from './mapper.js';
import { listAllUsers } from './users.js';
import type { ReadContext } from '../provider.js';
import { counted, objectCounter, pageCounter, readingOne } from '../read-progress.js';

export async function readOrg(ctx: SfContext, context?: ReadContext): Promise<LiveOrg> {
  ctx.lookups.reset();
  const [items, roles, departments] = await Promise.all([
    listAllUsers(ctx.sf, pageCounter(context, 'users')),
    readingOne(context, 'roles', () => ctx.lookups.roles()),
    readingOne(context, 'departments', () => listDepartments(ctx)),
  ]);
  // A user deleted between the list and its GET is simply gone (404 → null).
  const detailsRead = objectCounter(context, 'user details', items.length);
  const details = await Promise.all(items.map((item) => counted(detailsRead, ctx.sf.find(`/v1/user/${str(item, 'id')}`))));
  const users: LiveUser[] = [];
  const emailByAgent = new Map<string, string>();
  items.forEach((item, i) => {
    const detail = details[i];
    if (detail === null) return;
    const live = readUser(item, obj(obj(detail).data));
    users.push(live);
    const agentId = str(obj(item.agent), 'id') || str(obj(obj(live.raw).agent), 'id');
    if (agentId) {
      ctx.agents.set(live.id, agentId);
      emailByAgent.set(agentId, live.data.email);
    }
  });
  return {
    roles: roles.map(readRole),
    schedules: [],
    extensions: [],
    users,
    departments: departments.map((d) => ({ id: str(d, 'id'), data: departmentOf(d, (agent) => emailByAgent.get(agent)), raw: d })),
  };
}

/** Live.id is the integer user id as text [S: list ids are integers]; a user without an email is keyed by its login id. */
export function readUser(item: Wire, detail: Wire): LiveUser {
  const data = userOf(detail);
  if (!data.email) data.email = str(obj(detail.team_member), 'login_id') || str(item, 'login_id');
  return { id: str(item, 'id') || str(detail, 'id'), data, inviteStatus: inviteStatusOf(data), raw: detail };
}

/** A role's permissions are set in the panel and not readable (capabilities: unsupported); base is a guess for custom roles. */
export function readRole(role: SfRole): Live<Role> {
  const name = neutralRoleName(role.name);
  const base: BuiltinRole = (BUILTIN_ROLES as readonly string[]).includes(name) ? (name as BuiltinRole) : 'agent';
  return { id: String(role.id), data: { name, base, description: null, permissions: {}, vendor: {} }, raw: role };
}
