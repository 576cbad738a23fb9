/**
 * Looking for a ledger field (`data[].agent.id`, `[].id`, `next_page`) in an answer without keeping any value:
 * the result is counts and JSON type names only.
 */

export type TypeName = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';

export interface Presence {
  /** Places the field could be (one per list item on the way; 1 for a plain path). */
  slots: number;
  present: number;
  types: Map<TypeName, number>;
  /** A container on the way is not what the path says (`data` is an object, not a list). */
  mismatch?: string;
}

export function typeName(value: unknown): TypeName {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  return t === 'string' || t === 'number' || t === 'boolean' ? t : 'object';
}

/**
 * Where is `field` in `body`? A path that starts with `[]` on an object with a `data` list looks in that list
 * (the providers accept both a bare list and `{data: [...]}`).
 */
export function presence(body: unknown, field: string): Presence {
  const result: Presence = { slots: 0, present: 0, types: new Map() };
  const root = field.startsWith('[]') && isObject(body) && Array.isArray(body.data) ? body.data : body;
  walk(root, field.split('.'), [], result);
  return result;
}

function walk(value: unknown, segments: string[], at: string[], out: Presence): void {
  if (segments.length === 0) {
    out.slots += 1;
    out.present += 1;
    const t = typeName(value);
    out.types.set(t, (out.types.get(t) ?? 0) + 1);
    return;
  }
  const [head, ...rest] = segments as [string, ...string[]];
  const list = head.endsWith('[]');
  const key = list ? head.slice(0, -2) : head;
  let next: unknown = value;
  if (key !== '') {
    if (!isObject(value)) {
      out.mismatch ??= `${at.join('.') || 'the answer'} is ${article(typeName(value))}, not an object`;
      return;
    }
    if (!(key in value)) {
      out.slots += 1; // the field (or the list holding it) is absent here
      return;
    }
    next = value[key];
  }
  const here = [...at, head];
  if (!list) return walk(next, rest, here, out);
  if (!Array.isArray(next)) {
    out.mismatch ??= `${here.join('.').replace(/\[\]$/, '') || 'the answer'} is ${article(typeName(next))}, not a list`;
    return;
  }
  for (const item of next) walk(item, rest, here, out);
}

export function typesText(types: Map<TypeName, number>): string {
  return [...types.entries()].map(([t, n]) => (types.size === 1 ? t : `${t} ×${n}`)).join(', ');
}

const article = (t: TypeName) => (t === 'array' ? 'a list' : t === 'object' ? 'an object' : t === 'null' ? 'null' : `a ${t}`);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
