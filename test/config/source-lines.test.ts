import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceLines } from '../../src/config/source-lines.js';

const linesOf = (text: string): string[] => {
  const l = new SourceLines(text);
  return Array.from({ length: l.length }, (_, i) => l.line(i));
};

describe('SourceLines (code-frame lines by index)', () => {
  it('gives the lines text.split(/\\r?\\n/) gives', () => {
    for (const text of ['', '\n', 'a', 'a\n', 'a\r\nb', 'a\rb\n', 'a\r', '\r\n\r\n', 'x\n\ny\r\n', 'last\r']) expect(linesOf(text)).toEqual(text.split(/\r?\n/));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', 'é', '–'), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(linesOf(text)).toEqual(text.split(/\r?\n/));
      }),
      { numRuns: 500 },
    );
  });
});
