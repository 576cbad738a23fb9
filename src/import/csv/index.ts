/**
 * `ringform import --from-csv people.csv --into org.yaml`, without I/O: the CSV's people merged into the
 * org.yaml text, or every problem found. Order: org.yaml must be valid first (a merge into a broken file would
 * blame the CSV for it); then the CSV is read (RF5xx at `people.csv:LINE:COL`); then the merged org.yaml goes
 * through validate's whole pipeline, and each problem in a value the CSV brought in is reported at that CSV
 * cell (keeping the rule's own code: an unknown department is RF2xx whether typed in org.yaml or a sheet).
 */
import type { Diagnostic } from '../../config/diagnostic.js';
import { byPosition, isError, loadOrgText } from '../../config/load.js';
import { parseYaml } from '../../config/parse.js';
import { positionOf } from '../../config/source.js';
import type { WrittenOrg } from '../../config/written.generated.js';
import { CSV_CODES } from '../../csv/codes.js';
import { readCsv, type Separator } from '../../csv/read.js';
import type { ColumnsOption } from './columns.js';
import { planMerge, type Merge } from './merge.js';
import { readPeople, type Person } from './people.js';
import { writeMerge } from './yaml-edit.js';

export interface CsvMergeInput {
  csvFile: string;
  csvText: string;
  orgFile: string;
  orgText: string;
  columns: ColumnsOption;
  separator?: Separator;
  prune: boolean;
}

export type CsvMergeResult =
  | { ok: true; text: string; merge: Merge; reformatted: boolean; warnings: Diagnostic[]; separator: Separator }
  | { ok: false; diagnostics: Diagnostic[]; /** The merged text, when the failing problems are in it. */ merged?: { label: string; text: string } };

export function mergeCsv(input: CsvMergeInput): CsvMergeResult {
  const before = loadOrgText(input.orgFile, input.orgText);
  if (!before.ok) return { ok: false, diagnostics: before.diagnostics };
  const table = readCsv(input.csvText, input.separator);
  const { people, diagnostics } = readPeople(table, input.csvFile, input.columns, (before.written.departments ?? []).map((d) => d.name));
  const users = before.written.users ?? [];
  const merge = planMerge(users, people, input.prune);
  diagnostics.push(...merge.added.filter((p) => p.fields.name === undefined).map((p) => noName(input.csvFile, p)));
  if (input.prune) diagnostics.push(...pruneGuards(input, before.written, people, merge));
  diagnostics.push(
    ...merge.repeated.map(({ person, first }) => {
      const c = CSV_CODES.duplicatePerson;
      const message = `${person.email.value} is the same org.yaml user as ${first.email.value} on line ${first.line} (one is under the other's \`previously\`).`;
      return { severity: c.severity, code: c.code, message, hint: c.hint, file: input.csvFile, line: person.email.cell.line, column: person.email.cell.column };
    }),
  );
  if (diagnostics.some(isError)) return { ok: false, diagnostics: diagnostics.sort(byPosition) };
  const written = writeMerge(input.orgText, before.written, merge);
  const after = loadOrgText(input.orgFile, written.text);
  const label = `${input.orgFile} (merged)`;
  const moved = after.diagnostics.map((d) => toCsvCell(d, merge, input.csvFile) ?? { ...d, file: label });
  const fromCsv = moved.filter((d) => d.file === input.csvFile);
  if (!after.ok) return { ok: false, diagnostics: [...diagnostics, ...moved.filter(isError)].sort(byPosition), merged: { label, text: written.text } };
  return { ok: true, text: written.text, merge, reformatted: written.reformatted, warnings: [...diagnostics, ...fromCsv].sort(byPosition), separator: table.separator };
}

/** A diagnostic at `/users/<i>/<field>…` whose value came from a CSV cell, moved to that cell. */
function toCsvCell(d: Diagnostic, merge: Merge, csvFile: string): Diagnostic | null {
  const m = /^\/users\/(\d+)(?:\/([^/]+))?/.exec(d.path ?? '');
  const person = m ? merge.sourceOf.get(Number(m[1])) : undefined;
  if (!m || person === undefined) return null;
  const field = m[2];
  const cell = field === undefined || field === 'email' ? person.email.cell : person.fields[field as keyof Person['fields']]?.cell;
  if (cell === undefined) return null;
  return { ...d, file: csvFile, line: cell.line, column: cell.column, message: `${d.message} (${person.email.value}, from this cell)` };
}

/**
 * --prune never removes a protected user (settings.guards.protectedUsers: "never deleted"), and never empties
 * users because the CSV lists nobody (a header-only or truncated export): both are refused, nothing written.
 */
function pruneGuards(input: CsvMergeInput, written: WrittenOrg, people: readonly Person[], merge: Merge): Diagnostic[] {
  const located = parseYaml(input.orgFile, input.orgText);
  const where = (index: number) => (located.ok ? positionOf(located.source, ['users', index, 'email']) : { line: 1, column: 1 });
  const protectedEmails = new Set((written.settings?.guards?.protectedUsers ?? []).map((e) => e.toLowerCase()));
  const out: Diagnostic[] = merge.removed
    .filter((r) => protectedEmails.has(r.email.toLowerCase()))
    .map((r) => {
      const c = CSV_CODES.pruneProtected;
      return { severity: c.severity, code: c.code, message: `--prune would remove ${r.email}, a protected user, because ${input.csvFile} does not list them.`, hint: c.hint, file: input.orgFile, ...where(r.index) };
    });
  if (people.length === 0 && merge.removed.length > 0) {
    const c = CSV_CODES.pruneEveryone;
    out.push({ severity: c.severity, code: c.code, message: `${input.csvFile} lists nobody, so --prune would remove all ${merge.removed.length} users.`, hint: c.hint, file: input.csvFile, line: 1, column: 1 });
  }
  return out;
}

function noName(file: string, person: Person): Diagnostic {
  const c = CSV_CODES.noName;
  const where = person.email.cell;
  return { severity: c.severity, code: c.code, message: `${person.email.value} is not in org.yaml yet and has no name in the CSV.`, hint: c.hint, file, line: where.line, column: where.column };
}
