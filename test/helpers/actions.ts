/**
 * Builders for plan actions and plans, numbered in the order they are made. Tests state dependencies
 * explicitly, since no planner is involved.
 */
import { addressOf, memberAddress } from '../../src/model/address.js';
import type {
  Action,
  CreateAction,
  DeleteAction,
  FieldChange,
  InviteAction,
  ManualAction,
  MemberAction,
  Plan,
  Record_,
  ReplaceAction,
  UpdateAction,
} from '../../src/plan/types.js';

type ObjectKind = 'role' | 'schedule' | 'extension' | 'user' | 'department';

const KEY: Record<ObjectKind, string> = { role: 'name', schedule: 'name', extension: 'number', user: 'email', department: 'name' };

interface Common {
  id?: string;
  dependsOn?: string[];
  vendorId?: string | null;
}

let counter = 0;
function nextId(): string {
  return String(++counter);
}

function base(resource: Action['resource'], address: string, c: Common, reason: string) {
  return { id: c.id ?? nextId(), resource, address, reason, dependsOn: c.dependsOn ?? [], vendorId: c.vendorId ?? null };
}

export function createA<T extends object>(kind: ObjectKind, data: T, c: Common = {}): CreateAction {
  const key = String((data as Record<string, unknown>)[KEY[kind]]);
  return { ...base(kind, addressOf(kind, key), c, 'not in live state'), kind: 'create', after: { ...data } as Record_ };
}

export function updateA<T extends object>(kind: ObjectKind, before: T, patch: Partial<T>, c: Common = {}): UpdateAction {
  const key = String((before as Record<string, unknown>)[KEY[kind]]);
  const changes: FieldChange[] = Object.entries(patch).map(([field, after]) => ({
    field,
    before: (before as Record<string, unknown>)[field],
    after,
  }));
  return {
    ...base(kind, addressOf(kind, key), c, 'differs from org.yaml'),
    kind: 'update',
    changes,
    before: { ...before } as Record_,
    after: { ...before, ...patch } as Record_,
  };
}

export function deleteA<T extends object>(kind: ObjectKind, before: T, c: Common = {}): DeleteAction {
  const key = String((before as Record<string, unknown>)[KEY[kind]]);
  return { ...base(kind, addressOf(kind, key), c, 'not in org.yaml'), kind: 'delete', before: { ...before } as Record_ };
}

export function replaceA<T extends object>(kind: ObjectKind, before: T, patch: Partial<T>, c: Common = {}): ReplaceAction {
  const update = updateA(kind, before, patch, c);
  return { ...update, kind: 'replace', replaceFields: Object.keys(patch), reason: 'vendor cannot change it in place' };
}

export function inviteA(email: string, c: Common = {}): InviteAction {
  return { ...base('user', addressOf('user', email), c, 'has not been invited'), kind: 'invite', resource: 'user', email, name: email };
}

export function memberA(
  kind: 'add-member' | 'remove-member',
  department: string,
  user: string,
  priority: number,
  c: Common = {},
): MemberAction {
  return { ...base('member', memberAddress(department, user), c, 'membership differs'), kind, resource: 'member', department, user, priority };
}

export function manualA(address: string, steps: string[], c: Common = {}): ManualAction {
  const resource = address.slice(0, address.indexOf('[')) as Action['resource'];
  return { ...base(resource, address, c, 'vendor API cannot do it'), kind: 'manual', intent: 'delete', why: 'the API cannot delete users', steps, changes: [] };
}

export function planOf(actions: Action[], checksums = { desired: 'd', live: 'l' }): Plan {
  return {
    format: 'ringform-plan',
    version: 1,
    provider: { type: 'sandbox', target: null },
    actions,
    unmanaged: [],
    unverified: [],
    guards: [],
    warnings: [],
    checksums,
  };
}
