/**
 * Diagnostics for people (file:line:col, severity, code, message, code frame with a caret, hint) and for
 * machines (`--format json`). Colour only when asked; the text is identical otherwise.
 */
import pc from 'picocolors';
import { inert, inertLines, inertSource } from '../inert.js';
import type { Diagnostic } from './diagnostic.js';
import { frameLineWithoutSecrets } from './frame-secrets.js';
import { SourceLines, type Lines } from './source-lines.js';

export interface FormatOptions {
  color: boolean;
}

/** Lines of source shown before and after the pointed line. */
const CONTEXT = 2;
/** Diagnostics shown in full; the rest are counted ("and N more"), so 150,000 errors print a page, not 4 GB. */
export const MAX_SHOWN = 100;
/** Characters of a source line shown in a code frame: a window around the column, `…` where it is cut. */
export const FRAME_WIDTH = 120;

export function formatDiagnostics(diags: Diagnostic[], sources: Map<string, string>, opts: FormatOptions): string {
  const c = pc.createColors(opts.color);
  const lines = new Map<string, Lines>();
  const linesOf = (file: string): Lines | undefined => {
    const source = sources.get(file);
    if (source === undefined) return undefined;
    if (!lines.has(file)) lines.set(file, new SourceLines(source));
    return lines.get(file);
  };
  const { shown, rest } = errorsFirst(diags, MAX_SHOWN);
  return shown.map((d) => formatOne(d, linesOf(d.file), c)).join('') + moreLine(rest, c);
}

/**
 * At most `max` diagnostics to show, still in the order given (file order): errors take the places first, so
 * 3,000 "in no department" warnings never push the one error that stops the file out of sight.
 */
export function errorsFirst(diags: Diagnostic[], max: number): { shown: Diagnostic[]; rest: Diagnostic[] } {
  if (diags.length <= max) return { shown: diags, rest: [] };
  const errors = diags.filter((d) => d.severity === 'error').length;
  let warningPlaces = Math.max(0, max - errors);
  let errorPlaces = max;
  const keep = diags.map((d) => (d.severity === 'error' ? errorPlaces-- > 0 : warningPlaces-- > 0));
  return { shown: diags.filter((_, i) => keep[i]), rest: diags.filter((_, i) => !keep[i]) };
}

/** `… and 149,900 more (149,899 errors, 1 warning) not shown; fix the ones above and run again.` */
function moreLine(rest: Diagnostic[], c: Colors): string {
  if (rest.length === 0) return '';
  const errors = rest.filter((d) => d.severity === 'error').length;
  const n = (k: number, w: string): string => `${k.toLocaleString('en')} ${w}${k === 1 ? '' : 's'}`;
  const parts = [errors ? n(errors, 'error') : '', rest.length - errors ? n(rest.length - errors, 'warning') : ''].filter(Boolean);
  return `${c.bold(`… and ${rest.length.toLocaleString('en')} more`)} (${parts.join(', ')}) not shown; fix the ones above and run again.\n\n`;
}

type Colors = ReturnType<typeof pc.createColors>;

function formatOne(d: Diagnostic, source: Lines | undefined, c: Colors): string {
  const paint = d.severity === 'error' ? c.red : c.yellow;
  const head = `${c.bold(`${inert(d.file)}:${d.line}:${d.column}`)}  ${paint(d.severity)} ${c.dim(d.code)}  ${inertLines(d.message)}\n`;
  const frame = source ? codeFrame(source, d, paint, c) : '';
  const hint = d.hint ? `  ${c.cyan('hint:')} ${inertLines(d.hint)}\n` : '';
  return `${head}${frame}${hint}\n`;
}

/**
 * The pointed line with CONTEXT lines around it, a line-number gutter and a caret under the column. Every
 * line is clipped to the same FRAME_WIDTH window around the column, so a minified 11 KB line is not
 * repeated in full for each of its errors. `source` may be given as its lines (formatDiagnostics indexes
 * each file's lines once, source-lines.ts).
 */
