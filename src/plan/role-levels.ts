/**
 * Roles on a vendor with coarser roles (Capabilities.roleLevels, e.g. Squaretalk, where supervisor and
 * manager are both the panel's "Manager"): a live user whose role is on the level of the declared one is
 * taken to hold the declared role, so no `~ role` step is planned that doing could never make disappear
 * (issue 16 item 4).
 */
import type { LiveUser } from '../model/live.js';
import type { User } from '../model/org.js';
import type { Capabilities } from '../model/capabilities.js';
import type { Pair } from './identity.js';

export function withRoleLevels(users: Pair<User, LiveUser>[], caps: Capabilities): Pair<User, LiveUser>[] {
  const levels = caps.roleLevels;
  if (!levels) return users;
  const level = (role: string) => levels[role] ?? role;
  return users.map((p) => {
    if (!p.desired || !p.live || p.desired.role === p.live.data.role || level(p.desired.role) !== level(p.live.data.role)) return p;
    return { ...p, live: { ...p.live, data: { ...p.live.data, role: p.desired.role } } };
  });
}
