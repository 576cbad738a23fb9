/**
 * Saved plans (`ringform plan --out`): the reviewed plan, plus what is needed to check, at apply time,
 * that it still matches org.yaml and the live org (docs/design.md#checksummed-saved-plans: the checksum links the reviewed
 * plan to the one applied). A plan lists emails and names of people, so the file is private (0600).
 */
import { constants } from 'node:fs';
import { lstat, mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { RingformError } from '../errors.js';
import { canonicalJson } from './canonical.js';
import { PLAN_FORMAT, PLAN_VERSION, type Action, type Plan, type PlanOptions } from './types.js';

export const SAVED_PLAN_FORMAT = 'ringform-saved-plan';
export const SAVED_PLAN_VERSION = 1;

export interface SavedPlan {
  format: typeof SAVED_PLAN_FORMAT;
  version: typeof SAVED_PLAN_VERSION;
  /** The ringform package version that made the plan. */
  ringform: string;
  createdAt: string;
  /** org.yaml, relative to the saved plan's folder. */
  orgFile: string;
  options: PlanOptions;
  plan: Plan;
}

const PRIVATE = 0o600;

/**
 * Writes the plan file, private (0600). `--out` never goes through a symbolic link: a link there is refused
 * (the plan would land, and be chmodded, wherever the link points), as is anything that is not a regular
 * file. The check is made again on the opened file (O_NOFOLLOW, then fstat) so a link swapped in between
 * is refused too; the mode is set on the open file, never by path.
 */
export async function writeSavedPlan(file: string, saved: SavedPlan): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  // Stryker disable next-line ArrowFunction: null and undefined read the same below (`?.`, `&&`)
  const existing = await lstat(file).catch(() => null);
  if (existing?.isSymbolicLink()) throw notThroughLink(file);
  if (existing && !existing.isFile()) throw new RingformError(`cannot save the plan to ${file}: it exists and is not a regular file. Choose another --out path.`);
  const flags = constants.O_WRONLY | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0);
  const handle = await open(file, flags, PRIVATE).catch((err: NodeJS.ErrnoException) => {
    throw err.code === 'ELOOP' ? notThroughLink(file) : err;
  });
  try {
    if (!(await handle.stat()).isFile()) throw new RingformError(`cannot save the plan to ${file}: it is not a regular file. Choose another --out path.`);
    // `mode` applies only when the file is created; an existing file keeps its mode unless told.
    await handle.chmod(PRIVATE);
    await handle.truncate(0);
    await handle.writeFile(JSON.stringify(saved, null, 2) + '\n', 'utf8');
  } finally {
    await handle.close();
  }
}

function notThroughLink(file: string): RingformError {
  return new RingformError(
    `refusing to save the plan to ${file}: it is a symbolic link, and the plan (names and emails) would be written, and made private, wherever it points. Remove the link or choose another --out path.`,
  );
}

export async function readSavedPlan(file: string): Promise<SavedPlan> {
  let text: string;
  try {
    // Stryker disable next-line StringLiteral: without an encoding readFile gives a Buffer, and JSON.parse reads it as UTF-8 text
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new RingformError(`saved plan ${file} not found (check the path; it is relative to the current folder)`);
    throw new RingformError(`cannot read the saved plan ${file}: ${(err as Error).message}`, undefined, { cause: err });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw invalid(file, `not valid JSON (${(err as Error).message})`);
  }
  const problem = savedPlanProblem(data);
  if (problem) throw invalid(file, problem);
  return data as SavedPlan;
}

function savedPlanProblem(data: unknown): string | null {
  if (!isObject(data)) return 'expected a JSON object';
  if (data.format !== SAVED_PLAN_FORMAT) return `"format" is ${JSON.stringify(data.format)}, expected "${SAVED_PLAN_FORMAT}"`;
  if (data.version !== SAVED_PLAN_VERSION) {
    return `version ${JSON.stringify(data.version)} is not supported (this ringform reads version ${SAVED_PLAN_VERSION}); make the plan again`;
  }
  for (const field of ['ringform', 'createdAt', 'orgFile'] as const) {
    if (typeof data[field] !== 'string') return `"${field}" must be a string`;
  }
  const options = data.options;
  if (!isObject(options) || typeof options.resendInvites !== 'boolean' || !Array.isArray(options.targets)) {
    return '"options" must be {resendInvites: boolean, targets: string[]}';
  }
  return planProblem(data.plan);
}

function planProblem(plan: unknown): string | null {
  if (!isObject(plan)) return '"plan" must be an object';
  if (plan.format !== PLAN_FORMAT || plan.version !== PLAN_VERSION) {
    return `"plan" must be a ${PLAN_FORMAT} version ${PLAN_VERSION}`;
  }
  if (!Array.isArray(plan.actions)) return '"plan.actions" must be an array';
  const checksums = plan.checksums;
  if (!isObject(checksums) || typeof checksums.desired !== 'string' || typeof checksums.live !== 'string') {
    return '"plan.checksums" must hold the desired and live checksums';
  }
  return null;
}

function invalid(file: string, problem: string): RingformError {
  return new RingformError(`${file} is not a usable saved plan: ${problem}`);
}

/**
 * Why a saved plan may no longer be applied, given a plan made now from the same inputs; empty when it
 * still holds. Applying a stale plan would apply changes nobody reviewed.
 */
export function stalePlanDifferences(saved: Plan, fresh: Plan): string[] {
  const reasons: string[] = [];
  if (saved.checksums.desired !== fresh.checksums.desired) reasons.push('org.yaml changed since the plan was made');
  if (saved.checksums.live !== fresh.checksums.live) {
    reasons.push('live state changed since the plan was made: someone (or another apply) changed the org at the vendor');
  }
  const actions = actionDifferences(saved.actions, fresh.actions);
  if (actions.length > 0) reasons.push(`the actions differ: ${actions.join('; ')}`);
  return reasons;
}

const MAX_LISTED = 5;

function actionDifferences(saved: Action[], fresh: Action[]): string[] {
  if (canonicalJson(saved) === canonicalJson(fresh)) return [];
  const before = byHeadline(saved);
  const after = byHeadline(fresh);
  const gone = [...before.keys()].filter((k) => !after.has(k));
  const added = [...after.keys()].filter((k) => !before.has(k));
  const changed = [...before.keys()].filter((k) => after.has(k) && before.get(k) !== after.get(k));
  const parts = [
    listed('no longer planned', gone),
    listed('now also planned', added),
    listed('planned differently', changed),
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts : ['the same changes in a different order'];
}

function byHeadline(actions: Action[]): Map<string, string> {
  return new Map(actions.map((a) => [`${a.kind} ${a.address}`, canonicalJson(a)]));
}

function listed(label: string, items: string[]): string | null {
  if (items.length === 0) return null;
  const shown = items.slice(0, MAX_LISTED).join(', ');
  return `${label}: ${shown}${items.length > MAX_LISTED ? ` and ${items.length - MAX_LISTED} more` : ''}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
