/**
 * What a vendor's API can do, as data (docs/design.md#capabilities-as-data). The planner reads it to choose between an
 * API action, a manual step, a replace, or a warning; the README's capability matrix is generated from it.
 *
 * The table is closed: each vendor gives every field of the catalogue's `ComparedField` a row
 * (`Record<ComparedField<K>, FieldSupport>`), so adding a field to model/fields.ts makes the compiler name
 * every vendor's capability file. Nothing is "api" by silence.
 */
import type { ResourceKind } from './address.js';
import { comparedFields, type ComparedField } from './fields.js';

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

export interface KindCapabilities<K extends ResourceKind> {
  operations: Record<Operation, Support>;
  /** One row per field the catalogue says a vendor must answer for. */
  fields: Record<ComparedField<K>, FieldSupport>;
  /**
   * Fields the vendor's create cannot set, with the value a new object gets (null: not known). A create whose
   * declared value differs (or whose default is not known) is followed, in the same plan, by that field's own
   * update step (usually a manual one), so the plan shows what apply will leave to do (issue 16 item 4).
   */
  createDefaults?: Partial<Record<ComparedField<K>, unknown>>;
  /**
   * Extensions only: the vendor makes an extension as part of the user or department that holds it
   * (NetSapiens: the user id is the extension). A new extension's create then runs after its new holder's
   * create, so that when the holder's create fails or waits, the extension's is not reported done.
   */
  madeWithHolder?: boolean;
}

export type Capabilities = { [K in ResourceKind]: KindCapabilities<K> } & {
  /**
   * Vendors whose roles are coarser than ringform's (Squaretalk's permission levels): the level each role
   * is on that vendor. Two roles on one level are the same role there, so the planner never plans a change
   * between them (it could not be seen done). A role not listed is its own level. Absent: every role is its own.
   */
  roleLevels?: Record<string, string>;
  /**
   * Vendors whose ring order is nothing but positions in a list (Smartflo's department `destination`): a
   * member's priority is its place among the members that exist, so it can only be reached once every member
   * before it is there. The planner makes a member's add or priority change wait for the adds of the members
   * before it (graph.ts), so one that waits on a manual step holds back those behind it instead of apply
   * placing them one up and reporting success (issue 16: the sandbox → Smartflo migration). Absent: priorities
   * are numbers the vendor keeps as given.
   */
  ringOrderIsPosition?: boolean;
};

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
export function allOperations(kind: ResourceKind): Record<Operation, Support> {
  return { read: API, create: API, update: API, delete: API, invite: kind === 'user' ? API : NOT_APPLICABLE };
}

/** Every field of a kind at one level: through the API (the sandbox), or one reason for all. */
export function everyField<K extends ResourceKind>(kind: K, support: FieldSupport = API): Record<ComparedField<K>, FieldSupport> {
  return Object.fromEntries(comparedFields(kind).map((f) => [f, support])) as Record<ComparedField<K>, FieldSupport>;
}

/** A kind whose operations and fields all go through the API. */
export function fullKind<K extends ResourceKind>(kind: K): KindCapabilities<K> {
  return { operations: allOperations(kind), fields: everyField(kind) };
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

/**
 * How a vendor handles a field. A field with no row (not a capability field: an identity, a steering key)
 * is never planned on its own, so asking is a mistake that says so rather than guessing "api".
 */
export function fieldSupport(caps: Capabilities, kind: ResourceKind, field: string): FieldSupport {
  const row = (caps[kind].fields as Record<string, FieldSupport | undefined>)[field];
  return row ?? unsupported(`ringform has no capability row for ${kind}.${field}`);
}
