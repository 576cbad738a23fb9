/** The positioned CSV reader (src/csv/read.ts): separators, quotes, line breaks, BOM, and where problems are. */
import { describe, expect, it } from 'vitest';
import { detectSeparator, readCsv } from '../../src/csv/read.js';

const values = (text: string) => readCsv(text).rows.map((r) => r.cells.map((c) => c.value));

describe('readCsv', () => {
  it('reads quoted cells with separators, doubled quotes and line breaks inside, and keeps each cell position', () => {
    const table = readCsv('email,name\r\na@x.in,"Rao, ""AJ""\r\nAnita"\r\nb@x.in,Ben\r\n');
    expect(table.rows.map((r) => r.cells.map((c) => c.value))).toEqual([['email', 'name'], ['a@x.in', 'Rao, "AJ"\r\nAnita'], ['b@x.in', 'Ben']]);
    expect(table.rows[2]!.line).toBe(4);
    expect(table.rows[2]!.cells[1]).toEqual({ value: 'Ben', line: 4, column: 8 });
    expect(table.problems).toEqual([]);
  });

  it('skips a byte-order mark and blank lines, and reads LF, CRLF and lone CR line ends alike', () => {
    expect(values('\uFEFFemail\n\na@x.in\r\rb@x.in\r\nc@x.in')).toEqual([['email'], ['a@x.in'], ['b@x.in'], ['c@x.in']]);
    expect(readCsv('\uFEFFe,n\nx,y').rows[1]!.cells[1]).toEqual({ value: 'y', line: 2, column: 3 });
  });

  it('finds the separator from the header line: semicolons from spreadsheets in comma-decimal locales, tabs', () => {
    expect(detectSeparator('email;name;note\n"a,b";c;d')).toBe(';');
    expect(detectSeparator('email\tname\n')).toBe('\t');
    expect(detectSeparator('"a;b;c",d\n')).toBe(',');
    expect(detectSeparator('email\n')).toBe(',');
    expect(values('email;name\na@x.in;Rao, Anita')).toEqual([['email', 'name'], ['a@x.in', 'Rao, Anita']]);
    expect(readCsv('a,b;c\n', ';').rows[0]!.cells.map((c) => c.value)).toEqual(['a,b', 'c']);
  });

  it('reports an unclosed quote at its opening quote, text after a closing quote and a stray quote where they are', () => {
    expect(readCsv('email,name\na@x.in,"Rao\nb@x.in,Ben\n').problems).toEqual([{ kind: 'unclosed-quote', line: 2, column: 8 }]);
    expect(readCsv('email,name\na@x.in,"Rao" Anita\n').problems).toEqual([{ kind: 'text-after-quote', line: 2, column: 13 }]);
    expect(readCsv('email,name\na@x.in,Rao "AJ"\n').problems).toEqual([
      { kind: 'stray-quote', line: 2, column: 12 },
      { kind: 'stray-quote', line: 2, column: 15 },
    ]);
  });

  it('keeps an empty last cell and counts cells per row as written', () => {
    expect(values('a,b,c\n1,,\n')).toEqual([['a', 'b', 'c'], ['1', '', '']]);
  });
});
