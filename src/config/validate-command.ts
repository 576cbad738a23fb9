/**
 * `ringform validate FILE...`: loads each file (schema and semantic rules; no network, no credentials) and
 * renders every diagnostic. Exit 0 when every file is valid (warnings are shown but do not fail), 1 otherwise.
 */
import type { Diagnostic } from './diagnostic.js';
import { diagnosticsToJson, formatDiagnostics } from './format.js';
import { isError, loadOrg } from './load.js';
import { CODES } from './codes.js';

export interface ValidateOptions {
  format: 'text' | 'json';
  color: boolean;
}

export async function validateFiles(files: string[], opts: ValidateOptions): Promise<{ exitCode: 0 | 1; output: string }> {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const summaries: string[] = [];
  for (const file of files) {
    const result = await loadOrg(file);
    sources.set(file, result.source);
    diagnostics.push(...result.diagnostics);
    summaries.push(summary(file, result.diagnostics));
  }
  const exitCode = diagnostics.some(isError) ? 1 : 0;
  const output =
    opts.format === 'json'
      ? diagnosticsToJson(diagnostics)
      : formatDiagnostics(diagnostics, sources, { color: opts.color }) + summaries.join('');
  return { exitCode, output };
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `org.yaml: valid` / `org.yaml: valid, 1 warning` / `org.yaml: 2 errors, 1 warning`. */
function summary(file: string, diags: Diagnostic[]): string {
  if (diags.some((d) => d.code === CODES.fileNotFound.code)) return `${file}: not found\n`;
  const errors = diags.filter(isError).length;
  const warnings = diags.length - errors;
  const parts = errors > 0 ? [count(errors, 'error')] : ['valid'];
  if (warnings > 0) parts.push(count(warnings, 'warning'));
  return `${file}: ${parts.join(', ')}\n`;
}
