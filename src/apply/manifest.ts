/**
 * The apply manifest: one result per planned action, in plan order, and how it is shown. The summary
 * lists only what needs attention (failures, skips, manual steps), then one count line, Terraform-style.
 */
import pc from 'picocolors';
import type { Action } from '../plan/types.js';
import { inert, inertLines } from '../inert.js';
import { ACTION_STATUSES, type ActionResult, type ActionStatus, type Manifest } from './types.js';

export function buildManifest(actions: Action[], outcomes: Map<string, ActionResult>, interrupted = false): Manifest {
  const results = actions.map((a) => outcomes.get(a.id) ?? skippedResult(a));
  const counts = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
  for (const r of results) counts[r.status]++;
  return { results, counts, ...(interrupted ? { interrupted: true as const } : {}) };
}

function skippedResult(action: Action): ActionResult {
  return { id: action.id, address: action.address, kind: action.kind, status: 'skipped', message: 'interrupted', durationMs: 0 };
}

type Colors = ReturnType<typeof pc.createColors>;

const STATUS_STYLE: Record<Exclude<ActionStatus, 'succeeded'>, { symbol: string; paint: (c: Colors, s: string) => string }> = {
  failed: { symbol: '✗', paint: (c, s) => c.red(s) },
  skipped: { symbol: '-', paint: (c, s) => c.yellow(s) },
  waiting: { symbol: '…', paint: (c, s) => c.yellow(s) },
  manual: { symbol: '!', paint: (c, s) => c.blue(s) },
};

export function renderManifest(manifest: Manifest, opts: { color: boolean }): string {
  const c = pc.createColors(opts.color);
  const lines = manifest.results.flatMap((r) => (r.status === 'succeeded' ? [] : resultLines(r, c)));
  return [...lines, summaryLine(manifest, c)].join('\n') + '\n';
}

function resultLines(r: ActionResult, c: Colors): string[] {
  const status = r.status as Exclude<ActionStatus, 'succeeded'>;
  const style = STATUS_STYLE[status];
  const what = r.status === 'manual' ? `${r.intent ?? 'change'} by hand` : r.kind;
  const head = `${style.paint(c, `${style.symbol} ${status.padEnd(7)}`)} ${c.bold(inert(r.address))} ${c.dim(`(${what})`)}`;
  const said = r.done ? `${r.done}, but then: ${r.message ?? 'failed'}` : r.message;
  const line = said ? `${head}: ${inertLines(said)}` : head;
  const steps = (r.steps ?? []).map((step, i) => `    ${i + 1}. ${inertLines(step).split('\n').join('\n       ')}`);
  return [line, ...steps];
}

export function summaryLine(manifest: Manifest, c: Colors = pc.createColors(false)): string {
  if (manifest.interrupted) return c.yellow(c.bold(interruptedLine(manifest)));
  const { succeeded, failed, skipped, waiting, manual } = manifest.counts;
  // "waiting" only when something waits, so the line reads as before for every other apply.
  const text = `Apply complete: ${succeeded} succeeded, ${failed} failed, ${skipped} skipped, ${waiting > 0 ? `${waiting} waiting on manual steps, ` : ''}${manual} manual.`;
  return failed > 0 ? c.red(c.bold(text)) : c.bold(text);
}

/**
 * The last line of an apply that was stopped: never "Apply complete". What finished, what did not, and how
 * to go on. Running apply again is safe: it reads live state, so it plans only what is left (a saved plan
 * made before is stale by then, and apply says so).
 */
export function interruptedLine(manifest: Manifest): string {
  const { succeeded, failed, manual } = manifest.counts;
  const notStarted = manifest.results.filter((r) => r.status === 'skipped' && r.message === 'interrupted').length;
  const otherSkips = manifest.counts.skipped - notStarted;
  const done = [`${succeeded} succeeded`, `${failed} failed`, ...(otherSkips > 0 ? [`${otherSkips} skipped`] : []), `${manual} manual`].join(', ');
  return `Apply interrupted: ${done}; ${notStarted} of ${manifest.results.length} not started. Run apply again to do the rest.`;
}
