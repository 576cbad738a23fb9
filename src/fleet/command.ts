/**
 * `ringform plan FOLDER`: the fleet form of plan (called by the plan command when its argument is a
 * folder). Exit code per the worst org: 1 if any errored, else 3 if a guard stopped any, else 2 if any has
 * changes and --detailed-exitcode, else 0.
 */
import path from 'node:path';
import type { IO } from '../cli/io.js';
import { providerOptions } from '../cli/request-log.js';
import { EXIT, RingformError, type ExitCode } from '../errors.js';
import type { PlanOptions } from '../plan/types.js';
import { listOrgFiles } from './files.js';
import { renderFleet } from './render.js';
import { DEFAULT_FLEET_CONCURRENCY, planFleet } from './run.js';
import { inShard, parseShard } from './shard.js';
import type { FleetReport, FleetResult } from './types.js';

export interface FleetCommandOptions {
  dir: string;
  format: 'text' | 'json' | 'markdown';
  detailedExitcode: boolean;
  plan: PlanOptions;
  force: boolean;
  /** `i/n`, 0-based. */
  shard?: string;
  concurrency?: number;
  verbose: boolean;
}

export async function planFleetCommand(opts: FleetCommandOptions, io: IO): Promise<ExitCode> {
  const dir = path.resolve(io.cwd, opts.dir);
  const shard = opts.shard === undefined ? null : parseShard(opts.shard);
  const all = await listOrgFiles(dir);
  if (all.length === 0) throw new RingformError(`${opts.dir} holds no *.yaml or *.yml org files`);
  const files = shard ? all.filter((f) => inShard(f, shard)) : all;
  const results = await planFleet({
    dir,
    files,
    concurrency: opts.concurrency ?? DEFAULT_FLEET_CONCURRENCY,
    plan: opts.plan,
    force: opts.force,
    providerOptions: (file) => providerOptions(io, opts.verbose, `[${file}] `),
  });
  const report: FleetReport = { format: 'ringform-fleet', version: 1, total: all.length, shard, results };
  io.stdout.write(renderFleet(report, opts.format));
  return fleetExit(results, opts.detailedExitcode);
}

export function fleetExit(results: FleetResult[], detailed: boolean): ExitCode {
  const has = (status: FleetResult['status']) => results.some((r) => r.status === status);
  if (has('error')) return EXIT.error;
  if (has('guard')) return EXIT.guard;
  return detailed && has('changes') ? EXIT.changes : EXIT.ok;
}
