/**
 * `ringform` validates with Ajv standalone code generated at `npm run gen` time (org-schema.generated.ts)
 * instead of compiling the schema at start-up. Proof that nothing changed for the user: every fixture
 * (invalid, valid, warnings) gives the same diagnostics, and the same raw schema errors, through the
 * generated validators as through the schema compiled by Ajv in this process.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../src/config/load.js';
import { parseYaml } from '../../src/config/parse.js';
import { compiledValidators } from '../../src/config/schema-compile.js';
import { schemaErrors, STANDALONE_VALIDATORS } from '../../src/config/schema.js';

const root = path.join(import.meta.dirname, '../fixtures');
const fixtures = (
  await Promise.all(
    ['invalid', 'valid', 'warnings'].map(async (dir) =>
      (await readdir(path.join(root, dir))).filter((f) => f.endsWith('.yaml')).map((f) => path.join(root, dir, f)),
    ),
  )
)
  .flat()
  .sort();
const compiled = compiledValidators();
const today = '2026-06-01';

describe('the generated schema validator matches the compiled schema', () => {
  it('is not the compiled one (the comparison compares two things)', () => {
    expect(STANDALONE_VALIDATORS.root).not.toBe(compiled.root);
    expect(Object.keys(STANDALONE_VALIDATORS.lists)).toEqual(Object.keys(compiled.lists));
    expect(Object.keys(compiled.lists)).toEqual(['roles', 'schedules', 'extensions', 'users', 'departments']);
  });

  it.each(fixtures.map((f) => [path.relative(root, f), f]))('%s: same diagnostics', async (_name, file) => {
    const standalone = await loadOrg(file, { today });
    const viaAjv = await loadOrg(file, { today, validators: compiled });
    expect(standalone.diagnostics).toEqual(viaAjv.diagnostics);
    expect(standalone.ok).toBe(viaAjv.ok);
  });

  it.each(fixtures.map((f) => [path.relative(root, f), f]))('%s: same schema errors', async (_name, file) => {
    const parsed = parseYaml(file, await readFile(file, 'utf8'));
    if (!parsed.ok) return; // a YAML error: no data to validate (the diagnostics above still compare)
    expect(schemaErrors(parsed.data)).toEqual(schemaErrors(parsed.data, compiled));
  });

  it('the corpus exercises the schema: many fixtures have schema errors, of many keywords', async () => {
    const keywords = new Set<string>();
    let failing = 0;
    for (const file of fixtures) {
      const parsed = parseYaml(file, await readFile(file, 'utf8'));
      if (!parsed.ok) continue;
      const errors = schemaErrors(parsed.data);
      if (errors.length > 0) failing++;
      for (const e of errors) keywords.add(e.keyword);
    }
    expect(failing).toBeGreaterThanOrEqual(30);
    for (const k of ['additionalProperties', 'required', 'type', 'enum', 'pattern', 'format']) expect(keywords).toContain(k);
  });
});
