/**
 * Which fields of each kind the planner compares, and how: both read from the field catalogue
 * (model/fields.ts). Values are compared canonically (deep equality, key order irrelevant); `unordered`
 * fields (holidays, overrides) after sorting, because their order carries no meaning; `case-insensitive`
 * ones (emails) in lower case. Steering fields (`invite`, `previously`), `vendor` (checked by each provider)
 * and children (a department's `members`, resources of their own) are not compared.
 */
import type { ResourceKind } from '../model/address.js';
import { comparedFields, nonStateFields, specOf } from '../model/fields.js';
import { canonicalJson } from './canonical.js';
import type { FieldChange, Record_ } from './types.js';

export const COMPARED_FIELDS: { readonly [K in ResourceKind]: readonly string[] } = {
  user: comparedFields('user'),
  extension: comparedFields('extension'),
  department: comparedFields('department'),
  schedule: comparedFields('schedule'),
  role: comparedFields('role'),
  member: comparedFields('member'),
};

/**
 * Write-only keys (a secret reference such as voicemail `pin`) compare by presence, and only when the desired
 * value names one: ringform can tell a PIN is missing, never that it differs (model/fields.ts `writeOnly`).
 */
function withoutWriteOnly(resource: ResourceKind, field: string, live: unknown, desired: unknown): [unknown, unknown] {
  const keys = specOf(resource, field)?.writeOnly;
  if (!keys || !isObject(live) || !isObject(desired)) return [live, desired];
  const l: Record<string, unknown> = { ...live };
  const d: Record<string, unknown> = { ...desired };
  for (const key of keys) {
    const wanted = d[key] !== null && d[key] !== undefined;
    if (wanted) [l[key], d[key]] = [l[key] !== null && l[key] !== undefined, true];
    else [l[key], d[key]] = [null, null];
  }
  return [l, d];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The value apply leaves: a write-only key org.yaml does not name is unmanaged, so it stays as the vendor has it
 * (a PIN that is set stays set, `{ set: true }`; providers never send that marker back). Review F10: the change
 * used to say `voicemail.pin (sensitive) → null` when voicemail was declared without a PIN, though apply kept it.
 */
function appliedValue(resource: ResourceKind, field: string, live: unknown, desired: unknown): unknown {
  const keys = specOf(resource, field)?.writeOnly;
  if (!keys || !isObject(live) || !isObject(desired)) return desired ?? null;
  const out: Record<string, unknown> = { ...desired };
  for (const key of keys) if (out[key] === null || out[key] === undefined) out[key] = live[key] ?? null;
  return out;
}

/** The comparable form of a field's value. */
function comparable(resource: ResourceKind, field: string, value: unknown): string {
  // Stryker disable next-line StringLiteral: every compared field has a spec in the catalogue (COMPARED_FIELDS is made from it)
  const how = specOf(resource, field)?.compare ?? 'value';
  if (how === 'case-insensitive' && typeof value === 'string') return canonicalJson(value.toLowerCase());
  if (how === 'unordered' && Array.isArray(value)) return canonicalJson(value.map((v) => canonicalJson(v)).sort());
  return canonicalJson(value ?? null);
}

/** Values equal without building their comparable forms: the same value, both unset, or both empty lists. */
// Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,BooleanLiteral,ArrowFunction: see diffFields (a false answer only compares)
const sameAtSight = (a: unknown, b: unknown): boolean => a === b || ((a ?? null) === null && (b ?? null) === null) || (Array.isArray(a) && Array.isArray(b) && a.length === 0 && b.length === 0);

/** The compared fields that differ, in the order of COMPARED_FIELDS. */
export function diffFields(resource: ResourceKind, before: Record_, after: Record_): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of COMPARED_FIELDS[resource]) {
    if ((after[field] ?? null) === null && specOf(resource, field)?.nullIsUnmanaged === true) continue;
    const [live, desired] = withoutWriteOnly(resource, field, before[field], after[field]);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a shortcut only (equal values have equal comparable forms); it saves two strings per field and object, ~50 MB of garbage for a 50k-user plan
    if (sameAtSight(live, desired)) continue;
    if (comparable(resource, field, live) !== comparable(resource, field, desired)) {
      changes.push({ field, before: before[field] ?? null, after: appliedValue(resource, field, before[field], after[field]) });
    }
  }
  return changes;
}

export function updateReason(changes: FieldChange[]): string {
  const parts = changes.map((c) =>
    c.field === 'email' && typeof c.before === 'string' ? `email changed (renamed from ${c.before})` : c.field,
  );
  const renamed = parts.filter((p) => p.startsWith('email changed'));
  const rest = parts.filter((p) => !p.startsWith('email changed'));
  return [...renamed, ...(rest.length > 0 ? [`${rest.join(', ')} changed`] : [])].join('; ');
}

/** The record a create action carries: the desired object without steering fields and children. */
export function createdRecord(resource: ResourceKind, desired: Record_): Record_ {
  const omit = nonStateFields(resource);
  return Object.fromEntries(Object.entries(desired).filter(([key]) => !omit.includes(key)));
}
