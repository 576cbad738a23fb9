/**
 * Which fields of each kind the planner compares, and how. Values are compared canonically (deep
 * equality, key order irrelevant); holidays and overrides after sorting by date, because their order in
 * org.yaml or in the vendor's answer carries no meaning. Not compared: `invite` and `previously` (they
 * steer the planner, they are not state), `vendor` (checked by each provider), and a department's
 * `members` (they are `member` resources of their own).
 */
import type { ResourceKind } from '../model/address.js';
import { canonicalJson } from './canonical.js';
import type { FieldChange, Record_ } from './types.js';

export const COMPARED_FIELDS: Record<ResourceKind, readonly string[]> = {
  user: ['email', 'name', 'phone', 'extension', 'role', 'panelAccess', 'status', 'receiveCalls'],
  extension: ['type', 'forceLogin', 'callerId', 'device'],
  department: ['extension', 'manager', 'routing', 'ringTimeout', 'stickyAgent', 'hours', 'failover'],
  schedule: ['timezone', 'weekly', 'holidays', 'overrides'],
  role: ['base', 'description', 'permissions'],
  member: ['priority'],
};

/** The comparable form of a field's value. */
function comparable(resource: ResourceKind, field: string, value: unknown): string {
  if (resource === 'user' && field === 'email' && typeof value === 'string') return canonicalJson(value.toLowerCase());
  if (resource === 'schedule' && (field === 'holidays' || field === 'overrides') && Array.isArray(value)) {
    return canonicalJson(value.map((v) => canonicalJson(v)).sort());
  }
  return canonicalJson(value ?? null);
}

/** The compared fields that differ, in the order of COMPARED_FIELDS. */
export function diffFields(resource: ResourceKind, before: Record_, after: Record_): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of COMPARED_FIELDS[resource]) {
    if (comparable(resource, field, before[field]) !== comparable(resource, field, after[field])) {
      changes.push({ field, before: before[field] ?? null, after: after[field] ?? null });
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

/** Keys that steer the planner but are not state of the object: left out of what a create carries. */
const STEERING_FIELDS: Partial<Record<ResourceKind, readonly string[]>> = {
  user: ['invite', 'previously'],
  department: ['members'],
};

/** The record a create action carries: the desired object without planner-only keys. */
export function createdRecord(resource: ResourceKind, desired: Record_): Record_ {
  const omit = STEERING_FIELDS[resource] ?? [];
  return Object.fromEntries(Object.entries(desired).filter(([key]) => !omit.includes(key)));
}
