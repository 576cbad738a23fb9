/** The fleet's one summary table: text for logs, Markdown for a PR comment, JSON for machines. */
import { DRIFT_MARKER } from '../drift/render.js';
import { PLAN_MARKER } from '../render/markdown.js';
import { mdCode, mdText, table } from '../render/md.js';
import { inert, inertLines } from '../inert.js';
import { plural } from '../render/summary.js';
import type { FleetReport, FleetResult, FleetStatus } from './types.js';

const STATUSES: readonly FleetStatus[] = ['error', 'partial', 'locked', 'guard', 'drift', 'changes', 'applied', 'in sync'];
const COLUMNS = ['FILE', 'PROVIDER', 'CREATE', 'UPDATE', 'DELETE', 'MANUAL', 'STATUS'];

function cells(r: FleetResult): string[] {
  const c = r.counts;
  return [inert(r.file), r.provider ?? '-', String(c.create), String(c.update), String(c.delete), String(c.manual), r.status];
}

const STATUS_WORDS: Partial<Record<FleetStatus, string>> = {
  guard: 'stopped by a guard',
  partial: 'partly applied',
  locked: 'locked by another apply',
  drift: 'drifted',
};

export function fleetSummary(report: FleetReport): string {
  const n = report.results.length;
  const shard = report.shard ? ` (shard ${report.shard.index}/${report.shard.count} of ${report.total})` : '';
  const parts = STATUSES.map((s) => [s, report.results.filter((r) => r.status === s).length] as const)
    .filter(([, k]) => k > 0)
    .map(([s, k]) => `${k} ${STATUS_WORDS[s] ?? (s === 'error' ? plural(k, 'error').replace(/^\d+ /, '') : s)}`);
  const verb = report.command && report.command !== 'plan' ? ` ${report.command}` : '';
  return `Fleet${verb}: ${plural(n, 'org file')}${shard}${parts.length ? `: ${parts.join(', ')}` : ''}.`;
}

export function renderFleetText(report: FleetReport): string {
  const rows = [COLUMNS, ...report.results.map(cells)];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r.map((cell, i) => (i >= 2 && i <= 5 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  const problems = report.results.filter((r) => r.message).map((r) => `${inert(r.file)}: ${inertLines(r.message!)}`);
  return [...rows.map(line), '', fleetSummary(report), ...(problems.length ? ['', ...problems] : [])].join('\n') + '\n';
}

export function renderFleetMarkdown(report: FleetReport): string {
  const rows = report.results.map((r) => {
    const [file, provider, ...rest] = cells(r);
    return [mdCode(file!, true), provider!, ...rest.slice(0, 4), mdText(r.message ? `${r.status}: ${r.message.split('\n')[0]}` : r.status)];
  });
  const header = ['File', 'Provider', 'Create', 'Update', 'Delete', 'Manual', 'Status'];
  const align = ['---', '---', '---:', '---:', '---:', '---:', '---'];
  const marker = report.command === 'drift' ? DRIFT_MARKER : PLAN_MARKER;
  return [marker, `### ringform ${report.command ?? 'plan'}: fleet`, `**${mdText(fleetSummary(report))}**`, table(header, rows, align)].join('\n\n') + '\n';
}

export function renderFleet(report: FleetReport, format: 'text' | 'json' | 'markdown'): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  return format === 'markdown' ? renderFleetMarkdown(report) : renderFleetText(report);
}
