/** Drift: where the live organisation differs from org.yaml, field by field, and (given a baseline) why. */
import type { ResourceKind } from '../model/address.js';
import type { ProviderType } from '../model/org.js';
import type { InviteState, Unverified } from '../plan/types.js';
import type { InviteChange } from './invites.js';

export const DRIFT_FORMAT = 'ringform-drift';

/**
 * - `outside`: live differs from what was last applied, and org.yaml still says what was applied: someone
 *   changed the org outside ringform (in the panel, another tool).
 * - `unapplied`: org.yaml differs from what was last applied, and live is still what was applied: a change
 *   merged but not yet applied.
 * - `both`: live and org.yaml both moved away from what was last applied (and disagree).
 * - `unknown`: no baseline was given, or it could not tell.
 */
export type DriftOrigin = 'outside' | 'unapplied' | 'both' | 'unknown';
export const DRIFT_ORIGINS: readonly DriftOrigin[] = ['outside', 'unapplied', 'both', 'unknown'];

export interface DriftItem {
  address: string;
  resource: ResourceKind;
  /** `missing`: declared, absent live. `extra`: live, not declared (prune on). `differs`: a field differs. */
  kind: 'missing' | 'extra' | 'differs';
  /** The field that differs; null for a whole object (missing or extra). */
  field: string | null;
  /** The live value (null when the object is absent live). */
  live: unknown;
  /** The declared value (null when the object is not declared). */
  declared: unknown;
  /** The vendor's API cannot change it: a person would (a manual step in the plan). */
  manual: boolean;
  origin: DriftOrigin;
}

export interface Baseline {
  /** What stands for "last applied", in words: `git ref main~1`, `saved plan plan.json`. */
  label: string;
  /** Why the classification is what it is, or why it could not be made. */
  note: string | null;
}

export interface DriftReport {
  format: typeof DRIFT_FORMAT;
  version: 1;
  provider: { type: ProviderType; target: string | null };
  inSync: boolean;
  items: DriftItem[];
  /** Collections the vendor cannot read: their drift cannot be known. */
  unverified: Unverified[];
  baseline: Baseline | null;
  /** Declared users whose invite is pending or was never sent (as the plan lists them); absent when none. */
  invites?: InviteState[];
  /** With a saved-plan baseline that listed invites: how those users' invites changed since. Absent when none. */
  inviteChanges?: InviteChange[];
}
