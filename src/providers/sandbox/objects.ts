/**
 * Finding and storing objects in the sandbox state. Like a real vendor, the sandbox addresses existing
 * objects by id when the caller knows one; the natural key (email, number, name) is only the fallback.
 */
import { addressOf, type ResourceKind } from '../../model/address.js';
import type { Live } from '../../model/live.js';
import type { IdResolver } from '../../contract/provider.js';
import type { SandboxState } from './state.js';
import { notFound } from './vendor-errors.js';

export type ObjectKind = Exclude<ResourceKind, 'member'>;

const COLLECTION = {
  role: 'roles',
  schedule: 'schedules',
  extension: 'extensions',
  user: 'users',
  department: 'departments',
} as const satisfies Record<ObjectKind, keyof SandboxState>;

const KEY_FIELD = {
  role: 'name',
  schedule: 'name',
  extension: 'number',
  user: 'email',
  department: 'name',
} as const satisfies Record<ObjectKind, string>;

const ID_PREFIX: Record<ObjectKind, string> = { role: 'r', schedule: 's', extension: 'e', user: 'u', department: 'd' };

export type AnyLive = Live<Record<string, unknown>> & { inviteStatus?: string };

export function collection(state: SandboxState, kind: ObjectKind): AnyLive[] {
  return state[COLLECTION[kind]] as unknown as AnyLive[];
}

export function keyOf(kind: ObjectKind, data: Record<string, unknown>): string {
  return String(data[KEY_FIELD[kind]]);
}

function hasKey(kind: ObjectKind, data: Record<string, unknown>, key: string): boolean {
  return kind === 'user' ? sameEmail(keyOf(kind, data), key) : keyOf(kind, data) === key;
}

export function newId(state: SandboxState, kind: ObjectKind): string {
  return `${ID_PREFIX[kind]}-${state.nextId++}`;
}

/** The object an action refers to: by the id the caller resolved, else by its key; 404 when absent. */
export function findExisting(
  state: SandboxState,
  kind: ObjectKind,
  key: string,
  id: string | null,
): AnyLive {
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

export function removeObject(state: SandboxState, kind: ObjectKind, object: AnyLive): void {
  const list = collection(state, kind);
  list.splice(list.indexOf(object), 1);
}

/** Emails name the same person whatever their case. */
export function sameEmail(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
