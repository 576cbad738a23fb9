/**
 * The org.yaml JSON Schema, compiled once. Loaded from disk via `packagePath` (not imported) so the same
 * file serves editors (yaml-language-server), docs generation and validation.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { packagePath } from '../paths.js';

export const SCHEMA_PATH = packagePath('schemas/org.schema.json');

let compiled: ValidateFunction | undefined;

export function readSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
}

function validator(): ValidateFunction {
  if (!compiled) {
    // allErrors: report every problem at once; verbose: errors carry their schema (descriptions, examples,
    // allowed properties) so messages and hints can quote them. strict: the schema must use known keywords only.
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
    addFormats.default(ajv, ['email', 'date']);
    compiled = ajv.compile(readSchema());
  }
  return compiled;
}

/** Schema errors for `data` (empty when valid). */
export function schemaErrors(data: unknown): ErrorObject[] {
  const validate = validator();
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
