/**
 * The pull-request view, after octoDNS `PlanMarkdown`: a hidden marker line, title, summary, notes, a table per collection, the manual
 * steps as a checklist, then per-action diffs folded in <details>. Size-aware so it fits a GitHub comment: details
 * go first, then table rows, and the summary always stays.
 */
import { ACTION_KINDS, type Action, type Plan } from '../plan/types.js';
import { fieldLines, type FieldLine } from './fields.js';
import { fenced, htmlText, mdCode, mdText, table } from './md.js';
import { COLLECTION_OF, COLLECTION_ORDER, KIND_STYLE } from './symbols.js';
import { countByKind, renderSummaryLine, renderUnmanagedLine } from './summary.js';
import { flatten, formatField } from './values.js';

export interface MarkdownOptions {
  /** Upper bound on the output's length in characters. @default 60000 (GitHub allows 65536 per comment) */
  maxLength?: number;
}

const SHOW = 'see the full plan with `ringform show`';

/** A hidden first line, so CI finds the comment it posted before and updates it instead of adding one. */
export const PLAN_MARKER = '<!-- ringform-plan -->';

function actionWord(a: Action): string {
  return a.kind === 'manual' ? `manual (${KIND_STYLE[a.intent].word})` : KIND_STYLE[a.kind].word;
}

function capped(names: string[], max = 4): string {
  const unique = [...new Set(names)];
  const more = unique.length > max ? `, +${unique.length - max} more` : '';
  return unique.slice(0, max).join(', ') + more;
}

function changeSummary(a: Action): string {
  switch (a.kind) {
    case 'create':
      return capped(Object.keys(a.after).filter((k) => flatten(a.after[k]).length > 0));
    case 'invite':
      return JSON.stringify(a.name);
    case 'add-member':
    case 'remove-member':
      return `priority ${a.priority}`;
    case 'delete':
    case 'cancel-invite':
      return '—';
    case 'update':
    case 'replace':
    case 'manual':
      return capped(fieldLines(a).map((l) => (l.forcesReplacement ? `${l.path} (forces replacement)` : l.path)));
  }
}

function diffLines(l: FieldLine): string[] {
  const note = l.forcesReplacement ? '  # forces replacement' : '';
  const minus = `- ${l.path} = ${formatField(l.path, l.before)}`;
  const plus = `+ ${l.path} = ${formatField(l.path, l.after)}${note}`;
  return l.op === '+' ? [plus] : l.op === '-' ? [minus] : [minus, plus];
}

function details(a: Action): string {
  const comments = [a.reason, ...(a.kind === 'manual' ? [`why by hand: ${a.why}`] : [])];
  const body = [...comments.flatMap((c) => c.split('\n')).map((c) => `# ${c}`), ...fieldLines(a).flatMap(diffLines)];
  const summary = `${htmlText(actionWord(a))} <code>${htmlText(a.address)}</code>`;
  return `<details><summary>${summary}</summary>\n\n${fenced('diff', body.join('\n'))}\n\n</details>`;
}

function notes(plan: Plan): string[] {
  // Protections first: if the comment must be cut, the one thing --force cannot override stays visible.
  const ordered = [...plan.guards.filter((g) => !g.forceable), ...plan.guards.filter((g) => g.forceable)];
  const guards = ordered.map((g) => {
    const head = g.forceable
      ? `> **Stopped:** ${mdText(g.message)} (use \`--force\` to override)`
      : `> **Error:** ${mdText(g.message)}`;
    const shown = g.addresses.slice(0, 10).map((addr) => `> - ${mdCode(addr)}`);
    if (g.addresses.length > 10) shown.push(`> - … and ${g.addresses.length - 10} more`);
    return [head, ...(shown.length ? ['>', ...shown] : [])].join('\n');
  });
  const items = [
    ...plan.warnings.map((w) => `- **Warning:** ${mdText(w)}`),
    ...plan.unverified.map((u) => `- **Unverified:** ${COLLECTION_OF[u.resource]}${u.field ? `.${u.field}` : ''} — ${mdText(u.why)}`),
  ];
  const unmanaged = renderUnmanagedLine(plan);
  return [...guards, ...(items.length ? [items.join('\n')] : []), ...(unmanaged ? [mdText(unmanaged)] : [])];
}

function head(plan: Plan): string[] {
  const target = plan.provider.target === null ? '(default target)' : mdCode(plan.provider.target);
  const title = `${PLAN_MARKER}\n### ringform plan: ${plan.provider.type} ${target}`;
  if (plan.actions.length === 0) return [title, 'No changes.', ...notes(plan)];
  const counts = countByKind(plan);
  const rows = ACTION_KINDS.filter((k) => counts[k] > 0).map((k) => [KIND_STYLE[k].word, String(counts[k])]);
  return [title, `**${renderSummaryLine(plan)}**`, table(['Kind', 'Count'], rows, ['---', '---:']), ...notes(plan)];
}

function collectionTables(actions: Action[]): string[] {
  return COLLECTION_ORDER.flatMap((col) => {
    const rows = actions
      .filter((a) => COLLECTION_OF[a.resource] === col)
      .map((a) => [actionWord(a), mdCode(a.address, true), mdText(changeSummary(a)), mdText(a.reason)]);
    if (rows.length === 0) return [];
    const title = col[0]!.toUpperCase() + col.slice(1);
    return [`#### ${title}\n\n${table(['Action', 'Address', 'Changes', 'Reason'], rows)}`];
  });
}

function manualSteps(actions: Action[]): string[] {
  const manual = actions.flatMap((a) => (a.kind === 'manual' ? [a] : []));
  if (manual.length === 0) return [];
  const blocks = manual.map((a) =>
    [`**${mdCode(a.address)}** (${KIND_STYLE[a.intent].word}): ${mdText(a.why)}`, ...a.steps.map((s) => `- [ ] ${mdText(s)}`)].join('\n'),
  );
  return ["#### Manual steps\n\nA person does these in the vendor's panel; ringform cannot.", ...blocks];
}

/** The comment with the first `shown` actions in tables, and per-action details when `withDetails`. */
function build(plan: Plan, shown: number, withDetails: boolean): string {
  const parts = head(plan);
  const total = plan.actions.length;
  if (total > 0) {
    const actions = plan.actions.slice(0, shown);
    parts.push(...collectionTables(actions), ...manualSteps(actions));
    if (shown < total) parts.push(`… and ${total - shown} more actions (${SHOW})`);
    if (withDetails) parts.push('#### Details', ...actions.map(details));
    else if (shown === total) parts.push(`_Per-action details left out to fit the comment; ${SHOW}._`);
  }
  return `${parts.join('\n\n')}\n`;
}

export function renderMarkdown(plan: Plan, opts: MarkdownOptions = {}): string {
  const max = opts.maxLength ?? 60_000;
  const total = plan.actions.length;
  const full = build(plan, total, true);
  if (full.length <= max) return full;
  const lean = build(plan, total, false);
  if (lean.length <= max) return lean;
  // The largest number of table rows that fits, found by bisection (each build is linear in the rows kept).
  let lo = 0;
  let hi = total - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (build(plan, mid, false).length <= max) lo = mid;
    else hi = mid - 1;
  }
  const best = build(plan, lo, false);
  if (best.length <= max) return best;
  // Even the notes are too long: cut at a line break; the title and summary come first, so they stay.
  const tail = `\n\n… (truncated; ${SHOW})\n`;
  const cut = best.slice(0, Math.max(0, max - tail.length));
  const atLine = cut.lastIndexOf('\n');
  return `${atLine > 0 ? cut.slice(0, atLine) : cut}${tail}`.slice(0, max);
}
