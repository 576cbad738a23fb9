import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonPieces, parseJsonTextPieces } from '../../../src/providers/sandbox/json-pieces.js';
import { tmpDir } from '../../helpers/tmp.js';

/** JSON.parse's value as text, with each object's own key order (toEqual ignores key order). */
const exact = (value: unknown) => JSON.stringify(value);

/** What JSON.parse makes of `text`, or 'throws'. */
function reference(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return 'throws';
  }
}

/**
 * The splitter's promise: for any text and any chunking, either it declines (null: the caller parses the
 * whole text, so errors stay JSON.parse's) or it gives exactly JSON.parse's value, and it never declines a
 * valid document that is a top-level object.
 */
function expectSameAsJsonParse(text: string | Buffer, chunkBytes: number): void {
  // A file is bytes: the reference is what loadState did, JSON.parse of the file read as UTF-8.
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const ref = reference(bytes.toString('utf8'));
  const got = parseJsonTextPieces(bytes, chunkBytes);
  if (got === null) {
    const topLevelObject = ref !== 'throws' && typeof ref === 'object' && ref !== null && !Array.isArray(ref);
    expect(topLevelObject, `declined a valid top-level object: ${bytes.toString('utf8', 0, 200)}`).toBe(false);
    return;
  }
  expect(ref).not.toBe('throws');
  expect(exact(got)).toBe(exact(ref));
  expect(Object.keys(got)).toEqual(Object.keys(ref as object));
}

const scalar = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom('"', '\\', '\\"', '{', '}', '[', ']', ',', ':', ' ', 'é', '😀', '\u2028', '\\\\"'),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('users', 'a', '"', '\\', '__proto__', '0', '12', ',]}'));
const value = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.array(fc.tuple(key, tie('value')), { maxLength: 5 }).map((entries) => Object.fromEntries(entries)),
})).value;
/** A top-level object, whose members are often arrays (as a state file's are). */
const document = fc.array(fc.tuple(key, fc.oneof(value, fc.array(value, { maxLength: 6 }))), { maxLength: 6 }).map((entries) => Object.fromEntries(entries));
const layout = fc.constantFrom<[number | string | undefined]>([undefined], [2], ['\t'], ['\r\n ']);

function render(doc: unknown, indent: number | string | undefined): string {
  const text = JSON.stringify(doc, null, typeof indent === 'string' ? 1 : indent);
  return typeof indent === 'string' ? text.replace(/\n /g, '\n' + indent) : text;
}

describe('reading a JSON object piece by piece (sandbox state)', () => {
  it('gives exactly what JSON.parse gives, for generated documents, layouts and chunk sizes', () => {
    fc.assert(
      fc.property(document, layout, fc.integer({ min: 1, max: 64 }), (doc, [indent], chunk) => {
        expectSameAsJsonParse(render(doc, indent), chunk);
      }),
      { numRuns: 400 },
    );
  });

  it('declines (so JSON.parse reports) any damaged document, or reads it exactly as JSON.parse does', () => {
    const damage = fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'replace'), fc.constantFrom('"', '\\', ',', ':', '[', ']', '{', '}', ' ', 'x', '1', '\u00a0', '\ufeff', 'é'));
    fc.assert(
      fc.property(document, layout, damage, fc.integer({ min: 1, max: 64 }), (doc, [indent], [at, how, char], chunk) => {
        // Damaged as bytes: a cut may split a character's UTF-8 sequence.
        const text = Buffer.from(render(doc, indent), 'utf8');
        const i = text.length === 0 ? 0 : at % text.length;
        const c = Buffer.from(char, 'utf8');
        const damaged = Buffer.concat(how === 'delete' ? [text.subarray(0, i), text.subarray(i + 1)] : how === 'insert' ? [text.subarray(0, i), c, text.subarray(i)] : [text.subarray(0, i), c, text.subarray(i + 1)]);
        expectSameAsJsonParse(damaged, chunk);
      }),
      { numRuns: 1500 },
    );
  });

  it.each([
    ['empty', ''],
    ['a BOM first', '\ufeff{"a":1}'],
    ['an array', '[1,2]'],
    ['a string', '"x"'],
    ['a trailing comma in an array', '{"a":[1,]}'],
    ['a trailing comma in the object', '{"a":1,}'],
    ['a missing value', '{"a":}'],
    ['a missing comma', '{"a":[1 2]}'],
    ['two values', '{"a":1 2}'],
    ['text after the end', '{"a":1} x'],
    ['no end', '{"a":[1,2'],
    ['an unclosed string', '{"a":"x'],
    ['mismatched brackets', '{"a":[{"b":1]]}'],
    ['a non-JSON space', '{"a":\u00a01}'],
    ['a single-quoted key', "{'a':1}"],
  ])('declines a text that is not a valid top-level object (%s)', (_, text) => {
    expect(parseJsonTextPieces(text, 3)).toBeNull();
  });

  it.each([
    ['empty object', '{}'],
    ['empty array member', '{ "a" : [ ] , "b" : [] }'],
    ['whitespace everywhere', ' \r\n\t{ "a" :\t[ 1 ,\n{ "b" : [ 2 , "]" ] } ] ,"c":"}" } \n'],
    ['a repeated key keeps its first place and its last value', '{"a":[1],"b":2,"a":[3]}'],
    ['__proto__ is an own member', '{"__proto__":[{"x":1}],"y":{"__proto__":2}}'],
    ['integer-like keys first, as objects order them', '{"b":1,"2":[2],"1":3}'],
    ['escapes', '{"k\\"ey":["a\\\\","\\"]","\\u00e9\\ud83d\\ude00"]}'],
    ['multi-byte characters across chunks', '{"é😀":["😀😀😀","ééé"]}'],
  ])('reads %s exactly as JSON.parse does, whatever the chunk size', (_, text) => {
    for (const chunk of [1, 2, 3, 5, 7, 1 << 20]) expectSameAsJsonParse(text, chunk);
    expect(parseJsonTextPieces(text, 1)).not.toBeNull();
  });

  it('keeps __proto__ an own member, never the prototype', () => {
    const got = parseJsonTextPieces('{"__proto__":[{"polluted":true}]}', 4)!;
    expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
    expect(Object.keys(got)).toEqual(['__proto__']);
  });

  it('reads a file in chunks (a state-sized file: many elements across chunk ends)', async () => {
    const dir = await tmpDir();
    const users = Array.from({ length: 3000 }, (_, i) => ({ id: `u-${i}`, data: { email: `u${i}@x.com`, name: `Ü "${i}" \\ ${'x'.repeat(i % 700)}`, tags: [i, { n: null }] } }));
    const text = JSON.stringify({ format: 'ringform-sandbox', version: 1, users, departments: [] }, null, 2);
    const file = path.join(dir, 'state.json');
    await writeFile(file, text);
    const got = await parseJsonPieces(file);
    expect(exact(got)).toBe(exact(JSON.parse(text)));
    await writeFile(file, text.slice(0, -1));
    expect(await parseJsonPieces(file)).toBeNull();
  });
});
