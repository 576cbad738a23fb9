/**
 * org.yaml → Org: read → parse → schema → normalise → semantic rules. Each stage reports every problem it
 * finds. Reading and YAML errors stop there (there is no document to trust). Schema errors do not stop
 * the rules: they run on the parts that passed the schema (partial.ts), so one run shows every problem.
 * Warnings never stop the pipeline.
 */
import { ConfigError, RingformError } from '../errors.js';
import { CODES } from './codes.js';
import type { Org } from '../model/org.js';
import type { OrgOrigin } from '../model/origin.js';
import type { Diagnostic } from './diagnostic.js';
import { nonFiniteNumbers } from './non-finite.js';
import { normalise } from './normalise.js';
import { orgOrigin } from './origin.js';
import { parseYaml } from './parse.js';
import { validParts } from './partial.js';
import { readSource } from './read.js';
import { coverageDiagnostics, isCoverageFinding } from './rules/coverage.js';
import { runRules } from './rules/index.js';
import { schemaDiagnostics } from './schema-errors.js';
import { schemaErrors, type SchemaValidators } from './schema.js';
import { toPointer } from './source.js';
import type { WrittenOrg } from './written.generated.js';

export type LoadResult =
  | { ok: true; org: Org; written: WrittenOrg; diagnostics: Diagnostic[] /* warnings only */; source: string; origin: OrgOrigin }
  | { ok: false; diagnostics: Diagnostic[]; source: string };

export const isError = (d: Diagnostic): boolean => d.severity === 'error';

/**
 * Source order; at one position, the order the stages and rules produced them. The file names are compared
 * only when they differ: a first localeCompare loads ICU's collator (~8 ms of a 10-line validate).
 */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.file === b.file ? 0 : a.file.localeCompare(b.file)) || a.line - b.line || a.column - b.column;
}

export interface LoadOptions {
  /** The coverage reference date (YYYY-MM-DD); default today (UTC). */
  today?: string;
  /** The schema validators; default the generated standalone code (tests pass Ajv's compiled ones to compare). */
  validators?: SchemaValidators;
  /**
   * Plan: a coverage finding set to `error` does not fail the load; it is returned with the warnings, and plan
   * checks it again against the departments as apply leaves them (rules/coverage.ts coverageFindingsAfterApply).
   */
  coverageAfterRead?: boolean;
}

export async function loadOrg(file: string, options: LoadOptions = {}): Promise<LoadResult> {
  const read = await readSource(file);
  if (!read.ok) return { ok: false, diagnostics: [read.diagnostic], source: read.text };
  return loadOrgText(file, read.text, options);
}

/**
 * org.yaml text already in memory (drift's org.yaml at a git ref, import's output) through the same pipeline:
 * `file` names it in diagnostics and is where relative provider paths resolve from. No file is written.
 */
export function loadOrgText(file: string, text: string, options: LoadOptions = {}): LoadResult {
  // A lone CR ends a line in YAML 1.2 (old Mac files): read as LF, same length, so offsets and lines hold.
  const source = text.replace(/\r(?!\n)/g, '\n');
  const parsed = parseYaml(file, source);
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics.sort(byPosition), source };

  const nonFinite = nonFiniteNumbers(parsed.source, parsed.data);
  // The schema calls NaN "not a number" too; the non-finite check says what was written and why.
  const refused = new Set(nonFinite.map((n) => toPointer(n.path)));
  const errors = schemaErrors(parsed.data, options.validators).filter((e) => !refused.has(e.instancePath));
  const schemaProblems = [...schemaDiagnostics(parsed.source, errors), ...nonFinite.map((n) => n.diagnostic)];
  // Positions of the fast path's diagnostics are found together, before they are sorted (parse.ts lazySource).
  const settled = (diagnostics: Diagnostic[]): Diagnostic[] => {
    parsed.source.settle?.();
    return diagnostics.sort(byPosition);
  };
  if (schemaProblems.length > 0) {
    const parts = validParts(parsed.data, errors, nonFinite.map((n) => n.path), options.validators);
    const ruled = parts ? runRules(parsed.source, parts.written, normalise(parts.written, file), parts) : [];
    return { ok: false, diagnostics: settled([...parsed.warnings, ...schemaProblems, ...ruled]), source };
  }
  const written = parsed.data as WrittenOrg;
  const org = normalise(written, file);
  const ruled = [...parsed.warnings, ...runRules(parsed.source, written, org)];
  // Coverage needs a sound org (every member and schedule resolved): it runs only when nothing else failed.
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const diagnostics = settled(ruled.some(isError) ? ruled : [...ruled, ...coverageDiagnostics(parsed.source, org, today)]);
  const fatal = options.coverageAfterRead ? (d: Diagnostic) => isError(d) && !isCoverageFinding(d) : isError;
  if (diagnostics.some(fatal)) return { ok: false, diagnostics, source };
  return { ok: true, org, written, diagnostics, source, origin: orgOrigin(parsed.source, written) };
}

/** For commands that need a valid org: returns it with its warnings, or throws ConfigError with every diagnostic. */
/** `source`: the text the warnings' positions refer to (their code frames show it: cli/warnings.ts). */
export async function loadOrgOrThrow(file: string, options: LoadOptions = {}): Promise<{ org: Org; warnings: Diagnostic[]; origin: OrgOrigin; source: string }> {
  const result = await loadOrg(file, options);
  if (result.ok) return { org: result.org, warnings: result.diagnostics, origin: result.origin, source: result.source };
  // A file that is not there is not "invalid": say so plainly, without a position.
  if (result.diagnostics.some((d) => d.code === CODES.fileNotFound.code)) {
    throw new RingformError(`${file} not found (${CODES.fileNotFound.hint.replace(/^Check/, 'check').replace(/\.$/, '')})`);
  }
  const errors = result.diagnostics.filter(isError).length;
  throw new ConfigError(`${file} is invalid: ${errors} ${errors === 1 ? 'error' : 'errors'}`, result.diagnostics);
}

/** loadOrgText for commands that need a valid org: `label` names the text in the error (e.g. `org.yaml@HEAD~1`). */
export function loadOrgTextOrThrow(file: string, text: string, label: string): Org {
  const result = loadOrgText(file, text);
  if (result.ok) return result.org;
  const problems = result.diagnostics.filter(isError).map((d) => `  ${d.line}:${d.column} ${d.code} ${d.message}`);
  throw new RingformError(`${label} is invalid:\n${problems.join('\n')}`);
}
