/**
 * Evidence-only answers (`evidenceOnly` of the NetSapiens emulator): a response body keeps only what the
 * operation's documented response schema declares. Objects lose the properties the schema does not list,
 * arrays are pruned item by item; where the schema declares no properties (or allows any), the value is kept
 * whole. Types are not changed: this narrows what is shown, it does not reshape it.
 */
import type { JsonObject } from './spec-file.js';

type Resolve = (schema: JsonObject) => JsonObject;

/** The pruned value and the dotted paths (`[].email-address`) of what was dropped. */
export function documentedOnly(value: unknown, schema: JsonObject, resolve: Resolve): { value: unknown; dropped: string[] } {
  const dropped = new Set<string>();
  const out = prune(value, schema, resolve, '', dropped, 0);
  return { value: out, dropped: [...dropped].sort() };
}

function prune(value: unknown, raw: JsonObject, resolve: Resolve, at: string, dropped: Set<string>, depth: number): unknown {
  if (depth > 20) return value;
  const schema = flatten(raw, resolve);
  if (Array.isArray(value)) {
    const items = schema.items as JsonObject | undefined;
    return items ? value.map((v) => prune(v, items, resolve, `${at}[]`, dropped, depth + 1)) : value;
  }
  if (value === null || typeof value !== 'object') return value;
  const props = schema.properties as Record<string, JsonObject> | undefined;
  if (!props || (schema.additionalProperties !== undefined && schema.additionalProperties !== false)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const path = at === '' ? k : `${at}.${k}`;
    if (!(k in props)) dropped.add(path);
    else out[k] = prune(v, props[k]!, resolve, path, dropped, depth + 1);
  }
  return out;
}

/** `$ref` followed; `allOf` / `anyOf` / `oneOf` merged into one set of properties (and the first `items`). */
function flatten(raw: JsonObject, resolve: Resolve): JsonObject {
  const schema = resolve(raw);
  const parts = ['allOf', 'anyOf', 'oneOf'].flatMap((k) => (Array.isArray(schema[k]) ? (schema[k] as JsonObject[]) : []));
  if (parts.length === 0) return schema;
  const merged: JsonObject = { ...schema, properties: { ...((schema.properties as JsonObject | undefined) ?? {}) } };
  for (const part of parts.map((p) => flatten(p, resolve))) {
    if (part.properties) Object.assign(merged.properties as JsonObject, part.properties);
    if (part.items && !merged.items) merged.items = part.items;
    if (part.additionalProperties !== undefined && part.additionalProperties !== false) merged.additionalProperties = part.additionalProperties;
  }
  if (Object.keys(merged.properties as JsonObject).length === 0) delete merged.properties;
  return merged;
}
