/**
 * org.yaml → Org: read → parse → schema → normalise → semantic rules. Each stage reports every problem it
 * finds; a stage runs only when the previous one found no errors, because its input would not be
 * trustworthy (rules assume schema-valid data). Warnings never stop the pipeline.
 */
import { ConfigError, RingformError } from '../errors.js';
import { CODES } from './codes.js';
import type { Org } from '../model/org.js';
import type { Diagnostic } from './diagnostic.js';
import { normalise } from './normalise.js';
import { parseYaml } from './parse.js';
import { readSource } from './read.js';
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

export async function loadOrg(file: string): Promise<LoadResult> {
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
  const diagnostics = [...parsed.warnings, ...runRules(parsed.source, written, org)].sort(byPosition);
  if (diagnostics.some(isError)) return { ok: false, diagnostics, source };
  return { ok: true, org, written, diagnostics, source };
}

/** For commands that need a valid org: returns it with its warnings, or throws ConfigError with every diagnostic. */
export async function loadOrgOrThrow(file: string): Promise<{ org: Org; warnings: Diagnostic[] }> {
  const result = await loadOrg(file);
  if (result.ok) return { org: result.org, warnings: result.diagnostics };
  // A file that is not there is not "invalid": say so plainly, without a position.
  if (result.diagnostics.some((d) => d.code === CODES.fileNotFound.code)) {
    throw new RingformError(`${file} not found (${CODES.fileNotFound.hint.replace(/^Check/, 'check').replace(/\.$/, '')})`);
  }
  const errors = result.diagnostics.filter(isError).length;
  throw new ConfigError(`${file} is invalid: ${errors} ${errors === 1 ? 'error' : 'errors'}`, result.diagnostics);
}
