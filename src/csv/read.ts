/**
 * A CSV reader that keeps positions (RFC 4180 plus what spreadsheets write): quoted fields with `""` and line
 * breaks inside (kept as written), CRLF, LF or a lone CR, a UTF-8 byte-order mark, blank rows (`,,,` too) skipped, and the separator found
 * from the header line (`,`, `;` as written by spreadsheets set to a comma-decimal locale, or a tab) unless one
 * is given. Every cell keeps the 1-based line and column it starts at, so a problem names `people.csv:LINE:COL`.
 *
 * Problems do not stop the reader: a quoted field that never closes ends the file (one problem, at its
 * opening quote); text after a closing quote is kept and reported. The caller decides what is fatal.
 */
export type Separator = ',' | ';' | '\t';

export const SEPARATORS: readonly Separator[] = [',', ';', '\t'];

export interface CsvCell {
  value: string;
  line: number;
  column: number;
}

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  cells: CsvCell[];
}

export interface CsvProblem {
  kind: 'unclosed-quote' | 'text-after-quote' | 'stray-quote';
  line: number;
  column: number;
}

export interface CsvTable {
  separator: Separator;
  rows: CsvRow[];
  problems: CsvProblem[];
}

export function readCsv(text: string, separator?: Separator): CsvTable {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const sep = separator ?? detectSeparator(src);
  const cursor = new Cursor(src);
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  while (!cursor.done()) {
    const row = readRow(cursor, sep, problems);
    // A blank line, or a row of separators only (`,,,`: spreadsheets export empty rows so), holds nothing.
    if (!row.cells.every((c) => c.value.trim() === '')) rows.push(row);
  }
  return { separator: sep, rows, problems };
}

/** The separator that occurs most often outside quotes on the first line; `,` when none does. */
export function detectSeparator(src: string): Separator {
  const counts = new Map<Separator, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const c of src) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c as Separator)) counts.set(c as Separator, counts.get(c as Separator)! + 1);
  }
  let best: Separator = ',';
  for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
  return best;
}

/** Position-tracking reader over the text. */
class Cursor {
  i = 0;
  line = 1;
  column = 1;
  constructor(readonly src: string) {}
  done(): boolean {
    return this.i >= this.src.length;
  }
  peek(ahead = 0): string | undefined {
    return this.src[this.i + ahead];
  }
  /** Consumes one character (a CRLF pair as one line break) and returns it as written. */
  next(): string {
    const c = this.src[this.i++]!;
    if (c === '\r' && this.src[this.i] === '\n') {
      this.i++;
      this.line++;
      this.column = 1;
      return '\r\n';
    }
    if (c === '\n' || c === '\r') {
      this.line++;
      this.column = 1;
      return c;
    }
    this.column++;
    return c;
  }
  atLineEnd(): boolean {
    const c = this.peek();
    return c === '\n' || c === '\r';
  }
}

function readRow(cursor: Cursor, sep: Separator, problems: CsvProblem[]): CsvRow {
  const row: CsvRow = { line: cursor.line, cells: [] };
  for (;;) {
    row.cells.push(readCell(cursor, sep, problems));
    if (cursor.peek() === sep) {
      cursor.next();
      continue;
    }
    if (cursor.atLineEnd()) cursor.next();
    return row;
  }
}

function readCell(cursor: Cursor, sep: Separator, problems: CsvProblem[]): CsvCell {
  const cell: CsvCell = { value: '', line: cursor.line, column: cursor.column };
  if (cursor.peek() !== '"') {
    while (!cursor.done() && cursor.peek() !== sep && !cursor.atLineEnd()) {
      if (cursor.peek() === '"') problems.push({ kind: 'stray-quote', line: cursor.line, column: cursor.column });
      cell.value += cursor.next();
    }
    return cell;
  }
  cursor.next();
  for (;;) {
    if (cursor.done()) {
      problems.push({ kind: 'unclosed-quote', line: cell.line, column: cell.column });
      return cell;
    }
    const c = cursor.next();
    if (c !== '"') cell.value += c;
    else if (cursor.peek() === '"') cell.value += cursor.next();
    else break;
  }
  if (!cursor.done() && cursor.peek() !== sep && !cursor.atLineEnd()) {
    problems.push({ kind: 'text-after-quote', line: cursor.line, column: cursor.column });
    while (!cursor.done() && cursor.peek() !== sep && !cursor.atLineEnd()) cell.value += cursor.next();
  }
  return cell;
}
