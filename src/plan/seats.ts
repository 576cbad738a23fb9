/**
 * Seats (licences) before → after the plan, where the provider reads them (model/constraints.ts SeatFacts), and
 * the blocking diagnostic when the plan would go over a known limit. A user created through the API takes a
 * seat (on MyOperator even without panel access, until a person switches "Active User" off); deletes are
 * not counted as freeing one, since on MyOperator they are panel steps a person may not have done yet.
 */
import type { AccountFacts } from '../model/constraints.js';
import { SEAT_LIMIT } from '../model/vendor-constraints/seats.js';
import type { OrgOrigin } from '../model/origin.js';
import type { Action, Blocking, SeatChange } from './types.js';

export function seatChange(actions: readonly Action[], account: AccountFacts | undefined): SeatChange | undefined {
  const seats = account?.seats;
  if (!seats) return undefined;
  const taking = actions.filter((a) => a.kind === 'create' && a.resource === 'user' && (seats.everyCreateTakesASeat || a.after['panelAccess'] === true));
  const after = seats.used + taking.length;
  if (after === seats.used && (seats.limit === null || after <= seats.limit)) return undefined;
  return { before: seats.used, after, limit: seats.limit, what: seats.what, limitSource: seats.limitSource };
}

export function seatBlocking(change: SeatChange | undefined, actions: readonly Action[], origin?: OrgOrigin): Blocking[] {
  if (!change || change.limit === null || change.after <= change.limit || change.after === change.before) return [];
  const first = actions.find((a) => a.kind === 'create' && a.resource === 'user');
  const line = origin?.lines['users'];
  return [
    {
      code: SEAT_LIMIT.code,
      message: `the plan needs ${change.after} seats (${change.what}) and the account has ${change.limit} (${change.limitSource}): ${change.after - change.limit} too many`,
      fix: SEAT_LIMIT.hint,
      address: first?.address ?? 'user',
      source: SEAT_LIMIT.source,
      ...(origin && line !== undefined ? { position: { file: origin.file, line, column: 1 } } : {}),
    },
  ];
}
