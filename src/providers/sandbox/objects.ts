/**
 * Finding and storing objects in the sandbox state. Like a real vendor, the sandbox addresses existing
 * objects by id when the caller knows one; the natural key (email, number, name) is only the fallback.
 */
import { addressOf, type ResourceKind } from '../../model/address.js';
import type { IdResolver } from '../../contract/provider.js';
import { KEY_FIELD } from '../../model/fields.js';
import type { Record_ } from '../../plan/types.js';
import type { SandboxState } from './state.js';
import { notFound } from './vendor-errors.js';

export type ObjectKind = Exclude<ResourceKind, 'member'>;

/** The stored objects of each kind: one list of the state, typed by the compiler against SandboxState. */
const LIST = {
  role: (s: SandboxState) => s.roles,
  schedule: (s: SandboxState) => s.schedules,
  extension: (s: SandboxState) => s.extensions,
  user: (s: SandboxState) => s.users,
  department: (s: SandboxState) => s.departments,
} satisfies Record<ObjectKind, (s: SandboxState) => unknown[]>;

/** A stored object of kind K (`{ id, data }`, and a user's invite status). */
export type Stored<K extends ObjectKind> = ReturnType<(typeof LIST)[K]>[number];
export type StoredData<K extends ObjectKind> = Stored<K>['data'];

/** The natural key of each kind (email, number, name). */
const KEY: { [K in ObjectKind]: (data: StoredData<K>) => string } = {
  role: (r) => r.name,
  schedule: (s) => s.name,
  extension: (e) => e.number,
  user: (u) => u.email,
  department: (d) => d.name,
};

const ID_PREFIX: Record<ObjectKind, string> = { role: 'r', schedule: 's', extension: 'e', user: 'u', department: 'd' };

export function collection<K extends ObjectKind>(state: SandboxState, kind: K): Stored<K>[] {
  const list: (s: SandboxState) => Stored<K>[] = LIST[kind];
  return list(state);
}

export function keyOf<K extends ObjectKind>(kind: K, data: StoredData<K>): string {
  const key: (data: StoredData<K>) => string = KEY[kind];
  return key(data);
}

/** The key of a record not yet stored (an update's changed copy). */
export function recordKey(kind: ObjectKind, data: Record_): string {
  return String(data[KEY_FIELD[kind]]);
}

function hasKey<K extends ObjectKind>(kind: K, data: StoredData<K>, key: string): boolean {
  return kind === 'user' ? sameEmail(keyOf(kind, data), key) : keyOf(kind, data) === key;
}

export function newId(state: SandboxState, kind: ObjectKind): string {
  return `${ID_PREFIX[kind]}-${state.nextId++}`;
}

/** The object an action refers to: by the id the caller resolved, else by its key; 404 when absent. */
export function findExisting<K extends ObjectKind>(
  state: SandboxState,
  kind: K,
  key: string,
  id: string | null,
): Stored<K> {
  const list = collection(state, kind);
  const found = id !== null ? list.find((o) => o.id === id) : list.find((o) => hasKey(kind, o.data, key));
  if (!found) {
    throw notFound(id !== null ? `no ${kind} with id ${id} (${addressOf(kind, key)})` : addressOf(kind, key));
  }
  return found;
}

export function resolveId(ids: IdResolver, address: string, vendorId: string | null): string | null {
  return ids(address) ?? vendorId ?? null;
}

export function removeObject<K extends ObjectKind>(state: SandboxState, kind: K, object: Stored<K>): void {
  const list = collection(state, kind);
  list.splice(list.indexOf(object), 1);
}

/** Emails name the same person whatever their case. */
export function sameEmail(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
