/**
 * Golden tests: each file in test/fixtures/invalid has exactly one deliberate problem, and expected.json
 * lists the diagnostics it must produce (code, line, column), reviewed by hand against the file.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../src/config/load.js';
import { MAX_FILE_BYTES } from '../../src/config/read.js';
import { writeTmp } from './tmp.js';

const dir = path.join(import.meta.dirname, '../fixtures/invalid');
type Expected = Record<string, Array<{ code: string; line: number; column: number }>>;
const expected = JSON.parse(await readFile(path.join(dir, 'expected.json'), 'utf8')) as Expected;
const fixtures = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();

describe('invalid fixtures', () => {
  it('are many, and each has an expectation (and each expectation a fixture)', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(45);
    expect(Object.keys(expected).sort()).toEqual(fixtures);
  });

  it.each(fixtures)('%s', async (name) => {
    const result = await loadOrg(path.join(dir, name));
    expect(result.ok).toBe(false);
    const got = result.diagnostics.map(({ code, line, column }) => ({ code, line, column }));
    expect(got).toEqual(expected[name]);
    for (const d of result.diagnostics) {
      expect(typeof d.message === 'string' && d.message.trim() !== '', `${d.code} has a message`).toBe(true);
      expect(d.hint, `${d.code} has a hint`).toBeTruthy();
    }
  });
});

describe('file limits', () => {
  it('rejects a file over 32 MB before parsing it', async () => {
    const big = `version: 1\nprovider:\n  type: sandbox\n# ${'x'.repeat(MAX_FILE_BYTES)}\n`;
    const file = await writeTmp('big.yaml', big);
    const result = await loadOrg(file);
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toMatchObject([{ code: 'RF002', line: 1, column: 1 }]);
    expect(result.diagnostics[0]!.message).toMatch(/32\.0 MB; org\.yaml files are limited to 32 MB/);
  });

  it('reports a missing file as a diagnostic, not an exception', async () => {
    const result = await loadOrg(path.join(dir, 'no-such-file.yaml'));
    expect(result).toMatchObject({ ok: false, diagnostics: [{ code: 'RF001', line: 1, column: 1 }] });
  });

  it('reports a folder as unreadable', async () => {
    const result = await loadOrg(dir);
    expect(result).toMatchObject({ ok: false, diagnostics: [{ code: 'RF004' }] });
  });

  it('locates invalid UTF-8 written by the test itself (a lone continuation byte)', async () => {
    const bytes = Buffer.concat([Buffer.from('version: 1\nprovider:\n  type: sandbox\n# caf'), Buffer.from([0x80]), Buffer.from('\n')]);
    const result = await loadOrg(await writeTmp('latin1.yaml', bytes));
    expect(result.diagnostics).toMatchObject([{ code: 'RF003', line: 4, column: 6 }]);
  });
});
