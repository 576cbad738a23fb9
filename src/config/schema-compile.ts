/**
 * The org schema compiled by Ajv at run time. Only `npm run gen` (src/gen/org-validator.ts, which turns it
 * into standalone code) and the test that proves the standalone code reports the same errors load this:
 * `ringform` itself runs the generated src/config/org-schema.generated.ts, so it never compiles the schema
 * (that was a third of `ringform validate`'s start-up) nor loads Ajv.
 */
import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import { readSchema } from './schema-file.js';
import type { SchemaValidators } from './schema.js';

/** The org.yaml lists validated item by item (see schemaErrors); each is `items: { $ref }` in the schema. */
export function itemRefs(schema: Record<string, unknown>): Array<[list: string, ref: string]> {
  const refs: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(schema.properties as Record<string, { items?: { $ref?: string } }>)) {
    const ref = value.items?.$ref;
    if (ref) refs.push([key, `${String(schema.$id)}${ref}`]);
  }
  return refs;
}

/** An Ajv instance holding the schema as validate checks it. `code` is for the standalone generator. */
export function orgSchemaAjv(code: Options['code'] = {}): { ajv: Ajv; schema: Record<string, unknown> } {
  // allErrors: report every problem at once; verbose: errors carry their schema (descriptions, examples,
  // allowed properties) so messages and hints can quote them. strict: the schema must use known keywords only.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, code });
  addFormats.default(ajv, ['email', 'date']);
  // yaml-language-server shows `patternErrorMessage` in the editor; validate words it itself (RF210).
  ajv.addVocabulary(['patternErrorMessage']);
  const schema = withoutRuleChecked(readSchema());
  ajv.addSchema(schema);
  return { ajv, schema };
}

/** The validators compiled in this process: what the generated code must be equivalent to. */
export function compiledValidators(): SchemaValidators {
  const { ajv, schema } = orgSchemaAjv();
  const root = ajv.getSchema(String(schema.$id))!;
  return { root, lists: Object.fromEntries(itemRefs(schema).map(([list, ref]) => [list, ajv.getSchema(ref)!])) };
}

/**
 * The schema as validate checks it: `users[].phone`'s E.164 pattern is there for editors; validate leaves it
 * to the rule that checks the same pattern (RF210, rules/phones.ts) so that a bad phone does not stop the
 * semantic rules and keeps its code and its "write it without separators" hint. `users[].allowedIps[]`'s
 * pattern only says which characters an address has; RF480 (rules/web-login.ts) checks real addresses and
 * prefix lengths, which no pattern an editor can show does.
 */
function withoutRuleChecked(schema: Record<string, unknown>): Record<string, unknown> {
  type Props = { phone: Record<string, unknown>; allowedIps: { items: Record<string, unknown> } };
  const copy = structuredClone(schema) as { definitions: { User: { properties: Props } } };
  delete copy.definitions.User.properties.phone.pattern;
  delete copy.definitions.User.properties.phone.patternErrorMessage;
  delete copy.definitions.User.properties.allowedIps.items.pattern;
  delete copy.definitions.User.properties.allowedIps.items.patternErrorMessage;
  return copy as unknown as Record<string, unknown>;
}
