/**
 * `ringform drift FOLDER`: checks every org file of a fleet against its live organisation, a bounded
 * number at once. Reads only and takes no lock, like `drift`. With --since-ref, each file's baseline is
 * that file at the ref.
 */
import path from 'node:path';
import { loadOrgOrThrow } from '../config/load.js';
import { detectDrift, resolveBaseline, type BaselineSource } from '../drift/index.js';
import { driftScope } from '../drift/scope.js';
import type { DriftReport } from '../drift/types.js';
import { RingformError } from '../errors.js';
import { createProvider, type CreateProviderOptions } from '../providers/registry.js';
import { mapBounded } from './pool.js';
import type { FleetCounts, FleetResult } from './types.js';

export interface FleetDriftOptions {
  dir: string;
  files: string[];
  concurrency: number;
  baseline: BaselineSource | null;
  providerOptions: (file: string) => CreateProviderOptions;
}

/** missing → create, differs → update, extra → delete, whatever only a person can change → manual. */
export function driftCounts(report: DriftReport): FleetCounts {
  const counts: FleetCounts = { create: 0, update: 0, delete: 0, manual: 0 };
  for (const item of report.items) {
    if (item.manual) counts.manual += 1;
    else counts[item.kind === 'missing' ? 'create' : item.kind === 'extra' ? 'delete' : 'update'] += 1;
  }
  return counts;
}

async function driftOne(file: string, opts: FleetDriftOptions): Promise<FleetResult> {
  const full = path.join(opts.dir, file);
  try {
    // As `ringform drift`: a coverage error is plan's to stop on, after the live read (cli/commands/drift.ts).
    const { org } = await loadOrgOrThrow(full, { coverageAfterRead: true });
    const provider = await createProvider(org.provider, opts.providerOptions(file));
    try {
      const scope = driftScope(org, opts.baseline ?? null);
      const live = await provider.read(scope ? { scope } : {});
      const baseline = opts.baseline ? await resolveBaseline(opts.baseline, full, org, live) : null;
      const report = detectDrift({ desired: org, live, provider, baseline });
      return { file, provider: provider.type, counts: driftCounts(report), status: report.inSync ? 'in sync' : 'drift', message: null };
    } finally {
      await provider.close?.();
    }
  } catch (error) {
    const message = error instanceof RingformError ? error.message : `ringform crashed (a bug): ${String(error)}`;
    return { file, provider: null, counts: { create: 0, update: 0, delete: 0, manual: 0 }, status: 'error', message };
  }
}

export function driftFleet(opts: FleetDriftOptions): Promise<FleetResult[]> {
  return mapBounded(opts.files, opts.concurrency, (file) => driftOne(file, opts));
}
