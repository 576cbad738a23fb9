/**
 * Diagnostics for people (file:line:col, severity, code, message, code frame with a caret, hint) and for
 * machines (`--format json`). Colour only when asked; the text is identical otherwise.
 */
import pc from 'picocolors';
import { inert, inertLines, inertSource } from '../inert.js';
import type { Diagnostic } from './diagnostic.js';
import { frameLineWithoutSecrets } from './frame-secrets.js';

export interface FormatOptions {
  color: boolean;
}

/** Lines of source shown before and after the pointed line. */
const CONTEXT = 2;

export function formatDiagnostics(diags: Diagnostic[], sources: Map<string, string>, opts: FormatOptions): string {
  const c = pc.createColors(opts.color);
  return diags.map((d) => formatOne(d, sources.get(d.file), c)).join('');
}

type Colors = ReturnType<typeof pc.createColors>;

function formatOne(d: Diagnostic, source: string | undefined, c: Colors): string {
  const paint = d.severity === 'error' ? c.red : c.yellow;
  const head = `${c.bold(`${inert(d.file)}:${d.line}:${d.column}`)}  ${paint(d.severity)} ${c.dim(d.code)}  ${inertLines(d.message)}\n`;
  const frame = source ? codeFrame(source, d, paint, c) : '';
  const hint = d.hint ? `  ${c.cyan('hint:')} ${inertLines(d.hint)}\n` : '';
  return `${head}${frame}${hint}\n`;
}

/** The pointed line with CONTEXT lines around it, a line-number gutter and a caret under the column. */
export function codeFrame(source: string, d: Diagnostic, paint: (s: string) => string, c: Colors): string {
  const lines = source.split(/\r?\n/);
  // The empty "line" after a final newline is shown only when a diagnostic points at it (end of input).
  if (lines.at(-1) === '' && d.line < lines.length) lines.pop();
  if (d.line < 1 || d.line > lines.length) return '';
  const first = Math.max(1, d.line - CONTEXT);
  const last = Math.min(lines.length, d.line + CONTEXT);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    let text = lines[n - 1]!;
    if (n === d.line && d.sensitive) text = mask(text, d.column);
    text = frameLineWithoutSecrets(source, lines, n, text);
    const marker = n === d.line ? paint('>') : ' ';
    out.push(`${marker} ${c.dim(`${String(n).padStart(width)} |`)}${text ? ` ${inertSource(text)}` : ''}`.trimEnd());
    if (n === d.line) {
      // Keep tabs from the line so the caret lines up however the terminal renders them.
      const pad = inertSource(text.slice(0, d.column - 1)).replace(/[^\t]/g, ' ');
      out.push(`  ${c.dim(`${' '.repeat(width)} |`)} ${pad}${paint('^')}`);
    }
  }
  return out.map((l) => `${l}\n`).join('');
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
}

/** Terraform-`validate -json`-like document; stable field order; never source text (so never a secret). */
export function diagnosticsToJson(diags: Diagnostic[]): string {
  const errorCount = diags.filter((d) => d.severity === 'error').length;
  const doc: JsonDiagnostics = {
    formatVersion: 1,
    valid: errorCount === 0,
    errorCount,
    warningCount: diags.length - errorCount,
    diagnostics: diags.map((d) => ({
      severity: d.severity,
      code: d.code,
      message: d.message,
      ...(d.hint === undefined ? {} : { hint: d.hint }),
      file: d.file,
      line: d.line,
      column: d.column,
      ...(d.path === undefined ? {} : { path: d.path }),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
