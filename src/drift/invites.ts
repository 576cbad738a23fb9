/**
 * Invite states in drift (issue 19 item 4): the states the plan lists (pending, never invited), and, when the
 * baseline is a saved plan that listed invites, how each of those users' invite changed since: accepted,
 * cancelled, sent. A `--since-ref` baseline holds no invite states (org.yaml has none), so only the current
 * ones are shown. An invite state is the person's, not org.yaml's: it never makes drift out of sync. Pure.
 */
import type { InviteStatus, LiveOrg } from '../model/live.js';
import type { InviteState } from '../plan/types.js';

export interface InviteChange {
  address: string;
  /** As the baseline plan listed it. */
  before: InviteState['state'];
  /** As the read shows it now (`gone`: the user is no longer there). */
  after: InviteStatus | 'gone';
}

const WAS: Record<InviteState['state'], InviteStatus> = { pending: 'pending', 'never invited': 'none' };

export function inviteChanges(then: readonly InviteState[], live: LiveOrg): InviteChange[] {
  const now = new Map(live.users.map((u) => [`user[${JSON.stringify(u.data.email.toLowerCase())}]`, u.inviteStatus]));
  const changes: InviteChange[] = [];
  for (const before of then) {
    const after = now.get(before.address.toLowerCase()) ?? 'gone';
    if (after !== WAS[before.state]) changes.push({ address: before.address, before: before.state, after });
  }
  return changes;
}

const WORDS: Record<InviteStatus | 'gone', string> = { none: 'no invite', pending: 'pending', accepted: 'accepted', unknown: 'not shown by the vendor', gone: 'user gone' };

export function describeChange(c: InviteChange): string {
  return `${c.address}: invite ${c.before} → ${WORDS[c.after]}`;
}
