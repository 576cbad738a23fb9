/**
 * org.yaml → Org: read → parse → schema → normalise → semantic rules. Each stage reports every problem it
 * finds; a stage runs only when the previous one found no errors, because its input would not be
 * trustworthy (rules assume schema-valid data). Warnings never stop the pipeline.
 */
import { ConfigError } from '../errors.js';
import type { Org } from '../model/org.js';
import type { Diagnostic } from './diagnostic.js';
import { normalise } from './normalise.js';
import { parseYaml } from './parse.js';
import { readSource } from './read.js';
import { coverageDiagnostics } from './rules/coverage.js';
import { runRules } from './rules/index.js';
import { schemaDiagnostics } from './schema-errors.js';
import { schemaErrors } from './schema.js';
import type { WrittenOrg } from './written.generated.js';

export type LoadResult =
  | { ok: true; org: Org; written: WrittenOrg; diagnostics: Diagnostic[] /* warnings only */; source: string }
  | { ok: false; diagnostics: Diagnostic[]; source: string };

export const isError = (d: Diagnostic): boolean => d.severity === 'error';

/** Source order; at one position, the order the stages and rules produced them. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

export interface LoadOptions {
  /** The coverage reference date (YYYY-MM-DD); default today (UTC). */
  today?: string;
}

export async function loadOrg(file: string, options: LoadOptions = {}): Promise<LoadResult> {
  const read = await readSource(file);
  if (!read.ok) return { ok: false, diagnostics: [read.diagnostic], source: read.text };
  const source = read.text;
  const parsed = parseYaml(file, source);
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics.sort(byPosition), source };

  const schemaProblems = schemaDiagnostics(parsed.source, schemaErrors(parsed.data));
  if (schemaProblems.length > 0) {
    return { ok: false, diagnostics: [...parsed.warnings, ...schemaProblems].sort(byPosition), source };
  }
  const written = parsed.data as WrittenOrg;
  const org = normalise(written, file);
  const ruled = [...parsed.warnings, ...runRules(parsed.source, written, org)];
  // Coverage needs a sound org (every member and schedule resolved): it runs only when nothing else failed.
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const diagnostics = (ruled.some(isError) ? ruled : [...ruled, ...coverageDiagnostics(parsed.source, org, today)]).sort(byPosition);
  if (diagnostics.some(isError)) return { ok: false, diagnostics, source };
  return { ok: true, org, written, diagnostics, source };
}

/** For commands that need a valid org: returns it with its warnings, or throws ConfigError with every diagnostic. */
export async function loadOrgOrThrow(file: string, options: LoadOptions = {}): Promise<{ org: Org; warnings: Diagnostic[] }> {
  const result = await loadOrg(file, options);
  if (result.ok) return { org: result.org, warnings: result.diagnostics };
  const errors = result.diagnostics.filter(isError).length;
  throw new ConfigError(`${file} is invalid: ${errors} ${errors === 1 ? 'error' : 'errors'}`, result.diagnostics);
}
