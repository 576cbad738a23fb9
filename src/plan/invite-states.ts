/**
 * Each declared user's invite state as the read shows it (issue 19 item 4): a pending invite (and since when, if
 * the vendor says), or none although the user has panel access. Where the vendor's API cannot show invites
 * (LiveUser.inviteStatus `unknown`: Smartflo, MyOperator, Squaretalk), one unverified line says so instead of
 * a guess. Accepted invites, and users who are not declared, are not listed. Pure.
 */
import type { LiveUser } from '../model/live.js';
import type { User } from '../model/org.js';
import type { Pair } from './identity.js';
import type { InviteState, Unverified } from './types.js';

export const INVITE_UNVERIFIED_WHY = 'what ringform can read from this vendor does not show whether a user accepted a panel invite';

export function inviteStates(users: readonly Pair<User, LiveUser>[]): { invites: InviteState[]; unverified: Unverified[] } {
  const invites: InviteState[] = [];
  let unknown = 0;
  for (const { desired, live, address } of users) {
    if (!desired || !live) continue;
    if (live.inviteStatus === 'pending') invites.push({ address, state: 'pending', ...(live.inviteSince ? { since: live.inviteSince } : {}) });
    else if (live.inviteStatus === 'none' && desired.panelAccess && live.data.panelAccess) invites.push({ address, state: 'never invited' });
    else if (live.inviteStatus === 'unknown' && desired.panelAccess) unknown += 1;
  }
  const unverified: Unverified[] = unknown > 0 ? [{ resource: 'user', field: 'invite', why: `${INVITE_UNVERIFIED_WHY} (${unknown} user${unknown === 1 ? '' : 's'} with panel access)` }] : [];
  return { invites, unverified };
}

/** One line per state: `pending since 2026-12-01T09:30:00Z`, `pending`, `never invited`. */
export function describeInvite(i: InviteState): string {
  return i.state === 'pending' && i.since ? `invite pending since ${i.since}` : i.state === 'pending' ? 'invite pending' : 'never invited';
}
