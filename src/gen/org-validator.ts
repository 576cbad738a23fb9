/**
 * src/config/org-schema.generated.ts: the org schema as Ajv standalone code, so `ringform` validates
 * without loading Ajv or compiling the schema at start-up. Exports `root` (the whole file) and `lists`
 * (one validator per top-level list, see schemaErrors). Ajv writes CommonJS `require(…)` for its runtime
 * helpers (a string length, the date format); they load through a real require (createRequire, named
 * `ajvRuntime` so that a bundler's own `require` shim is not shadowed), so Node and vitest load them the same
 * way (their default-import interop for CommonJS differs).
 */
import { _ } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { itemRefs, orgSchemaAjv } from '../config/schema-compile.js';

const BANNER =
  '/* Generated from schemas/org.schema.json by `npm run gen` (Ajv standalone code, src/gen/org-validator.ts). ' +
  'Do not edit; a test fails when stale. */';

export function orgValidatorCode(): string {
  // lines: one statement per line, so a schema change is a readable diff.
  const { ajv, schema } = orgSchemaAjv({ source: true, esm: true, lines: true, formats: _`require("ajv-formats/dist/formats").fullFormats` });
  const lists = itemRefs(schema);
  const refs = Object.fromEntries([['root', String(schema.$id)], ...lists.map(([list, ref]) => [`list_${list}`, ref])]);
  const code = standaloneCode.default(ajv, refs).replace(/^"use strict";\n?/, '');
  const body = code.replace(/\brequire\(("ajv[-a-z]*\/[^"]+")\)/g, 'ajvRuntime($1)');
  const imports = ["import { createRequire } from 'node:module';", 'const ajvRuntime = createRequire(import.meta.url);'];
  const footer = `export const lists = { ${lists.map(([list]) => `${JSON.stringify(list)}: list_${list}`).join(', ')} };`;
  return [BANNER, '// @ts-nocheck', ...imports, body, footer, ''].join('\n');
}
