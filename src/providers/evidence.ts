/**
 * The evidence ledger: for every request and response field a provider reads or writes, where the fact
 * comes from (docs/vendors/README.md). Each vendor keeps its ledger next to its mapper
 * (`src/providers/<vendor>/evidence.ts`); `npm run gen` renders it into `docs/vendors/<vendor>.md`, and
 * test/providers/evidence.test.ts fails when the provider sends or reads a field the ledger does not list
 * (or the ledger lists one the provider no longer touches).
 */

/** Where a fact comes from. Only `url`, `repo` and `spec` are sources; the other two are marked as such. */
export type Source =
  | { kind: 'url'; url: string }
  | { kind: 'repo'; repo: string; path: string }
  /** An operation of the NetSapiens OpenAPI spec shipped in specs/ (its operationId). */
  | { kind: 'spec'; operation: string }
  /** The team's older notes cite "public client code" without naming the repository: weak, to be replaced. */
  | { kind: 'unnamed-code'; what: string }
  | { kind: 'unsourced'; why: string };

export type Where = 'request' | 'query' | 'response' | 'header';

export interface Evidence {
  /** `METHOD /path` with `{name}` for path parameters, as the vendor writes it. */
  endpoint: string;
  where: Where;
  /** Dotted path, `[]` for array items: `data[].agent.id`. `(endpoint)` for the endpoint itself. */
  field: string;
  source: Source;
  /** What ringform sends or how it reads the field, when that matters. */
  note?: string;
  /** The provider reads it only when present: absence is no difference (`ringform probe` says so instead). */
  optional?: boolean;
}

export const ENDPOINT_ITSELF = '(endpoint)';

export const url = (u: string): Source => ({ kind: 'url', url: u });
export const repo = (r: string, path: string): Source => ({ kind: 'repo', repo: r, path });
export const spec = (operation: string): Source => ({ kind: 'spec', operation });
export const unnamedCode = (what: string): Source => ({ kind: 'unnamed-code', what });
export const unsourced = (why: string): Source => ({ kind: 'unsourced', why });

/** The same rows, marked optional (read only when present). */
export function optional(rows: Evidence[]): Evidence[] {
  return rows.map((r) => ({ ...r, optional: true }));
}

export function isSourced(s: Source): boolean {
  return s.kind === 'url' || s.kind === 'repo' || s.kind === 'spec';
}

/** Shorthand: one entry per field of the same endpoint, place and source. */
export function fields(endpoint: string, where: Where, names: string[], source: Source, note?: string): Evidence[] {
  return names.map((field) => ({ endpoint, where, field, source, ...(note ? { note } : {}) }));
}

/** The field's own name: the last dotted segment without `[]` (what the source code spells). */
export function leafOf(field: string): string {
  return field.split('.').pop()!.replace(/\[\]$/, '');
}

/** Does a concrete request path match an endpoint template (`/v1/user/{id}` ~ `/v1/user/12`)? */
export function matchesEndpoint(template: string, method: string, path: string): boolean {
  const [m, p] = template.split(' ');
  if (m !== method) return false;
  const pattern = new RegExp(`^${p!.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
  return pattern.test(path.split('?')[0]!);
}
