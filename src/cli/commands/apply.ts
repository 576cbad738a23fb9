import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { applyPlan } from '../../apply/engine.js';
import { lockOrgOf } from '../../apply/org-lock.js';
import { applyFleetCommand } from '../../fleet/command.js';
import { renderManifest } from '../../apply/manifest.js';
import { EXIT, RingformError, StalePlanError, type ExitCode } from '../../errors.js';
import { readSavedPlan, stalePlanDifferences } from '../../plan/saved.js';
import type { PlanOptions } from '../../plan/types.js';
import { renderText } from '../../render/text.js';
import { guardExit, guardMessage } from '../../shell/guards.js';
import { colorFor, type IO } from '../../shell/io.js';
import { makePlan, type PlannedOrg } from '../../shell/make-plan.js';
import { applyProgress } from '../progress.js';
import { readProgress, type ReadDisplay } from '../../shell/read-progress.js';
import { jsonEvents } from '../json-events.js';
import { providerOptions } from '../../shell/request-log.js';
import type { CreateProviderOptions } from '../../providers/registry.js';
import { printConfigWarnings, printReadWarnings } from '../warnings.js';

export interface ApplyCommandOptions {
  /** org.yaml, or a plan saved with `plan --out`. */
  file: string;
  autoApprove: boolean;
  force: boolean;
  parallelism: number;
  targets: string[];
  resendInvites: boolean;
  noColor: boolean;
  /** Aborted on SIGINT: in-flight calls finish, nothing new starts. */
  signal?: AbortSignal;
  /** Log each vendor request on stderr. */
  verbose?: boolean;
  /** Events as JSON lines on stdout instead of the text plan and manifest (json-events.ts); needs --auto-approve or a saved plan. */
  json?: boolean;
  /** How long to wait for another apply of the same organisation to finish; 0 fails at once (exit 6). */
  lockTimeoutMs?: number;
  /** Folders (a fleet): apply only shard `i/n`; how many organisations at once; the summary's format. */
  shard?: string;
  concurrency?: number;
  format?: 'text' | 'json' | 'markdown';
}

/**
 * `ringform apply FILE|PLANFILE`. Exit codes: 0 (applied, or nothing to do), 1 (error), 3 (guard),
 * 4 (saved plan is stale), 5 (some actions failed or were skipped), 6 (another apply holds the lock).
 */
export async function apply(opts: ApplyCommandOptions, io: IO): Promise<ExitCode> {
  const file = path.resolve(io.cwd, opts.file);
  if (opts.json && !opts.autoApprove && !(await isSavedPlan(file))) {
    throw new RingformError('apply --json needs --auto-approve (the event stream is for machines), or a saved plan');
  }
  if (await isFolder(file)) return applyFolder(opts, io);
  if (opts.shard !== undefined) throw new RingformError('--shard splits a folder of org files; give a folder');
  if (opts.format !== undefined) throw new RingformError('--format is for a folder (the fleet summary); for one org use --json');
  // The lock comes first: nothing reads live state (or shows a plan) while another apply runs.
  const release = await lockOrgOf(file, { env: io.env, timeoutMs: opts.lockTimeoutMs ?? 0, say: (l) => io.stderr.write(l) });
  try {
    const planned = await planFor(file, opts, providerOptions(io, opts.verbose), readProgress(io, opts.verbose));
    try {
      return await applyPlanned(planned, opts, io);
    } finally {
      await planned.provider.close?.();
    }
  } finally {
    await release();
  }
}

