/** Drift reports as text (people, cron mail), JSON (machines) and Markdown (an issue body). */
import { mdCode, mdText, table } from '../render/md.js';
import { inert } from '../inert.js';
import { redact } from '../render/sensitive.js';
import { declaredTail, plural, unreadDeclared } from '../render/summary.js';
import { formatField } from '../render/values.js';
import { DRIFT_ORIGINS, type DriftItem, type DriftOrigin, type DriftReport } from './types.js';
import { inviteLines } from '../render/invites.js';
import { describeChange } from './invites.js';

export type DriftFormat = 'text' | 'json' | 'markdown';

/** The line CI looks for to find (and update) its own drift issue. */
export const DRIFT_MARKER = '<!-- ringform-drift -->';

export const ORIGIN_WORDS: Record<DriftOrigin, string> = {
  outside: 'changed outside ringform',
  unapplied: 'org.yaml changed, not yet applied',
  both: 'changed both outside and in org.yaml',
  unknown: 'unclassified',
};

const MAX_VALUE = 120;

function value(item: DriftItem, side: 'live' | 'declared'): string {
  const present = side === 'live' ? item.kind !== 'missing' : item.kind !== 'extra';
  if (!present) return side === 'live' ? '(absent)' : '(not declared)';
  const text = formatField(item.field ?? '', item[side]);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function what(item: DriftItem): string {
  if (item.kind === 'missing') return 'missing live';
  if (item.kind === 'extra') return 'live but not declared (prune is on)';
  return inert(item.field!);
}

export function summaryLine(report: DriftReport): string {
  const where = `${report.provider.type}${report.provider.target ? ` ${inert(report.provider.target)}` : ''}`;
  if (report.inSync) {
    const unread = unreadDeclared(report.unverified);
    // What the read cannot see is not known to match (plan/unverified.ts unreadableLine): said, not passed as in sync.
    return unread === 0 ? `No drift: ${where} matches org.yaml.` : `No drift in what ringform can read: ${where} matches org.yaml there; ${plural(unread, 'declared setting')} it cannot read ${unread === 1 ? 'is' : 'are'} unverified.`;
  }
  const objects = new Set(report.items.map((i) => i.address)).size;
  return `Drift: ${plural(report.items.length, 'difference')} in ${plural(objects, 'object')} between ${where} and org.yaml.`;
}

function originCounts(report: DriftReport): string | null {
  if (!report.baseline) return null;
  const counts = DRIFT_ORIGINS.map((o) => [o, report.items.filter((i) => i.origin === o).length] as const).filter(([, n]) => n > 0);
  const parts = counts.map(([o, n]) => `${n} ${ORIGIN_WORDS[o]}`);
  const note = report.baseline.note ? ` (${inert(report.baseline.note)})` : '';
  return `Since ${inert(report.baseline.label)}${note}${parts.length ? `: ${parts.join(', ')}` : ''}.`;
}

function grouped(items: DriftItem[]): Map<string, DriftItem[]> {
  const groups = new Map<string, DriftItem[]>();
  for (const i of items) groups.set(i.address, [...(groups.get(i.address) ?? []), i]);
  return groups;
}

export function renderDriftText(report: DriftReport): string {
  const lines = [summaryLine(report)];
  const origins = originCounts(report);
  if (origins) lines.push(origins);
  for (const u of report.unverified) lines.push(`Unverified: ${u.resource} cannot be read (${inert(u.why)}${inert(declaredTail(u))}); its drift is unknown.`);
  for (const l of inviteLines(report)) lines.push(`Invite: ${inert(l)}`);
  for (const c of report.inviteChanges ?? []) lines.push(`Invite changed: ${inert(describeChange(c))}`);
  for (const [address, items] of grouped(report.items)) {
    lines.push('', inert(address));
    for (const i of items) {
      const origin = report.baseline ? `  [${ORIGIN_WORDS[i.origin]}]` : '';
      const manual = i.manual ? '  (manual: the API cannot change it)' : '';
      lines.push(`  ${what(i)}: live ${value(i, 'live')}, declared ${value(i, 'declared')}${origin}${manual}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function renderDriftMarkdown(report: DriftReport): string {
  const target = report.provider.target ? ` ${mdCode(report.provider.target)}` : '';
  const parts = [DRIFT_MARKER, `### ringform drift: ${report.provider.type}${target}`, `**${mdText(summaryLine(report))}**`];
  const origins = originCounts(report);
  if (origins) parts.push(mdText(origins));
  if (report.unverified.length) parts.push(report.unverified.map((u) => `- **Unverified:** ${u.resource} — ${mdText(u.why)}`).join('\n'));
  const invites = [...inviteLines(report).map((l) => `- **Invite:** ${mdText(l)}`), ...(report.inviteChanges ?? []).map((c) => `- **Invite changed:** ${mdText(describeChange(c))}`)];
  if (invites.length) parts.push(invites.join('\n'));
  if (report.items.length) {
    const header = ['Object', 'Field', 'Live', 'Declared', ...(report.baseline ? ['Why'] : [])];
    const rows = report.items.map((i) => [
      mdCode(i.address, true),
      mdText(what(i)),
      mdCode(value(i, 'live'), true),
      mdCode(value(i, 'declared'), true),
      ...(report.baseline ? [mdText(ORIGIN_WORDS[i.origin])] : []),
    ]);
    parts.push(table(header, rows));
  }
  return `${parts.join('\n\n')}\n`;
}

export function renderDriftJson(report: DriftReport): string {
  return `${JSON.stringify(redact(report), null, 2)}\n`;
}

export function renderDrift(report: DriftReport, format: DriftFormat): string {
  switch (format) {
    case 'text':
      return renderDriftText(report);
    case 'json':
      return renderDriftJson(report);
    case 'markdown':
      return renderDriftMarkdown(report);
  }
}
