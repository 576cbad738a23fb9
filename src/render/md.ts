/** Small markdown helpers: GitHub-flavoured escaping for table cells, code spans and fences. */

function longestRun(s: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const x of s) {
    run = x === ch ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

const oneLine = (s: string) => s.replace(/\r?\n/g, ' ');

/** Plain text safe inside a table cell or a paragraph: markdown punctuation, `|`, backticks and HTML escaped. */
export function mdText(s: string): string {
  return oneLine(s)
    .replace(/[\\`*_[\]|#~]/g, (m) => `\\${m}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A code span that survives backticks in its content; in a table, `|` is escaped too (GFM reads `\|` there). */
export function mdCode(s: string, inTable = false): string {
  const body = inTable ? oneLine(s).replace(/\|/g, '\\|') : oneLine(s);
  const fence = '`'.repeat(longestRun(body, '`') + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

export function htmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function fenced(lang: string, body: string): string {
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  return `${fence}${lang}\n${body}\n${fence}`;
}

/** `align`: one of `---` / `---:` per column; left-aligned by default. */
export function table(header: string[], rows: string[][], align = header.map(() => '---')): string {
  return [header, align, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
