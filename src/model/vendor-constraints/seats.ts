/** The account-wide constraint on seats (plan/seats.ts); per-user constraints are in the vendor tables. */
export const SEAT_LIMIT = {
  code: 'RF430',
  name: 'seat-limit',
  severity: 'error' as const,
  meaning: "The plan creates more users than the account's seats allow (where the limit is known).",
  hint: 'Create fewer users in this change, free seats in the panel first, or raise the plan; if the limit is out of date, correct provider.vendor.<vendor>.seatLimit.',
  source:
    'MyOperator: seat limits appear as panel text only and "Active User" counting against them is an assumption (docs/vendors/myoperator.md#seat-limits); the limit is what org.yaml states',
};
