/**
 * Small markdown helpers: GitHub-flavoured escaping for table cells, code spans and fences. This is the ONE
 * Markdown sanitiser: every string from outside ringform goes through one of these before it reaches a pull
 * request comment or an issue. Each first makes the text inert for a terminal (`inert.ts`: controls, CR,
 * bidi overrides shown escaped), then for Markdown: HTML tags and table pipes escaped, code spans fenced
 * longer than any backtick run inside, and @mentions neutralised with a zero-width space written as the
 * entity `&#8203;` (as Renovate does), so `@team` in a vendor name notifies nobody.
 */
import { inert, inertLines } from '../inert.js';

function longestRun(s: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const x of s) {
    run = x === ch ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

const oneLine = (s: string) => inert(s.replace(/\r?\n/g, ' '));

/** `@name` that GitHub would turn into a mention (an `@` not preceded by a word character, as in an email). */
const MENTION = /(?<![A-Za-z0-9_])@/g;

/** Plain text safe inside a table cell or a paragraph: markdown punctuation, `|`, backticks and HTML escaped. */
export function mdText(s: string): string {
  return oneLine(s)
    .replace(/[\\`*_[\]|#~]/g, (m) => `\\${m}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MENTION, '@&#8203;');
}

/** A code span that survives backticks in its content; in a table, `|` is escaped too (GFM reads `\|` there). */
export function mdCode(s: string, inTable = false): string {
  const body = inTable ? oneLine(s).replace(/\|/g, '\\|') : oneLine(s);
  const fence = '`'.repeat(longestRun(body, '`') + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

export function htmlText(s: string): string {
  return oneLine(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function fenced(lang: string, raw: string): string {
  const body = inertLines(raw);
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  return `${fence}${lang}\n${body}\n${fence}`;
}

/** `align`: one of `---` / `---:` per column; left-aligned by default. */
export function table(header: string[], rows: string[][], align = header.map(() => '---')): string {
  return [header, align, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
