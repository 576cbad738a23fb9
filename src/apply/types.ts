/** What an apply reports: events while it runs, and a manifest when it is done. */
import type { Action } from '../plan/types.js';

/**
 * `waiting`: not attempted because it needs a manual step of the same plan done first (README "Manual steps are
 * dependencies"); not a failure: the next plan sends it once the step is done. `skipped`: not attempted because
 * something it needs failed (or the apply was interrupted).
 */
export type ActionStatus = 'succeeded' | 'failed' | 'skipped' | 'waiting' | 'manual';
export const ACTION_STATUSES: readonly ActionStatus[] = ['succeeded', 'failed', 'skipped', 'waiting', 'manual'];

export interface ApplyEvent {
  type: 'started' | ActionStatus;
  action: Action;
  /** For `failed`: the vendor's message. For `skipped` and `waiting`: why it did not run. */
  error?: string;
  /** For `succeeded` and `failed`: how long the vendor call took. */
  durationMs?: number;
}

export interface ActionResult {
  id: string;
  address: string;
  kind: Action['kind'];
  status: ActionStatus;
  /** failed: the vendor's message; skipped and waiting: why; manual: why the API cannot do it. */
  message?: string;
  /**
   * A failed action that changed the vendor all the same (a create whose follow-up call failed): what was done,
   * e.g. `created the user (id 42)`. The next plan reads it and plans only what is left.
   */
  done?: string;
  /** For manual actions: what the API would have done. */
  intent?: Exclude<Action['kind'], 'manual'>;
  /** For manual actions: what a person does, in order. */
  steps?: string[];
  durationMs: number;
}

export interface Manifest {
  /** In plan order. */
  results: ActionResult[];
  counts: Record<ActionStatus, number>;
  /** The apply was stopped (Ctrl-C, SIGTERM, an abort) before every action had its turn: counts.skipped includes those. */
  interrupted?: true;
}