async function planFor(file: string, opts: ApplyCommandOptions, providerOpts: CreateProviderOptions, display: ReadDisplay): Promise<PlannedOrg & { savedPlan?: true }> {
  if (!(await isSavedPlan(file))) {
    const options: PlanOptions = { resendInvites: opts.resendInvites, targets: opts.targets };
    return makePlan(file, options, providerOpts, display);
  }
  if (opts.targets.length > 0 || opts.resendInvites) {
    throw new RingformError('--target and --resend-invites belong to the plan that was saved; apply a saved plan as it is.');
  }
  const saved = await readSavedPlan(file);
  const orgFile = path.resolve(path.dirname(file), saved.orgFile);
  const fresh = await makePlan(orgFile, saved.options, providerOpts, display);
  const differences = stalePlanDifferences(saved.plan, fresh.plan);
  if (differences.length > 0) {
    await fresh.provider.close?.();
    throw new StalePlanError(
      `the saved plan ${path.basename(file)} is stale; nothing was applied:\n${differences.map((d) => `  - ${d}`).join('\n')}\nRun \`ringform plan --out\` again and review the new plan.`,
    );
  }
  return { ...fresh, plan: saved.plan, savedPlan: true };
}

async function isFolder(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isDirectory() ?? false;
}

/** `apply FOLDER`: the fleet (fleet/apply.ts). Never prompts, so it needs --auto-approve. */
function applyFolder(opts: ApplyCommandOptions, io: IO): Promise<ExitCode> {
  if (!opts.autoApprove) throw new RingformError('apply FOLDER needs --auto-approve: a fleet apply never asks, organisation by organisation');
  if (opts.json) throw new RingformError('apply FOLDER reports one summary: use --format json, not --json');
  return applyFleetCommand(
    {
      dir: opts.file,
      format: opts.format ?? 'text',
      plan: { resendInvites: opts.resendInvites, targets: opts.targets },
      force: opts.force,
      parallelism: opts.parallelism,
      lockTimeoutMs: opts.lockTimeoutMs ?? 0,
      shard: opts.shard,
      concurrency: opts.concurrency ?? 4,
      verbose: Boolean(opts.verbose),
      signal: opts.signal,
    },
    io,
  );
}

async function isSavedPlan(file: string): Promise<boolean> {
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null || !text.trimStart().startsWith('{')) return false;
  try {
    return (JSON.parse(text) as { format?: unknown }).format === 'ringform-saved-plan';
  } catch {
    return false;
  }
}

async function applyPlanned(planned: PlannedOrg & { savedPlan?: true }, opts: ApplyCommandOptions, io: IO): Promise<ExitCode> {
  const { plan } = planned;
  const events = opts.json ? jsonEvents(io) : null;
  await printConfigWarnings(io, planned.warnings, planned.loaded);
  printReadWarnings(io, planned.live.warnings);
  if (events) events.plan(plan);
  else io.stdout.write(renderText(plan, { color: colorFor(io.stdout, io.env, opts.noColor) }));
  const guard = guardExit(plan, opts.force);
  if (guard !== null) {
    events?.guard(plan);
    io.stderr.write(guardMessage(plan, opts.force));
    return guard;
  }
  if (plan.actions.length === 0) return EXIT.ok;
  // A saved plan was the review (`plan --out`, then read by a person or a pull request): applying it never asks.
  // Nor is there a question after Ctrl-C during the read: nothing will start, and the manifest says so.
  if (!planned.savedPlan && !opts.signal?.aborted && !(await approved(opts, io))) return EXIT.error;
  const progress = events ? null : applyProgress(io, plan.actions.length);
  const manifest = await applyPlan(plan, planned.provider, {
    live: planned.live,
    parallelism: opts.parallelism,
    signal: opts.signal,
    onEvent: events ? events.action : progress!.onEvent,
  }).finally(() => progress?.end());
  if (events) events.manifest(manifest);
  else io.stdout.write(renderManifest(manifest, { color: colorFor(io.stdout, io.env, opts.noColor) }));
  return manifest.counts.failed + manifest.counts.skipped > 0 ? EXIT.partial : EXIT.ok;
}

async function approved(opts: ApplyCommandOptions, io: IO): Promise<boolean> {
  if (opts.autoApprove) return true;
  if (!io.confirm) {
    throw new RingformError('apply needs --auto-approve when it cannot ask for confirmation (stdin is not a terminal).');
  }
  const yes = await io.confirm('\nDo you want to perform these actions? Only "yes" is accepted: ');
  if (!yes) io.stderr.write('Apply cancelled; nothing was changed.\n');
  return yes;
}
