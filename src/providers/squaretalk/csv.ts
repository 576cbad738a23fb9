/**
 * A small RFC 4180 CSV reader: quoted fields (with `""` and line breaks inside), CRLF or LF, a UTF-8 BOM,
 * blank lines skipped. Each record keeps the line it starts on, so errors can point at it.
 */
import { RingformError } from '../../errors.js';

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  fields: string[];
}

export function parseCsv(text: string, file: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      const field = readField(src, i, file, line);
      fields.push(field.value);
      line += field.newlines;
      i = field.end;
      if (src[i] === ',') {
        i++;
        continue;
      }
      if (src[i] === '\r') i++;
      if (src[i] === '\n') {
        i++;
        line++;
      } else if (i < src.length) throw new RingformError(`${file} line ${line}: unexpected character after a quoted field`);
      break;
    }
    if (!(fields.length === 1 && fields[0]!.trim() === '')) records.push({ line: start, fields });
  }
  return records;
}

function readField(src: string, from: number, file: string, line: number): { value: string; end: number; newlines: number } {
  if (src[from] !== '"') {
    let end = from;
    while (end < src.length && src[end] !== ',' && src[end] !== '\n' && src[end] !== '\r') end++;
    const value = src.slice(from, end);
    if (value.includes('"')) throw new RingformError(`${file} line ${line}: a field with a quote (") must be quoted as a whole`);
    return { value, end, newlines: 0 };
  }
  let value = '';
  let newlines = 0;
  for (let i = from + 1; i < src.length; i++) {
    const c = src[i]!;
    if (c === '"' && src[i + 1] === '"') {
      value += '"';
      i++;
    } else if (c === '"') return { value, end: i + 1, newlines };
    else {
      if (c === '\n') newlines++;
      value += c;
    }
  }
  throw new RingformError(`${file} line ${line}: a quoted field is not closed`);
}
