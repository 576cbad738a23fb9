/**
 * A listing read object by object (src/providers/http/list-body.ts): the same values as JSON.parse of the
 * whole body, however the bytes are cut into chunks; anything that is not a list of objects reads as
 * readBody read it (small bodies, kept whole) or is described from its start (large ones).
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import type { Dispatcher } from 'undici';
import { describe, expect, it } from 'vitest';
import { BodyTooLarge, readBody } from '../../../src/providers/http/body.js';
import { HEAD_BYTES, readListBody } from '../../../src/providers/http/list-body.js';

function response(chunks: Buffer[], headers: Record<string, string> = { 'content-type': 'application/json' }): Dispatcher.ResponseData {
  return { statusCode: 200, headers, body: Readable.from(chunks, { objectMode: false }) } as unknown as Dispatcher.ResponseData;
}

/** `text` as UTF-8 bytes cut at `cuts` (byte offsets, any order; a multi-byte character may be cut in two). */
function chunked(text: string, cuts: number[] = []): Buffer[] {
  const bytes = Buffer.from(text, 'utf8');
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const c of [...at, bytes.length]) {
    if (c > from) out.push(bytes.subarray(from, c));
    from = c;
  }
  return out;
}

const keepAll = (item: Record<string, unknown>) => item;

const tricky = [
  { a: 'braces } { ] [ in a string', b: 'a quote \" and a backslash \\\\', c: [1, { d: [] }] },
  { 'ünïcödé': '✓ €100 😀', empty: '', n: -1.5e3, t: true, f: false, z: null },
  { nested: { deeper: { deepest: ['}', '{', '\\u007d'] } } },
  {},
];

describe('readListBody', () => {
  it('gives the objects of a list, each through `each`, whatever the chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.object(), { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), async (objects, cuts, spaced) => {
        const text = spaced ? JSON.stringify([...tricky, ...objects], null, 2) : JSON.stringify([...tricky, ...objects]);
        const read = await readListBody(response(chunked(text, cuts)), Number.POSITIVE_INFINITY, keepAll);
        expect(read).toEqual({ kind: 'list', items: JSON.parse(text) });
      }),
      { numRuns: 200 },
    );
  });

  it('keeps only what `each` returns', async () => {
    const text = JSON.stringify([{ id: '1', big: 'x'.repeat(1000) }, { id: '2', big: 'y' }]);
    const read = await readListBody(response(chunked(text, [3, 500, 1010])), Number.POSITIVE_INFINITY, (o) => ({ id: o.id }));
    expect(read).toEqual({ kind: 'list', items: [{ id: '1' }, { id: '2' }] });
  });

  it.each([
    ['an empty list', '[]'],
    ['an empty list with whitespace', ' \n[ \r\n\t ] \n'],
  ])('%s is a list of nothing', async (_name, text) => {
    expect(await readListBody(response(chunked(text, [1, 2])), Number.POSITIVE_INFINITY, keepAll)).toEqual({ kind: 'list', items: [] });
  });

  // Each of these is what readBody made of it before: the caller reports it as it did.
  it.each([
    ['an empty body', ''],
    ['an object (an error envelope)', '{"code":500,"message":"Database unavailable"}'],
    ['JSON null', 'null'],
    ['a string', '"nope"'],
    ['a list with a number', '[{"a":1},2]'],
    ['a list with a list', '[[{"a":1}]]'],
    ['a list with null', '[null]'],
    ['a cut-off list', '[{"a":1},{"b":'],
    ['a trailing comma', '[{"a":1},]'],
    ['a missing comma', '[{"a":1}{"b":2}]'],
    ['text after the list', '[{"a":1}] x'],
    ['broken JSON inside an element', '[{"a":1,}]'],
    ['a byte-order mark', '\ufeff[{"a":1}]'],
    ['an HTML page', '<html><body>Maintenance</body></html>'],
    ['a list of two lists', '[][]'],
  ])('%s (small) reads exactly as readBody', async (_name, text) => {
    const read = await readListBody(response(chunked(text, [1, 5, 9])), Number.POSITIVE_INFINITY, keepAll);
    expect(read).toEqual({ kind: 'whole', body: await readBody(response(chunked(text)), Number.POSITIVE_INFINITY) });
  });

  it('a large list with an element that is not an object is described by its first 200 characters', async () => {
    const objects = Array.from({ length: 2000 }, (_, i) => ({ id: String(i), pad: 'p'.repeat(40) }));
    const text = JSON.stringify([...objects, 7, { id: 'last' }]);
    expect(Buffer.byteLength(text)).toBeGreaterThan(HEAD_BYTES);
    const read = await readListBody(response(chunked(text, [100, 70_000])), Number.POSITIVE_INFINITY, keepAll);
    expect(read).toEqual({ kind: 'notObjects', shown: JSON.stringify(JSON.parse(text)).slice(0, 200) });
  });

  it('a large body that breaks off is not JSON, with a snippet of its start', async () => {
    const objects = Array.from({ length: 2000 }, (_, i) => ({ id: String(i), pad: 'p'.repeat(40) }));
    const text = `${JSON.stringify(objects).slice(0, -1)},{"id":`;
    const read = await readListBody(response(chunked(text, [90_000])), Number.POSITIVE_INFINITY, keepAll);
    expect(read.kind).toBe('notJson');
    expect(read.kind === 'notJson' && read.text).toBe((await readBody(response(chunked(text)), Number.POSITIVE_INFINITY)).text);
  });

  it('stops past the size cap, declared or actual', async () => {
    const text = JSON.stringify([{ a: 'x'.repeat(100) }, { b: 'y'.repeat(100) }]);
    await expect(readListBody(response(chunked(text, [50, 150])), 120, keepAll)).rejects.toBeInstanceOf(BodyTooLarge);
    await expect(readListBody(response(chunked(text), { 'content-length': String(text.length) }), 120, keepAll)).rejects.toBeInstanceOf(BodyTooLarge);
  });
});
