/**
 * One string for each repeated scalar of org.yaml (memory, issue 18). A YAML parser makes a new string for
 * every scalar it reads, so a 50,000-user file held 50,000 copies of `agent` (each user's role), 50,000 of
 * its schedule names (`receiveCalls`), and a second copy of each member's email (once under `users`, once
 * under the department). Walks the data just parsed, in place (nothing else holds it yet), and gives equal
 * strings one instance. Values only: keys are V8's own (property names are interned already).
 */
export function shareRepeatedStrings(data: unknown): void {
  const seen = new Map<string, string>();
  const one = (value: string): string => sameString(seen, value);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        if (typeof item === 'string') node[i] = one(item);
        else if (typeof item === 'object' && item !== null) visit(item);
      }
    } else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const value = record[key];
        // An own `__proto__` key (YAML allows it) is left as it is: assigning to it would call the setter.
        if (typeof value === 'string') {
          if (key !== '__proto__') record[key] = one(value);
        }
        else if (typeof value === 'object' && value !== null) visit(value);
      }
    }
  };
  visit(data);
}

/** The string `seen` already holds equal to `value`, else `value`, now held (also the NetSapiens read's time-frame names). */
export function sameString(seen: Map<string, string>, value: string): string {
  const first = seen.get(value);
  if (first !== undefined) return first;
  seen.set(value, value);
  return value;
}
