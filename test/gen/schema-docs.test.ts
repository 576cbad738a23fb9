/** The README reference is only as good as the schema: every field needs a description and an example. */
import { describe, expect, it } from 'vitest';
import { readSchema } from '../../src/config/schema.js';
import { fieldRows, resolve, type SchemaNode } from '../../src/gen/org-fields.js';
import { allCodes } from '../../src/gen/error-codes.js';

const root = readSchema() as SchemaNode;

describe('schema documentation', () => {
  const rows = fieldRows(root);

  it('reaches the fields at every level', () => {
    const paths = rows.map((r) => r.path);
    expect(paths).toContain('provider.credentials.tokenEnv');
    expect(paths).toContain('users[].receiveCalls');
    expect(paths).toContain('departments[].members[].priority');
    expect(paths).toContain('schedules[].overrides[].slots');
    expect(new Set(paths).size).toBe(paths.length);
  });

  it.each(rows.map((r) => [r.path, r.schema] as const))('%s has a description and an example', (_path, schema) => {
    expect(schema.description, 'description').toBeTruthy();
    expect(schema.examples?.length, 'examples').toBeGreaterThan(0);
  });

  it('every definition has a description and examples', () => {
    for (const [name, def] of Object.entries(root.definitions ?? {})) {
      const schema = resolve(root, def);
      expect(schema.description, `${name}.description`).toBeTruthy();
      expect(schema.examples?.length, `${name}.examples`).toBeGreaterThan(0);
    }
  });
});

describe('error codes', () => {
  it('are unique and well-formed, each with a meaning and a hint', () => {
    const codes = allCodes();
    expect(new Set(codes.map((c) => c.code)).size).toBe(codes.length);
    expect(new Set(codes.map((c) => c.name)).size).toBe(codes.length);
    for (const c of codes) {
      expect(c.code).toMatch(/^RF\d{3}$/);
      expect(c.meaning.length).toBeGreaterThan(10);
      expect(c.hint.length).toBeGreaterThan(10);
    }
  });
});
