import type { ProviderType } from '../model/org.js';
import type { Shard } from './shard.js';

export type FleetStatus = 'in sync' | 'changes' | 'guard' | 'error';

/**
 * The counts of one org's plan: `update` counts updates, replaces, invites and member changes (everything
 * that changes an existing object); `manual` the steps a person does.
 */
export interface FleetCounts {
  create: number;
  update: number;
  delete: number;
  manual: number;
}

export interface FleetResult {
  /** Relative to the fleet folder, `/` separators. */
  file: string;
  provider: ProviderType | null;
  counts: FleetCounts;
  status: FleetStatus;
  /** Why it failed or what stopped it. */
  message: string | null;
}

export interface FleetReport {
  format: 'ringform-fleet';
  version: 1;
  /** Org files in the folder, before sharding. */
  total: number;
  shard: Shard | null;
  results: FleetResult[];
}
