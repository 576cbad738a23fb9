/**
 * Panel invites. A desired user with panel access, active, and invite policy `auto` gets exactly one
 * invite when it has none: when it is new (or re-created by a replace), or when live says it was never
 * invited. A pending invite is only re-sent on request. A user losing panel access, or being deleted, with
 * a pending invite has that invite cancelled first.
 */
import type { LiveUser } from '../model/live.js';
import type { User } from '../model/org.js';
import { planOperation } from './capability.js';
import type { Context } from './diff.js';
import type { Pair } from './identity.js';
import type { PlanOptions } from './types.js';
import { intentsByAddress } from './draft.js';

function wantsInvite(user: User): boolean {
  return user.panelAccess && user.status === 'active' && user.invite === 'auto';
}

function inviteReason(pair: Pair<User, LiveUser>, recreated: boolean, options: PlanOptions): string | null {
  if (!pair.live) return 'new user with panel access';
  if (recreated) return 'user is re-created';
  switch (pair.live.inviteStatus) {
    case 'none':
      return 'has panel access but was never invited';
    case 'pending':
      return options.resendInvites ? 'invite is pending; re-sending it (resendInvites)' : null;
    // Stryker disable next-line ConditionalExpression,StringLiteral: without this case the switch ends and returns undefined, which reads as null (no invite)
    case 'accepted':
    case 'unknown':
      // Unknown: the vendor cannot show it, so an invite would be a guess (plan/invite-states.ts reports it).
      return null;
  }
}

function cancelReason(pair: Pair<User, LiveUser>, deleted: boolean): string | null {
  if (pair.live?.inviteStatus !== 'pending') return null;
  if (deleted) return 'user is being deleted with an invite pending';
  if (pair.desired && !pair.desired.panelAccess) return 'panel access removed with an invite pending';
  return null;
}

export function planInvites(ctx: Context, users: Pair<User, LiveUser>[], options: PlanOptions): void {
  const intentsAt = intentsByAddress(ctx.drafts);
  for (const pair of users) {
    const intents = intentsAt(pair.address);
    const vendorId = pair.live?.id ?? null;
    const base = { resource: 'user' as const, address: pair.address, vendorId };
    const cancel = cancelReason(pair, intents.has('delete'));
    if (cancel && pair.live) {
      const email = pair.live.data.email;
      // Stryker disable next-line ObjectLiteral: a cancel-invite's `before` is only checked for presence (references.ts links it by its address)
      planOperation(ctx, { kind: 'cancel-invite', ...base, reason: cancel, email }, { email, name: pair.live.data.name }, null);
      continue;
    }
    if (!pair.desired || !wantsInvite(pair.desired)) continue;
    const reason = inviteReason(pair, intents.has('replace'), options);
    if (!reason) continue;
    const { email, name, loginId } = pair.desired;
    // The login id only where the user has one of their own: a manual invite step says what to sign in with.
    planOperation(ctx, { kind: 'invite', ...base, reason, email, name }, null, { email, name, ...(loginId === null ? {} : { loginId }) });
  }
}
