/**
 * The pull-request view, after octoDNS `PlanMarkdown`: a hidden marker line, title, summary and notes; then
 * every delete and replace by name; then counts per collection; the manual steps as a checklist; then the
 * details, folded: a table per collection and per-action diffs in `<details>`. Size-aware so it fits a
 * GitHub comment (65,536 characters): when it must cut, it cuts details (diffs first, then table rows,
 * then the tables and manual steps), never a delete, and says where the full plan is.
 */
import { ACTION_KINDS, type Action, type Plan } from '../plan/types.js';
import { fieldLines, type FieldLine } from './fields.js';
import { fenced, htmlText, mdCode, mdText, table } from './md.js';
import { withCoverageAndDiagram } from './plan-diagram.js';
import { COLLECTION_OF, COLLECTION_ORDER, KIND_STYLE } from './symbols.js';
import { declaredTail, noChangesLine, renderSummaryLine, renderUnmanagedLine } from './summary.js';
import { flatten, formatField } from './values.js';
import { seatLines, waitsOn } from './waits.js';
import { isQuietDefault } from '../model/web-login.js';
import { inviteLines } from './invites.js';

/** "- `user[…]` waits on manual step 3: …" for each API action that waits on a manual step. */
function waitingLines(plan: Plan): string[] {
  const byId = new Map(plan.actions.map((a) => [a.id, a]));
  return plan.actions.flatMap((a) => waitsOn(a, byId).map((w) => `- ${name(a.address)} ${prose(w)}`));
}

export interface MarkdownOptions {
  /** Upper bound on the output's length in characters. @default 60000 (GitHub allows 65536 per comment) */
  maxLength?: number;
  /** Where the full plan is, said when details are cut, e.g. "the `plan.json` artifact". @default `ringform show` */
  fullPlan?: string;
}

const SHOW = '`ringform show PLANFILE` (save it with `plan --out`)';

/**
 * Every name from org.yaml or the vendor (addresses, reasons, messages) reaches the Markdown through one of
 * these two, so escaping (and any sanitising) happens in one place.
 */
function name(address: string, inTable = false): string {
  return mdCode(address, inTable);
}
function prose(text: string): string {
  return mdText(text);
}
/** A name inside HTML (a `<summary>`), where Markdown is not read. */
function nameInHtml(address: string): string {
  return `<code>${htmlText(address)}</code>`;
}

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
      return capped(Object.keys(a.after).filter((k) => flatten(a.after[k]).length > 0 && !(a.resource === 'user' && isQuietDefault(k, a.after[k]))));
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
  const summary = `${htmlText(actionWord(a))} ${nameInHtml(a.address)}`;
  return `<details><summary>${summary}</summary>\n\n${fenced('diff', body.join('\n'))}\n\n</details>`;
}

function notes(plan: Plan): string[] {
  // Protections first: if the comment must be cut, the one thing --force cannot override stays visible.
  const ordered = [...plan.guards.filter((g) => !g.forceable), ...plan.guards.filter((g) => g.forceable)];
  const blocking = (plan.blocking ?? []).map((b) => {
    const at = b.position ? ` (${name(`${b.position.file}:${b.position.line}:${b.position.column}`)})` : '';
    return `> **Blocked:** ${name(b.code)} ${name(b.address)}${at}: ${prose(b.message)}\n> Fix: ${prose(b.fix)}`;
  });
  const guards = ordered.map((g) => {
    const head = g.forceable
      ? `> **Stopped:** ${prose(g.message)} (use \`--force\` to override)`
      : `> **Error:** ${prose(g.message)}`;
    const shown = g.addresses.slice(0, 10).map((addr) => `> - ${name(addr)}`);
    if (g.addresses.length > 10) shown.push(`> - … and ${g.addresses.length - 10} more`);
    return [head, ...(shown.length ? ['>', ...shown] : [])].join('\n');
  });
  const items = [
    ...plan.warnings.map((w) => `- **Warning:** ${prose(w)}`),
    ...plan.unverified.map((u) => `- **Unverified:** ${COLLECTION_OF[u.resource]}${u.field ? `.${u.field}` : ''} — ${prose(u.why + declaredTail(u))}`),
    ...inviteLines(plan).map((l) => `- **Invite:** ${prose(l)}`),
    ...seatLines(plan).map((l) => `- **${prose(l.slice(0, 6))}**${prose(l.slice(6))}`),
    ...waitingLines(plan),
  ];
  const unmanaged = renderUnmanagedLine(plan);
  return [...blocking, ...guards, ...(items.length ? [items.join('\n')] : []), ...(unmanaged ? [prose(unmanaged)] : [])];
}

function head(plan: Plan): string[] {
  const target = plan.provider.target === null ? '(default target)' : name(plan.provider.target);
  const heading = `${PLAN_MARKER}\n### ringform plan: ${plan.provider.type} ${target}`;
  if (plan.actions.length === 0) return [heading, plan.unverified.some((u) => (u.declared ?? []).length > 0) ? prose(noChangesLine(plan)) : 'No changes.', ...notes(plan)];
  return [heading, `**${renderSummaryLine(plan)}**`, ...notes(plan)];
}

function manualSteps(actions: Action[]): string[] {
  const manual = actions.flatMap((a) => (a.kind === 'manual' ? [a] : []));
  if (manual.length === 0) return [];
  const blocks = manual.map((a) =>
    [`**${name(a.address)}** (${KIND_STYLE[a.intent].word}): ${prose(a.why)}`, ...a.steps.map((s) => `- [ ] ${prose(s)}`)].join('\n'),
  );
  return ["#### Manual steps\n\nA person does these in the vendor's panel; ringform cannot.", ...blocks];
}

