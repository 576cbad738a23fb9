/**
 * The plan's invite states (plan/invite-states.ts) as lines for text and markdown: `user["a@x"]: invite pending
 * since 2026-12-01T09:30:00Z`. At most 20 are listed; the JSON plan has them all.
 */
import { describeInvite } from '../plan/invite-states.js';
import type { InviteState } from '../plan/types.js';

const SHOWN = 20;

export function inviteLines(plan: { invites?: InviteState[] }): string[] {
  const all = plan.invites ?? [];
  const lines = all.slice(0, SHOWN).map((i) => `${i.address}: ${describeInvite(i)}`);
  if (all.length > SHOWN) lines.push(`… and ${all.length - SHOWN} more (the JSON plan lists them all)`);
  return lines;
}
