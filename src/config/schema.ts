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
    // yaml-language-server shows `patternErrorMessage` in the editor; validate words it itself (RF210).
    ajv.addVocabulary(['patternErrorMessage']);
    compiled = ajv.compile(withoutRuleChecked(readSchema()));
  }
  return compiled;
}

/**
 * The schema as validate checks it: `users[].phone`'s E.164 pattern is there for editors; validate leaves it
 * to the rule that checks the same pattern (RF210, rules/phones.ts) so that a bad phone does not stop the
 * semantic rules and keeps its code and its "write it without separators" hint.
 */
function withoutRuleChecked(schema: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(schema) as { definitions: { User: { properties: { phone: Record<string, unknown> } } } };
  delete copy.definitions.User.properties.phone.pattern;
  delete copy.definitions.User.properties.phone.patternErrorMessage;
  return copy as unknown as Record<string, unknown>;
}

/** Schema errors for `data` (empty when valid). */
export function schemaErrors(data: unknown): ErrorObject[] {
  const validate = validator();
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
