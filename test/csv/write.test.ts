/** CSV ringform writes (src/csv/write.ts): injection-neutralised, quoted where needed, CRLF. */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/csv/read.js';
import { csvCell, csvText } from '../../src/csv/write.js';
import { unneutralise } from '../../src/import/csv/people.js';

describe('csv writing', () => {
  it.each(['=HYPERLINK("http://evil.example","x")', '+919820011001', '-2+3', '@SUM(A1)', '\tx', '\rx', '\nx', ' =1+1', '  @SUM(A1)', "'=cmd", "''-x", '＝cmd|"/c calc"!A0', '＋91 98200', '－1', '＠SUM(A1)'])('neutralises a cell starting a formula: %j', (value) => {
    const cell = readCsv(csvText([[value]]), ',').rows[0]!.cells[0]!.value;
    expect(cell.startsWith("'")).toBe(true);
    expect(unneutralise(cell)).toBe(value);
  });

  it("leaves a leading ' alone when no formula follows it, and reads it back as written", () => {
    for (const value of ["O'Brien", "'quoted'", "' spaced"]) {
      expect(csvCell(value)).toBe(value.trim() === value ? value : `"${value}"`);
      expect(unneutralise(readCsv(csvText([[value]]), ',').rows[0]!.cells[0]!.value)).toBe(value);
    }
  });

  it('leaves ordinary cells alone and quotes separators, quotes, line breaks and edge spaces', () => {
    expect(csvCell('Priya Sharma')).toBe('Priya Sharma');
    expect(csvCell('Rao, Anita')).toBe('"Rao, Anita"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvText([['a', 'b'], ['1', '2']])).toBe('a,b\r\n1,2\r\n');
  });

  it('round-trips any text through the reader', () => {
    const rows = [['email', 'name'], ['a@x.in', 'Rao, "AJ"\nAnita'], ['b@x.in', '=cmd|"/c calc"!A0']];
    const back = readCsv(csvText(rows), ',').rows.map((r) => r.cells.map((c) => unneutralise(c.value)));
    expect(back).toEqual(rows);
  });
});
