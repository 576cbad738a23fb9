/**
 * The org.yaml JSON Schema. The file on disk (read via `packagePath`, not imported) serves editors
 * (yaml-language-server) and docs generation; validation runs the Ajv standalone code generated from it
 * (org-schema.generated.ts, `npm run gen`; schema-compile.ts is the same schema compiled at run time, for
 * the generator and the test that proves both report the same errors).
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as generated from './org-schema.generated.js';

export { readSchema, SCHEMA_PATH } from './schema-file.js';

/** The whole-file validator and one per top-level list (users, departments, …), in the schema's order. */
export interface SchemaValidators {
  root: ValidateFunction;
  lists: Record<string, ValidateFunction>;
}

/** The generated code has no types of its own (it is Ajv's output); these are the functions it exports. */
export const STANDALONE_VALIDATORS = generated as unknown as SchemaValidators;

/**
 * Schema errors for `data` (empty when valid). The top-level lists (users, departments, …) are validated
 * item by item: ajv's generated code concatenates the error array once per failing item
 * (`vErrors.concat(…)`), which is quadratic, so 150,000 bad users took minutes. Same errors, same paths.
 */
export function schemaErrors(data: unknown, validators: SchemaValidators = STANDALONE_VALIDATORS): ErrorObject[] {
  const { root, lists: items } = validators;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return root(data) ? [] : [...(root.errors ?? [])];
  const record = data as Record<string, unknown>;
  const shallow: Record<string, unknown> = { ...record };
  const lists: Array<[string, unknown[], ValidateFunction]> = [];
  for (const [key, validate] of Object.entries(items)) {
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
