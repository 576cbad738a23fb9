/** schemas/org.schema.json, read from disk (not imported): the one file editors, docs and the generator use. */
import { readFileSync } from 'node:fs';
import { packagePath } from '../paths.js';

export const SCHEMA_PATH = packagePath('schemas/org.schema.json');

export function readSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
}
