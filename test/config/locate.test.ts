/**
 * locate.ts: the pruned Document gives every wanted path the position the whole Document gives it, for
 * every file the fast path reads (the corpus, generated documents and damaged copies), whichever paths are
 * wanted together (all of them, each alone, random subsets, paths that do not exist).
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/config/fast-parse.js';
import { locate } from '../../src/config/locate.js';
import { loadOrgText } from '../../src/config/load.js';
import { positionOf, type DataPath, type ParsedSource } from '../../src/config/source.js';

const REPO = path.join(import.meta.dirname, '../..');
const SEED = Number(process.env.FAST_PARSE_SEED ?? 20261203);

function fullSource(text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
  return { file: 'org.yaml', text, doc, lineCounter };
}

/** Every path into `data`, and next to each a path that is not there (a missing key, an index past the end). */
function pathsOf(data: unknown, prefix: DataPath = []): DataPath[] {
  const out: DataPath[] = [prefix];
  if (Array.isArray(data)) {
    data.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
    out.push([...prefix, data.length], [...prefix, data.length, 'name']);
  } else if (typeof data === 'object' && data !== null) {
    for (const [k, v] of Object.entries(data)) out.push(...pathsOf(v, [...prefix, k]));
    out.push([...prefix, 'notThere'], [...prefix, 'notThere', 0]);
  }
  return out;
}

/** The property: positions (of the value and of the key) from locate equal those of the whole Document. */
function agrees(text: string, pick: (paths: DataPath[]) => DataPath[][] = (all) => [all]): boolean {
  const fast = fastParse(text);
  if (fast === undefined) return true;
  const full = fullSource(text);
  for (const wanted of pick(pathsOf(fast.data))) {
    const located: ParsedSource = { file: 'org.yaml', text, ...locate(text, wanted) };
    for (const p of wanted) {
      for (const target of ['value', 'key'] as const) {
        expect(positionOf(located, p, target), `${JSON.stringify(p)} ${target} in ${JSON.stringify(text.slice(0, 200))}`).toEqual(positionOf(full, p, target));
      }
    }
  }
  return true;
}

async function yamlFiles(dir: string): Promise<string[]> {
  const full = path.join(REPO, dir);
  return (await readdir(full)).filter((f) => f.endsWith('.yaml')).map((f) => path.join(full, f));
}

const files = [
  ...(await yamlFiles('test/fixtures/invalid')),
  ...(await yamlFiles('test/fixtures/valid')),
  ...(await yamlFiles('test/fixtures/warnings')),
  ...(await yamlFiles('examples')),
  ...(await yamlFiles('examples/netsapiens')),
].sort();
const texts = new Map(await Promise.all(files.map(async (f) => [path.relative(REPO, f), (await readFile(f, 'utf8')).replace(/\r(?!\n)/g, '\n')] as const)));

/** All the paths at once, each alone, and every other one. */
const groupings = (all: DataPath[]): DataPath[][] => [all, ...all.map((p) => [p]), all.filter((_, i) => i % 2 === 0)];

