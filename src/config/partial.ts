/**
 * The parts of a schema-invalid org.yaml that passed the schema, so the semantic rules can still run on
 * them and `validate` shows every problem at once (3 schema errors and 2 rule errors print 5).
 *
 * Each failing value is taken out (an unknown field: just that field), and the result is validated again;
 * a part left incomplete by that (a user without its bad email) is taken out in turn, until what is left
 * passes. Rules see dense lists; `toOriginal` maps their paths back to the indexes as written, so their
 * positions are right. What was taken out is remembered by identity (emails and names), so a reference to
 * a user or department that exists but is broken is not also reported as "not declared".
 */
import type { ErrorObject } from 'ajv';
import { pointerToPath } from './schema-errors.js';
import { schemaErrors, type SchemaValidators } from './schema.js';
import type { DataPath } from './source.js';
import type { WrittenOrg } from './written.generated.js';

/** Identities of top-level entries taken out, so references to them are not reported as unknown. */
export interface LeftOut {
  /** Lower-cased emails (current and earlier) of users taken out. */
  emails: Set<string>;
  /** Lower-cased member emails of departments taken out (those users are in a department). */
  members: Set<string>;
  departments: Set<string>;
  schedules: Set<string>;
  roles: Set<string>;
  /** `users/3`, `departments/0`: entries (original index) with anything taken out of them or dropped. */
  touched: Set<string>;
}

export const nothingLeftOut = (): LeftOut => ({
  emails: new Set(),
  members: new Set(),
  departments: new Set(),
  schedules: new Set(),
  roles: new Set(),
  touched: new Set(),
});

export interface ValidParts {
  written: WrittenOrg;
  leftOut: LeftOut;
  /** A path into `written` → the same value's path in the file. */
  toOriginal(path: DataPath): DataPath;
}

type Json = Record<string, unknown> | unknown[];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const COLLECTIONS = ['users', 'departments', 'schedules', 'roles', 'extensions'] as const;
/** Each pass takes out at least one value; real documents settle in 3 or 4 (field, entry, list). */
const MAX_PASSES = 32;

export function validParts(data: unknown, errors: ErrorObject[], extra: DataPath[] = [], validators?: SchemaValidators): ValidParts | undefined {
  if (!isObject(data)) return undefined;
  const root = structuredClone(data);
  const origin = new WeakMap<unknown[], number[]>();
  const leftOut = nothingLeftOut();
  const identities = new Map<unknown, (l: LeftOut) => void>();
  for (const c of COLLECTIONS) {
    const list = root[c];
    if (Array.isArray(list)) list.forEach((item) => identities.set(item, identityOf(c, item)));
  }

  const toOriginal = (path: DataPath): DataPath => {
    let node: unknown = root;
    return path.map((segment) => {
      const here = node;
      node = Array.isArray(here) ? here[Number(segment)] : isObject(here) ? here[String(segment)] : undefined;
      const map = Array.isArray(here) ? origin.get(here) : undefined;
      return map && typeof segment === 'number' ? (map[segment] ?? segment) : segment;
    });
  };

  let pending: Array<{ path: DataPath; field?: string }> = [
    ...errors.map(removalFor),
    ...extra.map((path) => ({ path })),
  ];
  for (let pass = 0; pass < MAX_PASSES && pending.length > 0; pass++) {
    if (pending.some((r) => r.path.length === 0 && r.field === undefined) && !patchRoot(root)) return undefined;
    for (const r of pending) markTouched(r.path, toOriginal, leftOut);
    const removed = removeAll(root, pending, origin, identities, leftOut);
    const again = schemaErrors(root, validators);
    if (again.length === 0) return { written: root as unknown as WrittenOrg, leftOut, toOriginal };
    if (removed === 0 && again.every((e) => e.instancePath === '')) return undefined;
    pending = again.map(removalFor);
  }
  return undefined;
}

