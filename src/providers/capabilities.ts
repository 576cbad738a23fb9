/**
 * What a vendor's API can do, as data (docs/design.md#capabilities-as-data). The planner reads it to choose between an
 * API action, a manual step, a replace, or a warning; the README's capability matrix is generated from it.
 */
import type { ResourceKind } from '../model/address.js';

export type Operation = 'read' | 'create' | 'update' | 'delete' | 'invite';
export const OPERATIONS: readonly Operation[] = ['read', 'create', 'update', 'delete', 'invite'];

export type Support =
  | { level: 'api' }
  /**
   * A person does it in the vendor's panel. `steps` are templates: `{name}`, `{email}`, `{number}`,
   * `{department}`, `{user}`, `{changes}` are filled from the action.
   */
  | { level: 'manual'; why: string; steps: string[] }
  | { level: 'unsupported'; reason: string };

export type FieldSupport =
  | Support
  /** The vendor cannot change this field in place: the object is deleted and created again. */
  | { level: 'replace'; reason: string };

export interface KindCapabilities {
  operations: Record<Operation, Support>;
  /** Per field; a field not listed follows `operations.update`. */
  fields: Record<string, FieldSupport>;
}

export type Capabilities = Record<ResourceKind, KindCapabilities>;

export const API: Support = { level: 'api' };

export function unsupported(reason: string): Support {
  return { level: 'unsupported', reason };
}

export function manual(why: string, ...steps: string[]): Support {
  return { level: 'manual', why, steps };
}

export function replace(reason: string): FieldSupport {
  return { level: 'replace', reason };
}

const NOT_APPLICABLE = unsupported('not applicable to this kind of object');

/** Every operation through the API, except `invite`, which only users have. */
export function fullKind(kind: ResourceKind, fields: Record<string, FieldSupport> = {}): KindCapabilities {
  return {
    operations: {
      read: API,
      create: API,
      update: API,
      delete: API,
      invite: kind === 'user' ? API : NOT_APPLICABLE,
    },
    fields,
  };
}

/** Capabilities of a vendor that can do everything (the sandbox). */
export function fullCapabilities(): Capabilities {
  return {
    role: fullKind('role'),
    schedule: fullKind('schedule'),
    extension: fullKind('extension'),
    user: fullKind('user'),
    department: fullKind('department'),
    member: fullKind('member'),
  };
}

export function fieldSupport(caps: Capabilities, kind: ResourceKind, field: string): FieldSupport {
  return caps[kind].fields[field] ?? caps[kind].operations.update;
}
