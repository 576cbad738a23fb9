/**
 * Login ids that move between users in one plan (Smartflo, RF467): a user whose create or update takes the login
 * id another user's update gives up (a `loginId` change, or an email change the login id follows) waits for that
 * update, as an extension taken waits for its release (moves.ts): the vendor refuses a login id that is taken
 * (emulator: 422 "The login id has already been taken.", an assumption of the vendor [NF]). Review: RF467 used to
 * refuse such a plan and tell the user to apply the giver alone first with --target.
 *
 * The login id a record signs in with is what Smartflo is sent (smartflo-sent.ts loginIdSent: `loginId`, the
 * older `vendor.smartflo.login_id`, else the email), compared ignoring case as RF465/RF467 do. A swap (each
 * takes the other's), or a longer rotation, is a cycle no order breaks: its waits are left out here, and RF467
 * refuses it at plan, with the fix (ordering must not stop the plan before it can say so).
 */
import { loginIdSent } from '../model/vendor-constraints/smartflo-sent.js';
import type { User } from '../model/org.js';
import type { Draft } from './draft.js';
import { cycles } from './scc.js';
import type { Record_ } from './types.js';

const signsInWith = (r: Record_) => loginIdSent(r as unknown as Pick<User, 'loginId' | 'email' | 'agentGroups' | 'vendor'>).loginId.toLowerCase();

/** The login id an update gives up, or null. */
function given(d: Draft): string | null {
  if (d.action.resource !== 'user' || d.intent !== 'update' || !d.before || !d.after) return null;
  const before = signsInWith(d.before);
  return before !== signsInWith(d.after) ? before : null;
}

/** The login id a create (or replace) signs in with, or the new one of an update; null when it keeps its own. */
function takenBy(d: Draft): string | null {
  if (d.action.resource !== 'user' || !d.after) return null;
  if (d.intent === 'create' || d.intent === 'replace') return signsInWith(d.after);
  if (d.intent !== 'update' || !d.before) return null;
  const after = signsInWith(d.after);
  return after !== signsInWith(d.before) ? after : null;
}

/** Each taker waits for the updates of other users that give up the login id it takes, but in a rotation. */
export function linkLoginIds(drafts: Draft[]): void {
  const givers = new Map<string, Draft[]>();
  for (const d of drafts) {
    const id = given(d);
    if (id !== null) givers.set(id, [...(givers.get(id) ?? []), d]);
  }
  if (givers.size === 0) return;
  const waits = new Map<Draft, Draft[]>();
  for (const d of drafts) {
    const id = takenBy(d);
    const from = id === null ? [] : (givers.get(id) ?? []).filter((g) => g.action.address !== d.action.address);
    if (from.length > 0) waits.set(d, from);
  }
  const rotating = new Set(cycles([...waits.keys()], (d) => waits.get(d) ?? []).flat());
  for (const [d, from] of waits) if (!rotating.has(d)) for (const g of from) d.deps.add(g.key);
}
