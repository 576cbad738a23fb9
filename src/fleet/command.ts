/**
 * The fleet forms of plan, apply and drift (called by those commands when their argument is a folder):
 * the org files of the folder (or one shard of them), a bounded number at once, one summary table, and
 * the exit code of the worst organisation (fleetExit, applyFleetExit, driftFleetExit).
 */
import path from 'node:path';
import type { IO } from '../shell/io.js';
import { providerOptions } from '../shell/request-log.js';
import { EXIT, RingformError, type ExitCode } from '../errors.js';
import type { PlanOptions } from '../plan/types.js';
import { listOrgFiles } from './files.js';
import { renderFleet } from './render.js';
import { DEFAULT_FLEET_CONCURRENCY, planFleet } from './run.js';
import { inShard, parseShard, type Shard } from './shard.js';
import type { FleetCommand, FleetReport, FleetResult } from './types.js';
import { applyFleet } from './apply.js';
import { driftFleet } from './drift.js';
import type { BaselineSource } from '../drift/index.js';

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

interface FleetSelection {
  dir: string;
  shard: Shard | null;
  total: number;
  files: string[];
}

async function selectFiles(folder: string, shardText: string | undefined, io: IO): Promise<FleetSelection> {
  const dir = path.resolve(io.cwd, folder);
  const shard = shardText === undefined ? null : parseShard(shardText);
  const all = await listOrgFiles(dir);
  if (all.length === 0) throw new RingformError(`${folder} holds no *.yaml or *.yml org files`);
  return { dir, shard, total: all.length, files: shard ? all.filter((f) => inShard(f, shard)) : all };
}

function report(command: FleetCommand, sel: FleetSelection, results: FleetResult[]): FleetReport {
  return { format: 'ringform-fleet', version: 1, command, total: sel.total, shard: sel.shard, results };
}

/** `plan FOLDER`: 1 if any errored, else 3 if a guard stopped any, else 2 if any has changes and --detailed-exitcode, else 0. */
export async function planFleetCommand(opts: FleetCommandOptions, io: IO): Promise<ExitCode> {
  const sel = await selectFiles(opts.dir, opts.shard, io);
  const { dir, files } = sel;
  const results = await planFleet({
    dir,
    files,
    concurrency: opts.concurrency ?? DEFAULT_FLEET_CONCURRENCY,
    plan: opts.plan,
    force: opts.force,
    providerOptions: (file) => providerOptions(io, opts.verbose, `[${file}] `),
  });
  io.stdout.write(renderFleet(report('plan', sel, results), opts.format));
  return fleetExit(results, opts.detailedExitcode);
}

export interface FleetApplyCommandOptions {
  dir: string;
  format: 'text' | 'json' | 'markdown';
  plan: PlanOptions;
  force: boolean;
  parallelism: number;
  lockTimeoutMs: number;
  shard?: string;
  concurrency: number;
  verbose: boolean;
  signal?: AbortSignal;
}

/** `apply FOLDER --auto-approve`: every organisation of the folder (or shard), each under its own lock. */
export async function applyFleetCommand(opts: FleetApplyCommandOptions, io: IO): Promise<ExitCode> {
  const sel = await selectFiles(opts.dir, opts.shard, io);
  const results = await applyFleet({
    dir: sel.dir,
    files: sel.files,
    concurrency: opts.concurrency,
    plan: opts.plan,
    force: opts.force,
    parallelism: opts.parallelism,
    env: io.env,
    lockTimeoutMs: opts.lockTimeoutMs,
    signal: opts.signal,
    providerOptions: (file) => providerOptions(io, opts.verbose, `[${file}] `),
  });
  io.stdout.write(renderFleet(report('apply', sel, results), opts.format));
  return applyFleetExit(results);
}

export interface FleetDriftCommandOptions {
  dir: string;
  format: 'text' | 'json' | 'markdown';
  baseline: BaselineSource | null;
  shard?: string;
  concurrency: number;
  verbose: boolean;
}

/** `drift FOLDER`: reads only. */
export async function driftFleetCommand(opts: FleetDriftCommandOptions, io: IO): Promise<ExitCode> {
  const sel = await selectFiles(opts.dir, opts.shard, io);
  const results = await driftFleet({
    dir: sel.dir,
    files: sel.files,
    concurrency: opts.concurrency,
    baseline: opts.baseline,
    providerOptions: (file) => providerOptions(io, opts.verbose, `[${file}] `),
  });
  io.stdout.write(renderFleet(report('drift', sel, results), opts.format));
  return driftFleetExit(results);
}

/**
 * The worst organisation's exit code: 5 (some organisation partly applied: the vendor is half-changed, a
 * person looks first) over 1 (error) over 6 (locked: another apply runs; retry later) over 3 (guard) over 0.
 */
export function applyFleetExit(results: FleetResult[]): ExitCode {
  const has = (status: FleetResult['status']) => results.some((r) => r.status === status);
  if (has('partial')) return EXIT.partial;
  if (has('error')) return EXIT.error;
  if (has('locked')) return EXIT.locked;
  return has('guard') ? EXIT.guard : EXIT.ok;
}

/** 1 if any organisation could not be checked, else 2 if any drifted, else 0 (as `drift` for one). */
export function driftFleetExit(results: FleetResult[]): ExitCode {
  if (results.some((r) => r.status === 'error')) return EXIT.error;
  return results.some((r) => r.status === 'drift') ? EXIT.changes : EXIT.ok;
}

export function fleetExit(results: FleetResult[], detailed: boolean): ExitCode {
  const has = (status: FleetResult['status']) => results.some((r) => r.status === status);
  if (has('error')) return EXIT.error;
  if (has('guard')) return EXIT.guard;
  return detailed && has('changes') ? EXIT.changes : EXIT.ok;
}
