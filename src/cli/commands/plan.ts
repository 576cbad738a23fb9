import { stat } from 'node:fs/promises';
import path from 'node:path';
import { EXIT, RingformError, type ExitCode } from '../../errors.js';
import { planFleetCommand } from '../../fleet/command.js';
import { writeSavedPlan } from '../../plan/saved.js';
import type { PlanOptions } from '../../plan/types.js';
import { RINGFORM_VERSION } from '../../version.js';
import { guardExit, guardMessage } from '../../shell/guards.js';
import { colorFor, type IO } from '../../shell/io.js';
import { makePlan } from '../../shell/make-plan.js';
import { providerOptions } from '../../shell/request-log.js';
import { readProgress } from '../../shell/read-progress.js';
import { renderPlan, type PlanFormat } from '../render-plan.js';
import { printConfigWarnings, printReadWarnings } from '../warnings.js';

export interface PlanCommandOptions {
  file: string;
  out?: string;
  format: PlanFormat;
  detailedExitcode: boolean;
  targets: string[];
  resendInvites: boolean;
  force: boolean;
  noColor: boolean;
  /** Log each vendor request on stderr. */
  verbose?: boolean;
  /** Fleets (FILE is a folder): plan only shard `i/n` (0-based). */
  shard?: string;
  /** Fleets: how many org files are planned at once (default 8). */
  concurrency?: number;
}

/**
 * `ringform plan FILE`: reads only, never changes the vendor. Exit codes: 0 (no changes, or changes without
 * --detailed-exitcode), 2 (changes, with --detailed-exitcode), 3 (a guard trips), 1 (error). FILE may be
 * a folder of org files: see fleet/command.ts.
 */
export async function plan(opts: PlanCommandOptions, io: IO): Promise<ExitCode> {
  const file = path.resolve(io.cwd, opts.file);
  const options: PlanOptions = { resendInvites: opts.resendInvites, targets: opts.targets };
  if (await isFolder(file)) return planFolder(opts, options, io);
  if (opts.shard !== undefined) throw new RingformError('--shard splits a folder of org files; give a folder');
  const planned = await makePlan(file, options, providerOptions(io, opts.verbose), readProgress(io, opts.verbose));
  try {
    await printConfigWarnings(io, planned.warnings, planned.loaded);
    printReadWarnings(io, planned.live.warnings);
    const { plan } = planned;
    io.stdout.write(renderPlan(plan, opts.format, colorFor(io.stdout, io.env, opts.noColor), opts.out));
    if (opts.out) {
      const out = path.resolve(io.cwd, opts.out);
      await writeSavedPlan(out, {
        format: 'ringform-saved-plan',
        version: 1,
        ringform: RINGFORM_VERSION,
        createdAt: new Date().toISOString(),
        orgFile: path.relative(path.dirname(out), file),
        options,
        plan,
      });
      io.stderr.write(`Saved the plan to ${opts.out}. Apply exactly it with: ringform apply ${opts.out}\n`);
    }
    const guard = guardExit(plan, opts.force);
    if (guard !== null) {
      io.stderr.write(guardMessage(plan, opts.force));
      return guard;
    }
    return opts.detailedExitcode && plan.actions.length > 0 ? EXIT.changes : EXIT.ok;
  } finally {
    await planned.provider.close?.();
  }
}

function planFolder(opts: PlanCommandOptions, options: PlanOptions, io: IO): Promise<ExitCode> {
  if (opts.out) throw new RingformError('--out saves the plan of one org.yaml; plan the files of a folder one by one to save plans');
  return planFleetCommand(
    { dir: opts.file, format: opts.format, detailedExitcode: opts.detailedExitcode, plan: options, force: opts.force, shard: opts.shard, concurrency: opts.concurrency, verbose: Boolean(opts.verbose) },
    io,
  );
}

async function isFolder(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isDirectory() ?? false;
}
