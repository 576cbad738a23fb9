/**
 * `ringform apply FOLDER`: applies every org file of a fleet, a bounded number of organisations at once,
 * each under its own organisation lock (taken before its live state is read), never prompting. One
 * organisation's failure is its row, never the fleet's: the others still run.
 */
import path from 'node:path';
import { applyPlan } from '../apply/engine.js';
import { lockOrgOf } from '../apply/org-lock.js';
import { guardExit, guardMessage } from '../shell/guards.js';
import { makePlan } from '../shell/make-plan.js';
import { LockError, RingformError } from '../errors.js';
import type { CreateProviderOptions } from '../providers/registry.js';
import { mapBounded } from './pool.js';
import { countsOf } from './run.js';
import type { FleetCounts, FleetResult } from './types.js';
import type { PlanOptions } from '../plan/types.js';

export interface FleetApplyOptions {
  dir: string;
  files: string[];
  concurrency: number;
  plan: PlanOptions;
  force: boolean;
  /** Vendor calls at once within one organisation. */
  parallelism: number;
  env: NodeJS.ProcessEnv;
  lockTimeoutMs: number;
  signal?: AbortSignal;
  providerOptions: (file: string) => CreateProviderOptions;
}

const NONE: FleetCounts = { create: 0, update: 0, delete: 0, manual: 0 };

async function applyOne(file: string, opts: FleetApplyOptions): Promise<FleetResult> {
  const full = path.join(opts.dir, file);
  try {
    const release = await lockOrgOf(full, { env: opts.env, timeoutMs: opts.lockTimeoutMs });
    try {
      const planned = await makePlan(full, opts.plan, opts.providerOptions(file));
      try {
        const { plan } = planned;
        const base = { file, provider: plan.provider.type, counts: countsOf(plan) };
        if (guardExit(plan, opts.force) !== null) return { ...base, status: 'guard', message: guardMessage(plan, opts.force).trim() };
        if (plan.actions.length === 0) return { ...base, status: 'in sync', message: null };
        const manifest = await applyPlan(plan, planned.provider, { live: planned.live, parallelism: opts.parallelism, signal: opts.signal });
        const { failed, skipped } = manifest.counts;
        if (failed + skipped === 0) return { ...base, status: 'applied', message: null };
        const first = manifest.results.find((r) => r.status === 'failed' || r.status === 'skipped');
        return { ...base, status: 'partial', message: `${failed} failed, ${skipped} skipped; first: ${first?.address}: ${first?.message ?? ''}`.trim() };
      } finally {
        await planned.provider.close?.();
      }
    } finally {
      await release();
    }
  } catch (error) {
    const status = error instanceof LockError ? 'locked' : 'error';
    const message = error instanceof RingformError ? error.message : `ringform crashed (a bug): ${String(error)}`;
    return { file, provider: null, counts: NONE, status, message };
  }
}

export function applyFleet(opts: FleetApplyOptions): Promise<FleetResult[]> {
  return mapBounded(opts.files, opts.concurrency, (file) => applyOne(file, opts));
}
