/**
 * Canonical JSON: object keys sorted, `undefined` members dropped (as JSON.stringify does), arrays kept
 * in order. Two values are "the same" for the planner exactly when their canonical JSON is equal, so
 * key order never produces a diff and the checksum never depends on how an object was built.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sortKeys(item)));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined) out[key] = sortKeys(member);
  }
  return out;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}

/** A deep copy as plain JSON data (actions must not share objects with the inputs). */
export function plain<T>(value: T): T {
  return JSON.parse(canonicalJson(value)) as T;
}
