/**
 * The Squaretalk Users export as records: src/csv/read.ts with a comma separator, stopping at the first
 * problem (a snapshot that cannot be read whole is not read at all). Each record keeps the line it starts on.
 */
import { readCsv, type CsvProblem } from '../../csv/read.js';
import { RingformError } from '../../errors.js';

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  fields: string[];
}

const PROBLEM: Record<CsvProblem['kind'], string> = {
  'unclosed-quote': 'a quoted field is not closed',
  'stray-quote': 'a field with a quote (") must be quoted as a whole',
  'text-after-quote': 'unexpected character after a quoted field',
};

export function parseCsv(text: string, file: string): CsvRecord[] {
  const table = readCsv(text, ',');
  const first = table.problems[0];
  if (first) throw new RingformError(`${file} line ${first.line}: ${PROBLEM[first.kind]}`);
  return table.rows.map((r) => ({ line: r.line, fields: r.cells.map((c) => c.value) }));
}
