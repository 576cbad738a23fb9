/** What an apply reports: events while it runs, and a manifest when it is done. */
import type { Action } from '../plan/types.js';

export type ActionStatus = 'succeeded' | 'failed' | 'skipped' | 'manual';
export const ACTION_STATUSES: readonly ActionStatus[] = ['succeeded', 'failed', 'skipped', 'manual'];

export interface ApplyEvent {
  type: 'started' | ActionStatus;
  action: Action;
  /** For `failed`: the vendor's message. For `skipped`: why it did not run. */
  error?: string;
  /** For `succeeded` and `failed`: how long the vendor call took. */
  durationMs?: number;
}

export interface ActionResult {
  id: string;
  address: string;
  kind: Action['kind'];
  status: ActionStatus;
  /** failed: the vendor's message; skipped: why; manual: why the API cannot do it. */
  message?: string;
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
