/**
 * What ringform sends Smartflo for a user, computed once for both sides (review: the plan check and apply each
 * worked it out on their own, and a drift between the two would make the plan lie): the plan's vendor
 * constraints (smartflo.ts) check these values, and providers/smartflo/users.ts and mapper.ts send them.
 */
import type { User } from '../org.js';
import { orgRoleName } from '../role-names.js';

type SentUser = Pick<User, 'loginId' | 'email' | 'agentGroups'> & { vendor?: User['vendor'] };

const smartfloOf = (user: SentUser): Record<string, unknown> => {
  const own = user.vendor?.smartflo;
  return typeof own === 'object' && own !== null && !Array.isArray(own) ? (own as Record<string, unknown>) : {};
};

/** The login id a create sends: `loginId`, else the older `users[].vendor.smartflo.login_id`, else the email. */
export function loginIdSent(user: SentUser): { loginId: string; field: 'loginId' | 'vendor' | 'email' } {
  if (user.loginId !== null) return { loginId: user.loginId, field: 'loginId' };
  const older = smartfloOf(user)['login_id'];
  return typeof older === 'string' && older !== '' ? { loginId: older, field: 'vendor' } : { loginId: user.email, field: 'email' };
}

/** The agent groups a create sends: `agentGroups`, else the older `users[].vendor.smartflo.agent_group` (when a list). */
export function agentGroupsSent(user: SentUser): { groups: string[]; field: 'agentGroups' | 'vendor'; sent: unknown[] | undefined } {
  if (user.agentGroups.length > 0) return { groups: user.agentGroups, field: 'agentGroups', sent: user.agentGroups };
  const older = smartfloOf(user)['agent_group'];
  return Array.isArray(older) ? { groups: older.map(String), field: 'vendor', sent: older } : { groups: [], field: 'vendor', sent: undefined };
}

/**
 * The account role an org.yaml `role` names: the exact name first (a name configured under
 * provider.vendor.smartflo.roleIds, listed first), else the role whose name reads as it in org.yaml spelling
 * ("Team Lead" for team-lead). undefined: the account has no such role.
 */
export function matchRole<R extends { name: string }>(roles: readonly R[], role: string): R | undefined {
  return roles.find((r) => r.name === role) ?? roles.find((r) => orgRoleName(r.name) === orgRoleName(role));
}
