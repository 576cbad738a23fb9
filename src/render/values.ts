/** Formatting and structural diffing of field values, shared by the text and markdown renderers. */
import { inert } from '../inert.js';
import { isSensitive, MASK, SENSITIVE_NAME } from './sensitive.js';

export type Plain = Record<string, unknown>;

export function isPlainObject(v: unknown): v is Plain {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

function formatKey(k: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(k) ? k : inert(JSON.stringify(k));
}

/** Compact, JSON-ish: strings quoted, `{mac: "…", model: null}`, `["09:00-13:00"]`; secrets masked by key name. */
export function formatValue(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return inert(JSON.stringify(v));
  if (Array.isArray(v)) return `[${v.map(formatValue).join(', ')}]`;
  if (isPlainObject(v)) {
    const parts = Object.entries(v).map(
      ([k, x]) => `${formatKey(k)}: ${SENSITIVE_NAME.test(k) && x !== null && x !== undefined ? MASK : formatValue(x)}`,
    );
    return `{${parts.join(', ')}}`;
  }
  return String(v);
}

/** The value at `path`, masked when the path names a secret. */
export function formatField(path: string, v: unknown): string {
  return isSensitive(path) && v !== null && v !== undefined ? MASK : formatValue(v);
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** `[path, value]` for every non-null leaf, descending into non-empty objects (arrays stay whole). */
export function flatten(value: unknown, path = ''): Array<[string, unknown]> {
  if (value === null || value === undefined) return [];
  if (!isPlainObject(value)) return [[path, value]];
  return Object.entries(value).flatMap(([k, v]) => flatten(v, join(path, k)));
}

export interface Diff {
  path: string;
  before: unknown;
  after: unknown;
  /** 'added'/'removed': the key exists on one side only (a new permission), rather than changing value. */
  presence: 'both' | 'added' | 'removed';
}

/** Only what differs: two objects are compared key by key, so one changed weekday is one line. */
export function diffValues(path: string, before: unknown, after: unknown): Diff[] {
  if (deepEqual(before, after)) return [];
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => {
      const p = join(path, k);
      if (!(k in before)) return flatten(after[k], p).map(([q, v]) => ({ path: q, before: null, after: v, presence: 'added' as const }));
      if (!(k in after)) return flatten(before[k], p).map(([q, v]) => ({ path: q, before: v, after: null, presence: 'removed' as const }));
      return diffValues(p, before[k], after[k]);
    });
  }
  return [{ path, before, after, presence: 'both' }];
}
