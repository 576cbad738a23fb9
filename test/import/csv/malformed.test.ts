/**
 * The malformed-CSV corpus (test/fixtures/csv/malformed, expected problems in expected.json): unbalanced
 * quotes, wrong cell counts, a byte-order mark with `;` separators and CRLF from a spreadsheet export, stray
 * quotes, an empty file, missing and duplicate columns. Each is refused with problems at LINE:COL, and org.yaml
 * is never changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeCsv } from '../../../src/import/csv/index.js';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/csv/malformed');
const EXPECTED = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Record<string, string[]>;
const ORG = `version: 1
provider: { type: sandbox, endpoint: state.json }
users:
  - email: z@acme.in
    name: Zed
`;

describe('malformed CSV corpus', () => {
  it('has an expectation for every file and a file for every expectation', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.csv')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s is refused with its problems where they are', (file, expected) => {
    const result = mergeCsv({ csvFile: file, csvText: readFileSync(path.join(DIR, file), 'utf8'), orgFile: 'org.yaml', orgText: ORG, columns: { kind: 'by-name' }, prune: false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.every((d) => d.file === file)).toBe(true);
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}${d.severity === 'warning' ? ' warning' : ''}`)).toEqual(expected);
  });
});
