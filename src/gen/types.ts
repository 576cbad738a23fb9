/** TypeScript types for org.yaml as written, from schemas/org.schema.json (json-schema-to-typescript). */
import { readFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';
import { packagePath } from '../paths.js';

export async function writtenTypes(): Promise<string> {
  const schema = JSON.parse(await readFile(packagePath('schemas/org.schema.json'), 'utf8'));
  // The schema's title is what editors show ("ringform org.yaml"); the generated root type keeps its code name.
  return compile({ ...schema, title: 'WrittenOrg' }, 'WrittenOrg', {
    bannerComment:
      '/* Generated from schemas/org.schema.json by `npm run gen`. Do not edit; a test fails when stale. */',
    additionalProperties: false,
    style: { singleQuote: true, printWidth: 110 },
    unreachableDefinitions: false,
  });
}