describe('locate: the positions of the whole Document, from a pruned one', () => {
  it.each([...texts.keys()])('%s', (name) => {
    agrees(texts.get(name)!, groupings);
  });

  it('the corpus is mostly read by the fast path (the comparison compares something)', () => {
    expect([...texts.values()].filter((t) => fastParse(t) !== undefined).length).toBeGreaterThanOrEqual(90);
  });

  it('keeps only what is wanted: a large file without wanted paths keeps one empty entry per user', () => {
    const users = Array.from({ length: 3000 }, (_, i) => `  - email: u${i}@example.com\n    name: User ${i}\n    # a comment\n    extension: "${1000 + i}"\n`).join('');
    const text = `version: 1\nusers:\n${users}departments:\n  - name: D\n    members: [u1@example.com]\n`;
    const { doc } = locate(text, [['users', 2999, 'extension'], ['departments', 0, 'members', 0]]);
    const seq = doc.get('users') as { items: Array<{ items?: unknown[] }> };
    expect(seq.items).toHaveLength(3000);
    expect(seq.items.filter((u) => u.items !== undefined)).toHaveLength(1);
    agrees(text, () => [[['users', 2999, 'extension'], ['users', 17, 'name'], ['departments', 0, 'members', 0], ['users', 3000]]]);
  });

  it('agrees on generated documents (block and flow, comments, quoted keys, empty values)', () => {
    const scalar = fc.oneof(
      fc.constantFrom('', 'x', '1', 'a b', '"q"', "'s'", '|\n    text\n    more', '>\n    folded', 'x # note', '[]', '{}'),
      fc.stringMatching(/^[a-z@.]{0,8}$/),
    );
    const key = fc.oneof(fc.constantFrom('users', 'name', 'email', '"quoted key"', "'single'", 'a b'), fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,6}$/));
    const comment = fc.constantFrom('', '  # c', '\n  # own line');
    const value: fc.Memo<string> = fc.memo((depth) =>
      depth <= 1
        ? scalar
        : fc.oneof(
            scalar,
            fc.array(fc.tuple(value(depth - 1), comment), { maxLength: 4 }).map((items) => items.map(([v, c]) => `\n- ${indent(v)}${c}`).join('')),
            fc.array(fc.tuple(key, value(depth - 1)), { maxLength: 4 }).map((pairs) => pairs.map(([k, v]) => `\n${k}: ${indent(v)}`).join('')),
          ),
    );
    const block = fc.array(fc.tuple(key, value(4), comment), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(block, fc.nat(), (pairs, salt) => agrees(pairs.map(([k, v, c]) => `${k}: ${indent(v)}${c}\n`).join(''), (all) => [all, all.filter((_, i) => (i + salt) % 3 === 0)])),
      { numRuns: 400, seed: SEED },
    );
  });

  it('agrees on damaged copies of the corpus', () => {
    const sources = [...texts.values()].filter((t) => t.length < 4000);
    const damage = fc.record({
      source: fc.integer({ min: 0, max: sources.length - 1 }),
      at: fc.nat(),
      cut: fc.integer({ min: 0, max: 3 }),
      insert: fc.constantFrom('', ' ', '  ', '\n', ':', '- ', '#', '"', "'", '[', ']', '{', '}', ',', '?', '|', '>', 'x', '0', ': ', ' #', '\n  - ', '\n- '),
      salt: fc.nat(),
    });
    fc.assert(
      fc.property(damage, ({ source, at, cut, insert, salt }) => {
        const text = sources[source]!;
        const i = at % (text.length + 1);
        return agrees(text.slice(0, i) + insert + text.slice(i + cut), (all) => [all.filter((_, k) => (k + salt) % 4 === 0)]);
      }),
      { numRuns: Number(process.env.FAST_PARSE_RUNS ?? 300), seed: SEED },
    );
  }, 120_000);

  it('loadOrgText gives the diagnostics of the Document path (every position filled) on the warnings fixtures', () => {
    for (const [name, text] of texts) {
      if (!name.startsWith('test/fixtures/warnings/') || fastParse(text) === undefined) continue;
      const result = loadOrgText(path.join(REPO, name), text);
      for (const d of result.diagnostics) expect(d.line, `${name} ${d.code}`).toBeGreaterThan(0);
      const full = fullSource(text);
      for (const d of result.diagnostics.filter((x) => x.path !== undefined)) {
        const p = d.path!.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        const want = [positionOf(full, p, 'value'), positionOf(full, p, 'key')];
        expect(want, `${name} ${d.code} ${d.path}`).toContainEqual({ line: d.line, column: d.column });
      }
    }
  });
});

/** A nested block value under a key or `-`: its lines indented two more. */
function indent(v: string): string {
  return v.replace(/\n/g, '\n  ');
}
