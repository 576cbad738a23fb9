/**
 * The human view of a plan, after Terraform's jsonformat renderer: a legend of only the symbols used, one
 * headline per action with its reason beneath, the fields that matter, then the notes and ONE summary line.
 * Pure: the same Plan always gives the same string; colour only when asked.
 */
import pc from 'picocolors';
import { ACTION_KINDS, type Action, type Plan } from '../plan/types.js';
import { coverageTextLines } from './coverage.js';
import { fieldLines, type FieldLine } from './fields.js';
import { inert, inertLines } from '../inert.js';
import { COLLECTION_OF, KIND_STYLE } from './symbols.js';
import { declaredTail, noChangesLine, renderSummaryLine, renderUnmanagedLine, targetLabel } from './summary.js';
import { formatField } from './values.js';
import { blockingLine, seatLines, waitsOn } from './waits.js';
import { inviteLines } from './invites.js';

export interface TextOptions {
  color: boolean;
}

type Colors = ReturnType<typeof pc.createColors>;

const FIELD_HUE = { '+': 'green', '-': 'red', '~': 'yellow' } as const;

function fieldText(c: Colors, l: FieldLine, width: number): string {
  const sign = c[FIELD_HUE[l.op]](l.op);
  if (l.op === '~') {
    const text = `${inert(l.path)}: ${formatField(l.path, l.before)} → ${formatField(l.path, l.after)}`;
    return `${sign} ${text}${l.forcesReplacement ? c.red(' # forces replacement') : ''}`;
  }
  const value = l.op === '+' ? l.after : l.before;
  return `${sign} ${inert(l.path).padEnd(width)} = ${formatField(l.path, value)}`;
}

function comment(c: Colors, text: string, indent: string): string[] {
  return inertLines(text).split('\n').map((t) => `${indent}${c.dim(`# ${t}`)}`);
}

function renderAction(c: Colors, a: Action, byId: ReadonlyMap<string, Action>): string {
  const style = KIND_STYLE[a.kind];
  const symbol = c[style.hue](style.symbol.padStart(3));
  const intent = a.kind === 'manual' ? c.dim(` (by hand: ${KIND_STYLE[a.intent].word})`) : '';
  const head = `${a.kind === 'manual' ? c.bold(symbol) : symbol} ${c.bold(inert(a.address))}${intent}`;
  const pad = '      ';
  const out = [head, ...comment(c, a.reason, pad)];
  for (const w of waitsOn(a, byId)) out.push(`${pad}${c.yellow(inert(w))}`);
  if (a.kind === 'manual') {
    out.push(`${pad}why: ${inert(a.why)}`);
    a.steps.forEach((s, i) => out.push(`${pad}${i + 1}. ${inertLines(s).split('\n').join(`\n${pad}   `)}`));
  }
  const lines = fieldLines(a);
  const width = Math.max(0, ...lines.filter((l) => l.op !== '~').map((l) => inert(l.path).length));
  for (const l of lines) out.push(pad + fieldText(c, l, width));
  return out.join('\n');
}

function notes(c: Colors, plan: Plan): string[] {
  const sections: string[][] = [
    plan.warnings.map((w) => `${c.yellow(c.bold('Warning:'))} ${inertLines(w)}`),
    plan.unverified.map((u) => `${c.yellow('Unverified:')} ${COLLECTION_OF[u.resource]}${u.field ? `.${u.field}` : ''} — ${inertLines(u.why)}${inert(declaredTail(u))}`),
    inviteLines(plan).map((l) => `${c.cyan('Invite:')} ${inertLines(l)}`),
    (plan.blocking ?? []).map((b) => `${c.red(c.bold('Blocked:'))} ${blockingLine(b)}`),
    seatLines(plan),
    plan.guards.flatMap((g) => {
      const head = g.forceable
        ? `${c.red(c.bold('Stopped:'))} ${inertLines(g.message)} (use --force to override)`
        : `${c.red(c.bold('Error:'))} ${inertLines(g.message)}`;
      const shown = g.addresses.slice(0, 10).map((addr) => `  - ${inert(addr)}`);
      const more = g.addresses.length > 10 ? [`  … and ${g.addresses.length - 10} more`] : [];
      return [head, ...shown, ...more];
    }),
    [renderUnmanagedLine(plan) ?? ''].filter(Boolean),
    coverageTextLines(plan).map((l, i) => `${i === 0 ? `${c.bold('Coverage:')}\n` : ''}  ${l}`),
  ];
  return sections.filter((s) => s.length > 0).map((s) => s.join('\n'));
}

export function renderText(plan: Plan, opts: TextOptions): string {
  const c = pc.createColors(opts.color);
  const header = c.bold(`ringform plan for ${plan.provider.type} ${targetLabel(plan)}`);
  if (plan.actions.length === 0) {
    return [header, noChangesLine(plan), ...notes(c, plan)].join('\n\n') + '\n';
  }
  const byId = new Map(plan.actions.map((a) => [a.id, a]));
  const used = ACTION_KINDS.filter((k) => plan.actions.some((a) => a.kind === k));
  const legend = used.map((k) => {
    const s = KIND_STYLE[k];
    return `${c[s.hue](s.symbol.padStart(3))} ${s.label}`;
  });
  return (
    [
      header,
      ['Actions are shown with these symbols:', ...legend].join('\n'),
      'Planned actions, in the order they run:',
      ...plan.actions.map((a) => renderAction(c, a, byId)),
      ...notes(c, plan),
      c.bold(renderSummaryLine(plan)),
    ].join('\n\n') + '\n'
  );
}
