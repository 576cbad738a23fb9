/**
 * Invite states in an imported org.yaml (issue 19 item 4). Decision: an invite state is the vendor's to change
 * (the person accepts it), not a setting, so import writes it as a comment on the user's email line, never as a
 * field: "invite pending since …". Never-invited users already get `invite: never` with its own comment
 * (written.ts); accepted invites need no note. Where the vendor cannot show invites, the header says so once.
 */
import type { LiveUser } from '../model/live.js';
import { INVITE_UNVERIFIED_WHY } from '../plan/invite-states.js';

export function inviteNotesOf(users: readonly LiveUser[]): Map<string, string> {
  const notes = new Map<string, string>();
  for (const u of users) {
    if (u.inviteStatus !== 'pending') continue;
    notes.set(u.data.email.toLowerCase(), u.inviteSince ? `invite pending since ${u.inviteSince}` : 'invite pending (sent, not accepted yet)');
  }
  return notes;
}

export function inviteHeaderNotes(users: readonly LiveUser[]): string[] {
  const unknown = users.filter((u) => u.inviteStatus === 'unknown').length;
  return unknown > 0 ? [`Invite states are not written for ${unknown} user(s): ${INVITE_UNVERIFIED_WHY}.`] : [];
}
