/**
 * CSV rows → people: what each row says about one user, every value with the cell it came from. An empty
 * cell says nothing (the field is left as org.yaml has it: unset means unmanaged). Problems are diagnostics at
 * `people.csv:LINE:COL`; a row with a problem is left out, so one run reports every problem.
 *
 * Decisions:
 * - Phone cells lose the spaces, dashes, dots and brackets spreadsheets add (`+91 98765-43210`); a leading
 *   `00` becomes `+`. What is left must be E.164, else the cell is reported.
 * - Department cells list names separated by `|`, `;` or `,` (a comma inside a cell only when quoted); a
 *   declared department whose name holds one of them is read whole.
 * - panelAccess reads yes/no, true/false, y/n, 1/0.
 * - A cell that ringform's own export neutralised (`'` before a cell src/csv/write.ts calls a formula) reads
 *   back without the `'`, so export → import is a round trip.
 * - Everything else (extension format, role, status, schedule and department names) is checked by org.yaml's
 *   own schema and rules after the merge, and reported at the cell that brought the value in.
 */
import type { Diagnostic } from '../../config/diagnostic.js';
import { CSV_CODES } from '../../csv/codes.js';
import type { CsvCell, CsvRow, CsvTable } from '../../csv/read.js';
import { needsNeutralising } from '../../csv/write.js';
import { fieldOfHeader, PERSON_FIELDS, PRESET_HEADERS, normaliseHeader, type ColumnsOption, type PersonField } from './columns.js';
import { PRESET_TRANSLATE } from './presets.js';

/** The org.yaml user fields a CSV can set. */
export type UserField = Exclude<PersonField, 'firstName' | 'lastName'>;

export interface Sourced<T = unknown> {
  value: T;
  cell: CsvCell;
}

export interface Person {
  line: number;
  email: Sourced<string>;
  fields: Partial<Record<Exclude<UserField, 'email'>, Sourced>>;
}

export interface People {
  people: Person[];
  diagnostics: Diagnostic[];
}

type Columns = Map<PersonField, number>;

/** `departments`: the names org.yaml declares, so a cell can list a name that holds `,`, `;` or `|` itself. */
export function readPeople(table: CsvTable, file: string, option: ColumnsOption, departments: readonly string[] = []): People {
  const diagnostics: Diagnostic[] = table.problems.map((p) => at(file, p, problemCode(p.kind)));
  const [header, ...rows] = table.rows;
  if (header === undefined) return { people: [], diagnostics: [...diagnostics, at(file, { line: 1, column: 1 }, CSV_CODES.empty)] };
  const columns = mapColumns(header, file, option, diagnostics);
  if (!columns.has('email')) {
    diagnostics.push(at(file, header.cells[0]!, CSV_CODES.noEmail, `No column holds emails (headers: ${header.cells.map((c) => c.value).join(', ')}).`));
    return { people: [], diagnostics };
  }
  const translate = option.kind === 'preset' ? (PRESET_TRANSLATE[option.name] ?? {}) : {};
  const people: Person[] = [];
  const seen = new Map<string, CsvCell>();
  for (const row of rows) {
    const person = readPerson(row, header, columns, translate, file, diagnostics, departments);
    if (person === null) continue;
    const key = person.email.value.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      diagnostics.push(at(file, person.email.cell, CSV_CODES.duplicatePerson, `${person.email.value} is also on line ${first.line}.`));
      continue;
    }
    seen.set(key, person.email.cell);
    people.push(person);
  }
  return { people, diagnostics };
}

function mapColumns(header: CsvRow, file: string, option: ColumnsOption, diagnostics: Diagnostic[]): Columns {
  const wanted = option.kind === 'explicit' ? option.headers : option.kind === 'preset' ? PRESET_HEADERS[option.name]! : null;
  const columns: Columns = new Map();
  if (wanted !== null) {
    for (const [field, name] of Object.entries(wanted) as [PersonField, string][]) {
      const index = header.cells.findIndex((c) => normaliseHeader(c.value) === normaliseHeader(name));
      if (index < 0) diagnostics.push(at(file, header.cells[0]!, CSV_CODES.badColumnsOption, `--columns maps ${field} to "${name}", but the header has no such column.`));
      else columns.set(field, index);
    }
  }
  header.cells.forEach((cell, index) => {
    if ([...columns.values()].includes(index)) return;
    // A preset names every column it reads; explicit pairs name some, the rest are matched by name.
    const field = option.kind === 'preset' ? null : fieldOfHeader(cell.value);
    if (field === null) {
      diagnostics.push(at(file, cell, CSV_CODES.unknownColumn, `Column "${cell.value}" matches no user field (fields: ${PERSON_FIELDS.join(', ')}); it is ignored.`));
    } else if (columns.has(field)) {
      diagnostics.push(at(file, cell, CSV_CODES.duplicateColumn, `Column "${cell.value}" is ${field}, like column ${columns.get(field)! + 1}.`));
    } else columns.set(field, index);
  });
  return columns;
}