/** Deletes, replaces, removed members, cancelled invites, and manual steps that would do one of those. */
function removes(a: Action): boolean {
  const kind = a.kind === 'manual' ? a.intent : a.kind;
  return kind === 'delete' || kind === 'replace' || kind === 'remove-member' || kind === 'cancel-invite';
}

/** Every delete and replace, named: this section is never cut (STYLE: nothing surprising is deleted). */
function removals(actions: Action[]): string[] {
  const rows = actions.filter(removes);
  if (rows.length === 0) return [];
  const lines = rows.map((a) => `- **${actionWord(a)}** ${name(a.address)} — ${prose(a.reason)}`);
  return [`#### Deletes and replaces (${rows.length})\n\n${lines.join('\n')}`];
}

/** One row per collection, one column per kind that occurs: the shape of the change at a glance. */
function collectionCounts(actions: Action[]): string[] {
  const kinds = ACTION_KINDS.filter((k) => actions.some((a) => a.kind === k));
  const rows = COLLECTION_ORDER.flatMap((col) => {
    const mine = actions.filter((a) => COLLECTION_OF[a.resource] === col);
    if (mine.length === 0) return [];
    return [[title(col), ...kinds.map((k) => String(mine.filter((a) => a.kind === k).length)), String(mine.length)]];
  });
  const header = ['Collection', ...kinds.map((k) => KIND_STYLE[k].word), 'Total'];
  return [table(header, rows, ['---', ...kinds.map(() => '---:'), '---:'])];
}

const title = (col: string) => col[0]!.toUpperCase() + col.slice(1);

/** A folded table per collection, each with at most `perCollection` rows (in plan order), so every collection shows. */
function collectionTables(actions: Action[], perCollection: number): string[] {
  return COLLECTION_ORDER.flatMap((col) => {
    const mine = actions.filter((a) => COLLECTION_OF[a.resource] === col);
    if (mine.length === 0) return [];
    const rows = mine.slice(0, perCollection).map((a) => [actionWord(a), name(a.address, true), prose(changeSummary(a)), prose(a.reason)]);
    const more = rows.length < mine.length ? `\n\n… and ${mine.length - rows.length} more` : '';
    const summary = `${title(col)}: ${mine.length} ${mine.length === 1 ? 'change' : 'changes'}`;
    return [`<details><summary>${summary}</summary>\n\n${table(['Action', 'Address', 'Changes', 'Reason'], rows)}${more}\n\n</details>`];
  });
}

interface Cut {
  /** Table rows kept per collection. */
  rows: number;
  withTables: boolean;
  withDiffs: boolean;
  withManual: boolean;
}

/** The comment, keeping as much as `cut` allows; the head and every delete and replace always stay. */
function build(plan: Plan, cut: Cut, fullPlan: string): string {
  const parts = head(plan);
  const { actions } = plan;
  if (actions.length > 0) {
    parts.push(...removals(actions), '#### Changes per collection', ...collectionCounts(actions));
    if (cut.withManual) parts.push(...manualSteps(actions));
    if (cut.withTables) parts.push(...collectionTables(actions, cut.rows));
    if (cut.withDiffs) parts.push('#### Details', ...actions.map(details));
    const complete = cut.withManual && cut.withTables && cut.rows >= actions.length && cut.withDiffs;
    if (!complete) parts.push(`_Some details were left out to fit the comment; every delete and replace is listed above. The full plan: ${fullPlan}._`);
  }
  return `${parts.join('\n\n')}\n`;
}

export function renderMarkdown(plan: Plan, opts: MarkdownOptions = {}): string {
  return withCoverageAndDiagram(planMarkdown(plan, opts), plan, opts.maxLength ?? 60_000);
}

function planMarkdown(plan: Plan, opts: MarkdownOptions): string {
  const max = opts.maxLength ?? 60_000;
  const fullPlan = opts.fullPlan ?? SHOW;
  const total = plan.actions.length;
  const tries: Cut[] = [
    { rows: total, withTables: true, withDiffs: true, withManual: true },
    { rows: total, withTables: true, withDiffs: false, withManual: true },
  ];
  for (const cut of tries) {
    const out = build(plan, cut, fullPlan);
    if (out.length <= max) return out;
  }
  // The most table rows per collection that fit, found by bisection (each build is linear in the rows kept).
  const rows = (n: number): Cut => ({ rows: n, withTables: true, withDiffs: false, withManual: true });
  if (build(plan, rows(0), fullPlan).length <= max) {
    let lo = 0;
    let hi = total - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (build(plan, rows(mid), fullPlan).length <= max) lo = mid;
      else hi = mid - 1;
    }
    return build(plan, rows(lo), fullPlan);
  }
  const bare = build(plan, { rows: 0, withTables: false, withDiffs: false, withManual: false }, fullPlan);
  if (bare.length <= max) return bare;
  // Even the deletes and notes are too long (thousands of deletes): cut at a line break, and say so.
  const tail = `\n\n… (truncated, deletes too; full plan: ${fullPlan})\n`;
  const cutAt = bare.slice(0, Math.max(0, max - tail.length));
  const atLine = cutAt.lastIndexOf('\n');
  return `${atLine > 0 ? cutAt.slice(0, atLine) : cutAt}${tail}`.slice(0, max);
}
