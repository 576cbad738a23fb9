import { stat } from 'node:fs/promises';
import path from 'node:path';
import { driftFleetCommand } from '../../fleet/command.js';
import { EXIT, RingformError, type ExitCode } from '../../errors.js';
import { isError, loadOrgOrThrow } from '../../config/load.js';
import { detectDrift, renderDrift, resolveBaseline, type BaselineSource, type DriftFormat } from '../../drift/index.js';
import { createProvider } from '../../providers/registry.js';
import type { IO } from '../../shell/io.js';
import { providerOptions } from '../../shell/request-log.js';
import { readLive, readProgress } from '../../shell/read-progress.js';
import { driftScope } from '../../drift/scope.js';
import { printConfigWarnings, printReadWarnings } from '../warnings.js';
import { isCoverageFinding } from '../../config/rules/coverage.js';

export interface DriftCommandOptions {
  file: string;
  format: DriftFormat;
  /** A saved plan that was last applied. */
  sincePlan?: string;
  /** A git ref whose org.yaml was last applied. */
  sinceRef?: string;
  verbose: boolean;
  /** Folders (a fleet): check only shard `i/n`; how many organisations at once. */
  shard?: string;
  concurrency?: number;
}

/**
 * `ringform drift FILE`: does live state match org.yaml? Reads only: it never applies anything, takes no
 * lock and writes no file. Exit codes: 0 in sync, 2 drift, 1 error. FILE may be a folder of org files
 * (fleet/drift.ts): one row per organisation, the worst exit code.
 */
export async function drift(opts: DriftCommandOptions, io: IO): Promise<ExitCode> {
  if (opts.sincePlan && opts.sinceRef) throw new RingformError('give --since-plan or --since-ref, not both');
  const file = path.resolve(io.cwd, opts.file);
  if ((await stat(file).catch(() => null))?.isDirectory()) {
    const baseline = baselineSource(opts, io.cwd);
    const shared = { dir: opts.file, format: opts.format, baseline, shard: opts.shard, concurrency: opts.concurrency ?? 8, verbose: opts.verbose };
    return driftFleetCommand(shared, io);
  }
  if (opts.shard !== undefined) throw new RingformError('--shard splits a folder of org files; give a folder');
  // Drift reports what changed at the vendor. A coverage error (settings.coverage: error) is plan's to stop on,
  // once it has counted the live members apply leaves (shell/make-plan.ts); drift neither fails on it nor shows
  // it unchecked (review: drift refused an org that plan and apply accept).
  const { org, warnings, source } = await loadOrgOrThrow(file, { coverageAfterRead: true });
  await printConfigWarnings(io, warnings.filter((d) => !(isError(d) && isCoverageFinding(d))), { file, source });
  const provider = await createProvider(org.provider, providerOptions(io, opts.verbose));
  try {
    const source = baselineSource(opts, io.cwd);
    const live = await readLive(provider, readProgress(io, opts.verbose), driftScope(org, source));
    printReadWarnings(io, live.warnings);
    const baseline = source ? await resolveBaseline(source, file, org, live) : null;
    const report = detectDrift({ desired: org, live, provider, baseline });
    io.stdout.write(renderDrift(report, opts.format));
    return report.inSync ? EXIT.ok : EXIT.changes;
  } finally {
    await provider.close?.();
  }
}

function baselineSource(opts: DriftCommandOptions, cwd: string): BaselineSource | null {
  if (opts.sinceRef) return { kind: 'ref', ref: opts.sinceRef };
  if (opts.sincePlan) return { kind: 'plan', file: path.resolve(cwd, opts.sincePlan) };
  return null;
}