function readPerson(row: CsvRow, header: CsvRow, columns: Columns, translate: Translate, file: string, diagnostics: Diagnostic[], departments: readonly string[]): Person | null {
  // Empty cells past the header's last column (a spreadsheet's used range is wider than its header) say nothing.
  const extra = row.cells.slice(header.cells.length).find((c) => c.value.trim() !== '');
  if (extra !== undefined) {
    diagnostics.push(at(file, extra, CSV_CODES.columnCount, `This row has ${row.cells.length} cells; the header has ${header.cells.length} columns.`));
    return null;
  }
  const cell = (field: PersonField): CsvCell | null => {
    const found = row.cells[columns.get(field) ?? -1];
    return found === undefined || found.value.trim() === '' ? null : { ...found, value: translate[field]?.(unneutralise(found.value.trim())) ?? unneutralise(found.value.trim()) };
  };
  const emailCell = cell('email');
  if (emailCell === null) {
    diagnostics.push(at(file, row.cells[columns.get('email')!] ?? row.cells[0]!, CSV_CODES.badValue, 'The email cell is empty; every person needs one.'));
    return null;
  }
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(emailCell.value)) {
    diagnostics.push(at(file, emailCell, CSV_CODES.badValue, `"${emailCell.value}" is not an email address.`));
    return null;
  }
  const person: Person = { line: row.line, email: { value: emailCell.value, cell: emailCell }, fields: {} };
  const problems = diagnostics.length;
  for (const field of PERSON_FIELDS) {
    if (field === 'email' || field === 'firstName' || field === 'lastName') continue;
    const c = cell(field);
    if (c !== null) {
      const value = field === 'departments' ? departmentList(c.value, departments) : (FIELD_VALUE[field]?.(c.value) ?? c.value);
      if (value instanceof Error) diagnostics.push(at(file, c, CSV_CODES.badValue, value.message));
      else person.fields[field] = { value, cell: c };
    }
  }
  const name = joinName(cell('firstName'), cell('lastName'));
  if (person.fields.name === undefined && name !== null) person.fields.name = name;
  return diagnostics.length === problems ? person : null;
}

type Translate = Partial<Record<PersonField, (value: string) => string>>;

const FIELD_VALUE: Partial<Record<PersonField, (text: string) => unknown>> = {
  phone: (text) => {
    const digits = text.replace(/[\s\-.()]/g, '').replace(/^00/, '+');
    return /^\+[1-9]\d{6,14}$/.test(digits) ? digits : new Error(`"${text}" is not a phone number in international form: write + and the country code, then the number, e.g. +919876543210.`);
  },
  panelAccess: (text) => {
    const word = text.toLowerCase();
    if (['yes', 'y', 'true', '1'].includes(word)) return true;
    if (['no', 'n', 'false', '0'].includes(word)) return false;
    return new Error(`panelAccess "${text}" is neither yes nor no (write yes/no, true/false or 1/0).`);
  },
};

/**
 * A departments cell as names: split at `|`, `;` and `,`, except inside a declared name that holds one of them
 * (`Sales, North`, `R|D`: the export joins names with `|` whatever they hold). The longest declared name that
 * starts at a name's start and ends at a separator or the cell's end is taken whole.
 */
function departmentList(text: string, declared: readonly string[]): string[] {
  const names: string[] = [];
  let at = 0;
  while (at <= text.length) {
    const rest = text.slice(at).trimStart();
    const start = text.length - rest.length;
    const whole = declared
      .filter((d) => /[|;,]/.test(d) && rest.startsWith(d) && /^\s*([|;,]|$)/.test(rest.slice(d.length)))
      .sort((a, b) => b.length - a.length)[0];
    const end = whole !== undefined ? start + whole.length : start + (rest.search(/[|;,]/) < 0 ? rest.length : rest.search(/[|;,]/));
    names.push(text.slice(start, end).trim());
    const sep = text.slice(end).search(/[|;,]/);
    if (sep < 0) break;
    at = end + sep + 1;
  }
  return names.filter((d) => d !== '');
}

function joinName(first: CsvCell | null, last: CsvCell | null): Sourced | null {
  if (first === null && last === null) return null;
  return { value: [first?.value, last?.value].filter(Boolean).join(' '), cell: (first ?? last)! };
}

/** `'=SUM(A1)` → `=SUM(A1)`: undoes the neutralisation of src/csv/write.ts. */
export function unneutralise(text: string): string {
  return text.startsWith("'") && needsNeutralising(text.slice(1)) ? text.slice(1) : text;
}

function problemCode(kind: CsvTable['problems'][number]['kind']) {
  return kind === 'unclosed-quote' ? CSV_CODES.unclosedQuote : kind === 'text-after-quote' ? CSV_CODES.textAfterQuote : CSV_CODES.strayQuote;
}

function at(file: string, where: { line: number; column: number }, code: (typeof CSV_CODES)[keyof typeof CSV_CODES], message?: string): Diagnostic {
  return { severity: code.severity, code: code.code, message: message ?? code.meaning, hint: code.hint, file, line: where.line, column: where.column };
}
