/**
 * Names people read (users, departments, schedules, roles, holidays) must be visible, inert text: they
 * reach terminals, review pages, vendor panels and caller ids. Refused: C0/C1 control characters (ESC can
 * rewrite a reviewer's terminal, CR can overwrite a line), newlines, bidi overrides and isolates (which
 * reorder what is shown), lone surrogates (not text at all), and names that are blank or made only of
 * invisible characters. This is a rule, not a schema pattern, so the message can say which character, where.
 */
import type { DataPath } from '../source.js';
import { defineRule, type RuleContext } from './rule.js';

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Characters that show nothing: whitespace, zero-width and filler characters. */
const INVISIBLE = /[\s\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200d\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0]/gu;

const NAMED: Record<string, string> = { '\n': 'a newline', '\r': 'a carriage return', '\t': 'a tab', '\u001b': 'an escape (ESC)' };

const codePoint = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong with a name, or undefined. Never quotes the raw character. */
export function nameProblem(name: string): string | undefined {
  const lone = LONE_SURROGATE.exec(name);
  if (lone) return `holds a lone surrogate (${codePoint(lone[0])}) at character ${lone.index + 1}, which is not text`;
  const control = CONTROL.exec(name);
  if (control) return `holds ${NAMED[control[0]] ?? 'a control character'} (${codePoint(control[0])}) at character ${control.index + 1}`;
  const bidi = BIDI.exec(name);
  if (bidi) return `holds a bidirectional-text control (${codePoint(bidi[0])}) at character ${bidi.index + 1}, which reorders how text is shown`;
  if (name.replace(INVISIBLE, '') === '') return name === '' ? 'is empty' : 'is blank: it holds only spaces or invisible characters';
  return undefined;
}

/** Shown in messages: the name with anything unsafe escaped, so the message itself stays inert. */
export function shownName(name: string): string {
  const escaped = name.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[\ud800-\udfff]/gu, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
  return escaped.length > 60 ? `${escaped.slice(0, 57)}…` : escaped;
}

function check(ctx: RuleContext, name: unknown, path: DataPath, what: string, blankOk = false): void {
  if (typeof name !== 'string') return;
  const problem = blankOk && name.trim() === '' ? undefined : nameProblem(name);
  if (problem) ctx.report(path, `${what} "${shownName(name)}" ${problem}`);
}

export const unsafeName = defineRule({
  code: 'RF228',
  name: 'unsafe-name',
  severity: 'error',
  meaning:
    'A name shown to people (user, department, schedule, role, holiday) holds a control character, newline, bidirectional-text control or lone surrogate, or is blank or invisible.',
  hint: 'Write the name as plain visible text: remove control, bidi and zero-width characters (retype it if it was pasted).',
  check(ctx) {
    (ctx.written.users ?? []).forEach((u, i) => check(ctx, u.name, ['users', i, 'name'], `name of user ${shownName(u.email)}`));
    (ctx.written.departments ?? []).forEach((d, i) => check(ctx, d.name, ['departments', i, 'name'], 'department name'));
    (ctx.written.schedules ?? []).forEach((s, i) => {
      check(ctx, s.name, ['schedules', i, 'name'], 'schedule name');
      (s.holidays ?? []).forEach((h, j) => check(ctx, h.name, ['schedules', i, 'holidays', j, 'name'], 'holiday name'));
    });
    (ctx.written.roles ?? []).forEach((r, i) => {
      check(ctx, r.name, ['roles', i, 'name'], 'role name');
      check(ctx, r.description, ['roles', i, 'description'], 'role description', true);
    });
  },
});