export function codeFrame(source: string | Lines, d: Diagnostic, paint: (s: string) => string, c: Colors): string {
  const lines = typeof source === 'string' ? new SourceLines(source) : source;
  // The empty "line" after a final newline is shown only when a diagnostic points at it (end of input).
  const count = lines.line(lines.length - 1) === '' && d.line < lines.length ? lines.length - 1 : lines.length;
  if (d.line < 1 || d.line > count) return '';
  const first = Math.max(1, d.line - CONTEXT);
  const last = Math.min(count, d.line + CONTEXT);
  const width = String(last).length;
  const window = frameWindow(d.column);
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    let text = lines.line(n - 1);
    if (n === d.line && d.sensitive) text = mask(text, d.column);
    text = frameLineWithoutSecrets(lines, n, text);
    text = clip(text, window);
    const marker = n === d.line ? paint('>') : ' ';
    out.push(`${marker} ${c.dim(`${String(n).padStart(width)} |`)}${text ? ` ${inertSource(text)}` : ''}`.trimEnd());
    if (n === d.line) {
      // Keep tabs from the line so the caret lines up however the terminal renders them.
      const before = clip(lines.line(n - 1).slice(0, d.column - 1), window);
      const pad = inertSource(before).replace(/[^\t]/g, ' ');
      out.push(`  ${c.dim(`${' '.repeat(width)} |`)} ${pad}${paint('^')}`);
    }
  }
  return out.map((l) => `${l}\n`).join('');
}

/** The FRAME_WIDTH characters shown around `column`: from the start when it is near, else centred on it. */
function frameWindow(column: number): { from: number; to: number } {
  const from = column <= FRAME_WIDTH * 0.75 ? 0 : column - 1 - Math.floor(FRAME_WIDTH / 2);
  return { from, to: from + FRAME_WIDTH };
}

/** A line cut to the window, with `…` where text was left out (so the caret column still lines up). */
function clip(text: string, w: { from: number; to: number }): string {
  if (w.from === 0 && text.length <= w.to) return text;
  const middle = text.slice(w.from, w.to);
  return `${w.from > 0 ? '…' : ''}${middle}${text.length > w.to ? '…' : ''}`;
}

/**
 * Hides the secret on the pointed line: from the column on, keeping a key that starts there (a plain YAML
 * scalar cannot contain ": ", so an unquoted `name:` at the column is a key, not part of the value).
 */
function mask(text: string, column: number): string {
  const key = /^[A-Za-z_][\w-]*:(?=\s|$)/.exec(text.slice(column - 1))?.[0];
  return `${text.slice(0, column - 1)}${key ? `${key} ` : ''}***`;
}

export interface JsonDiagnostics {
  formatVersion: 1;
  valid: boolean;
  errorCount: number;
  warningCount: number;
  diagnostics: Array<Omit<Diagnostic, 'sensitive'>>;
  /** Diagnostics beyond the first MAX_JSON_DIAGNOSTICS, counted in errorCount/warningCount but not listed. */
  omitted?: number;
}

/** JSON lists more than the terminal (machines can page), but not without bound. */
export const MAX_JSON_DIAGNOSTICS = 1000;

/** Terraform-`validate -json`-like document; stable field order; never source text (so never a secret). */
export function diagnosticsToJson(diags: Diagnostic[]): string {
  const errorCount = diags.filter((d) => d.severity === 'error').length;
  const doc: JsonDiagnostics = {
    formatVersion: 1,
    valid: errorCount === 0,
    errorCount,
    warningCount: diags.length - errorCount,
    diagnostics: errorsFirst(diags, MAX_JSON_DIAGNOSTICS).shown.map((d) => ({
      severity: d.severity,
      code: d.code,
      message: d.message,
      ...(d.hint === undefined ? {} : { hint: d.hint }),
      file: d.file,
      line: d.line,
      column: d.column,
      ...(d.path === undefined ? {} : { path: d.path }),
    })),
    ...(diags.length > MAX_JSON_DIAGNOSTICS ? { omitted: diags.length - MAX_JSON_DIAGNOSTICS } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
