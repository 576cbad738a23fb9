/**
 * Plans every org file of a fleet, a bounded number at once; one file's failure is its row, never the
 * fleet's. Reads only, like `plan`.
 */
import path from 'node:path';
import { guardExit, guardMessage } from '../shell/guards.js';
import { makePlan } from '../shell/make-plan.js';
import { RingformError } from '../errors.js';
import type { Plan, PlanOptions } from '../plan/types.js';
import type { CreateProviderOptions } from '../providers/registry.js';
import { mapBounded } from './pool.js';
import type { FleetCounts, FleetResult } from './types.js';

export interface FleetRunOptions {
  dir: string;
  files: string[];
  concurrency: number;
  plan: PlanOptions;
  force: boolean;
  /** Provider options per file (the --verbose log, prefixed with the file). */
  providerOptions: (file: string) => CreateProviderOptions;
}

export const DEFAULT_FLEET_CONCURRENCY = 8;

export function countsOf(plan: Plan): FleetCounts {
  const counts: FleetCounts = { create: 0, update: 0, delete: 0, manual: 0 };
  for (const a of plan.actions) {
    if (a.kind === 'create' || a.kind === 'delete' || a.kind === 'manual') counts[a.kind] += 1;
    else counts.update += 1;
  }
  return counts;
}

async function planOne(file: string, opts: FleetRunOptions): Promise<FleetResult> {
  const none: FleetCounts = { create: 0, update: 0, delete: 0, manual: 0 };
  try {
    const planned = await makePlan(path.join(opts.dir, file), opts.plan, opts.providerOptions(file));
    await planned.provider.close?.();
    const { plan } = planned;
    const base = { file, provider: plan.provider.type, counts: countsOf(plan) };
    if (guardExit(plan, opts.force) !== null) return { ...base, status: 'guard', message: guardMessage(plan, opts.force).trim() };
    return { ...base, status: plan.actions.length > 0 ? 'changes' : 'in sync', message: null };
  } catch (error) {
    const message = error instanceof RingformError ? error.message : `ringform crashed (a bug): ${String(error)}`;
    return { file, provider: null, counts: none, status: 'error', message };
  }
}

export function planFleet(opts: FleetRunOptions): Promise<FleetResult[]> {
  return mapBounded(opts.files, opts.concurrency, (file) => planOne(file, opts));
}
