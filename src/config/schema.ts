/**
 * The org.yaml JSON Schema, compiled once. Loaded from disk via `packagePath` (not imported) so the same
 * file serves editors (yaml-language-server), docs generation and validation.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { packagePath } from '../paths.js';

export const SCHEMA_PATH = packagePath('schemas/org.schema.json');

let compiled: { root: ValidateFunction; items: Map<string, ValidateFunction> } | undefined;

export function readSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
}

function validator(): NonNullable<typeof compiled> {
  if (!compiled) {
    // allErrors: report every problem at once; verbose: errors carry their schema (descriptions, examples,
    // allowed properties) so messages and hints can quote them. strict: the schema must use known keywords only.
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
    addFormats.default(ajv, ['email', 'date']);
    // yaml-language-server shows `patternErrorMessage` in the editor; validate words it itself (RF210).
    ajv.addVocabulary(['patternErrorMessage']);
    const schema = withoutRuleChecked(readSchema());
    const root = ajv.compile(schema);
    const items = new Map<string, ValidateFunction>();
    for (const [key, value] of Object.entries(schema.properties as Record<string, { items?: { $ref?: string } }>)) {
      const ref = value.items?.$ref;
      if (ref) items.set(key, ajv.getSchema(`${String(schema.$id)}${ref}`)!);
    }
    compiled = { root, items };
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

/**
 * Schema errors for `data` (empty when valid). The top-level lists (users, departments, …) are validated
 * item by item: ajv's generated code concatenates the error array once per failing item
 * (`vErrors.concat(…)`), which is quadratic, so 150,000 bad users took minutes. Same errors, same paths.
 */
export function schemaErrors(data: unknown): ErrorObject[] {
  const { root, items } = validator();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return root(data) ? [] : [...(root.errors ?? [])];
  const record = data as Record<string, unknown>;
  const shallow: Record<string, unknown> = { ...record };
  const lists: Array<[string, unknown[], ValidateFunction]> = [];
  for (const [key, validate] of items) {
    const list = record[key];
    if (Array.isArray(list)) {
      lists.push([key, list, validate]);
      shallow[key] = [];
    }
  }
  const errors: ErrorObject[] = root(shallow) ? [] : [...(root.errors ?? [])];
  for (const [key, list, validate] of lists) {
    list.forEach((item, i) => {
      if (validate(item)) return;
      for (const e of validate.errors ?? []) errors.push({ ...e, instancePath: `/${key}/${i}${e.instancePath}` });
    });
  }
  return errors;
}