function removalFor(e: ErrorObject): { path: DataPath; field?: string } {
  const path = pointerToPath(e.instancePath);
  if (e.keyword === 'additionalProperties') return { path, field: String((e.params as { additionalProperty: string }).additionalProperty) };
  return { path };
}

/** A root missing `version` or `provider` still has rules worth running: stand-ins the rules do not judge. */
function patchRoot(root: Record<string, unknown>): boolean {
  if (root.version !== 1) root.version = 1;
  if (!isObject(root.provider) || typeof root.provider.type !== 'string') root.provider = { type: 'sandbox' };
  return true;
}

function markTouched(path: DataPath, toOriginal: (p: DataPath) => DataPath, leftOut: LeftOut): void {
  if (path.length >= 2 && typeof path[1] === 'number') {
    const [collection, index] = toOriginal(path.slice(0, 2));
    leftOut.touched.add(`${String(collection)}/${String(index)}`);
  }
}

function identityOf(collection: (typeof COLLECTIONS)[number], item: unknown): (l: LeftOut) => void {
  if (!isObject(item)) return () => {};
  const text = (v: unknown): string[] => (typeof v === 'string' ? [v] : []);
  return (l) => {
    if (collection === 'users') {
      for (const e of [...text(item.email), ...(Array.isArray(item.previously) ? item.previously.flatMap(text) : [])]) l.emails.add(e.toLowerCase());
    } else if (collection === 'departments') {
      text(item.name).forEach((n) => l.departments.add(n));
      // Its members would have counted as "in a department"; do not warn that they are in none.
      if (Array.isArray(item.members)) for (const m of item.members) text(isObject(m) ? m.user : m).forEach((e) => l.members.add(e.toLowerCase()));
    } else if (collection === 'schedules') text(item.name).forEach((n) => l.schedules.add(n));
    else if (collection === 'roles') text(item.name).forEach((n) => l.roles.add(n));
  };
}

/** Takes every pending value out; list items after the fields, so indexes in the same pass hold. */
function removeAll(
  root: Record<string, unknown>,
  pending: Array<{ path: DataPath; field?: string }>,
  origin: WeakMap<unknown[], number[]>,
  identities: Map<unknown, (l: LeftOut) => void>,
  leftOut: LeftOut,
): number {
  const fromLists = new Map<unknown[], Set<number>>();
  let removed = 0;
  for (const { path, field } of pending) {
    const parentPath = field === undefined ? path.slice(0, -1) : path;
    const key = field ?? path.at(-1);
    if (key === undefined) continue;
    const parent = resolve(root, parentPath);
    if (Array.isArray(parent) && typeof key === 'number' && key < parent.length) {
      // A member taken out is still someone in a department (no "in no department" warning for them).
      const member: unknown = parent[key];
      const email = isObject(member) ? member.user : member;
      if (parentPath.length === 3 && parentPath[0] === 'departments' && parentPath[2] === 'members' && typeof email === 'string') {
        leftOut.members.add(email.toLowerCase());
      }
      fromLists.set(parent, (fromLists.get(parent) ?? new Set()).add(key));
    } else if (isObject(parent) && Object.hasOwn(parent, String(key))) {
      delete parent[String(key)];
      removed++;
    }
  }
  for (const [list, indexes] of fromLists) {
    // Rebuilt in one pass, not spliced per item: 150,000 bad items must not cost 150,000² moves.
    const map = origin.get(list) ?? list.map((_, i) => i);
    const keptItems: unknown[] = [];
    const keptOrigin: number[] = [];
    list.forEach((item, i) => {
      if (indexes.has(i)) {
        identities.get(item)?.(leftOut);
        removed++;
      } else {
        keptItems.push(item);
        keptOrigin.push(map[i]!);
      }
    });
    list.length = 0;
    for (const item of keptItems) list.push(item);
    origin.set(list, keptOrigin);
  }
  return removed;
}

function resolve(root: Json, path: DataPath): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = node[String(segment)];
    else return undefined;
  }
  return node;
}
