import type { ProviderType } from '../model/org.js';
import type { Shard } from './shard.js';

/**
 * plan: in sync | changes | guard | error. apply: in sync (nothing to do) | applied | partial (some actions
 * failed or were skipped) | locked (another apply holds the organisation) | guard | error. drift: in sync |
 * drift | error.
 */
export type FleetStatus = 'in sync' | 'changes' | 'guard' | 'error' | 'applied' | 'partial' | 'locked' | 'drift';
export type FleetCommand = 'plan' | 'apply' | 'drift';

/**
 * The counts of one org's plan: `update` counts updates, replaces, invites and member changes (everything
 * that changes an existing object); `manual` the steps a person does. For drift, the differences: `create`
 * counts objects missing live, `update` fields that differ, `delete` live objects org.yaml does not declare.
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
  /** Which command made the report (reports from before apply/drift fleets have none: plan). */
  command?: FleetCommand;
  /** Org files in the folder, before sharding. */
  total: number;
  shard: Shard | null;
  results: FleetResult[];
}
