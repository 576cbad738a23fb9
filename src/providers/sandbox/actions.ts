/**
 * Performs one planned action on the sandbox state, in memory. The provider keeps that state across
 * actions, so every action checks before it changes anything (or undoes itself when refused): a refused
 * action leaves nothing half-done.
 */
import { recordAs } from '../dispatch.js';
import type { Carried } from '../../model/fields.js';
import { RingformError } from '../../errors.js';
import { addressOf, parseAddress } from '../../model/address.js';
import type { Action, CancelInviteAction, FieldChange, InviteAction, Record_ } from '../../plan/types.js';
import type { ApplyResult, IdResolver } from '../../contract/provider.js';
import {
  collection,
  findExisting,
  keyOf,
  newId,
  recordKey,
  removeObject,
  resolveId,
  type ObjectKind,
  type Stored,
} from './objects.js';
import { addMember, dropMemberships, removeMember, renameUserReferences, updateMember } from './members.js';
import * as rules from './rules.js';
import type { SandboxState } from './state.js';
import { badRequest, conflict, unprocessable } from './vendor-errors.js';

/** A planned record read as its kind (dispatch.ts recordAs) and checked against the sandbox's rules: what is stored. */
type Check<K extends ObjectKind> = (state: SandboxState, data: Record_, selfId: string | null) => Carried<K>;

function checked<T>(check: (state: SandboxState, record: T, selfId: string | null) => void): (s: SandboxState, record: T, selfId: string | null) => T {
  return (s, record, selfId) => {
    check(s, record, selfId);
    return record;
  };
}

const CHECK: { [K in ObjectKind]: Check<K> } = {
  role: (s, d, id) => checked(rules.checkRole)(s, recordAs('role', d, 'the sandbox role'), id),
  schedule: (s, d, id) => checked(rules.checkSchedule)(s, recordAs('schedule', d, 'the sandbox schedule'), id),
  extension: (s, d, id) => checked(rules.checkExtension)(s, recordAs('extension', d, 'the sandbox extension'), id),
  user: (s, d, id) => checked(rules.checkUser)(s, recordAs('user', d, 'the sandbox user'), id),
  department: (s, d, id) => checked(rules.checkDepartment)(s, recordAs('department', d, 'the sandbox department'), id),
};

/**
 * The stored object for a checked record: what a kind keeps besides the record comes from the object it
 * replaces in place (an update), or starts afresh (a create): a user's invite status, a department's members.
 */
const STORED: { [K in ObjectKind]: (id: string, data: Carried<K>, previous: Stored<K> | null) => Stored<K> } = {
  role: (id, data) => ({ id, data }),
  schedule: (id, data) => ({ id, data }),
  extension: (id, data) => ({ id, data }),
  user: (id, data, previous) => ({ id, data, inviteStatus: previous?.inviteStatus ?? 'none' }),
  department: (id, data, previous) => ({ id, data: { ...data, members: previous?.data.members ?? [] } }),
};

function stored<K extends ObjectKind>(kind: K, id: string, data: Carried<K>, previous: Stored<K> | null): Stored<K> {
  const make: (id: string, data: Carried<K>, previous: Stored<K> | null) => Stored<K> = STORED[kind];
  return make(id, data, previous);
}

function check<K extends ObjectKind>(kind: K, state: SandboxState, data: Record_, selfId: string | null): Carried<K> {
  const run: Check<K> = CHECK[kind];
  return run(state, data, selfId);
}

const UNREFERENCED: Record<ObjectKind, (state: SandboxState, key: string) => void> = {
  role: rules.checkRoleUnreferenced,
  schedule: rules.checkScheduleUnreferenced,
  extension: rules.checkExtensionUnreferenced,
  user: rules.checkUserUnreferenced,
  department: rules.checkDepartmentUnreferenced,
};

export function performAction(state: SandboxState, action: Action, ids: IdResolver): ApplyResult {
  const target = parseAddress(action.address);
  if (!target) throw badRequest(`${JSON.stringify(action.address)} is not an address`);
  const [key = '', user = ''] = target.keys;
  switch (action.kind) {
    case 'create':
      return createObject(state, objectKind(target.kind, action), action.after);
    case 'update':
      if (target.kind === 'member') return updateMember(state, key, user, action.changes, ids);
      return updateObject(state, objectKind(target.kind, action), key, existingId(action, ids), action.changes);
    case 'delete':
      return deleteObject(state, objectKind(target.kind, action), key, existingId(action, ids));
    case 'replace':
      return replaceObject(state, objectKind(target.kind, action), key, existingId(action, ids), action.after);
    case 'invite':
    case 'cancel-invite':
      return setInvite(state, action, existingId(action, ids));
    case 'add-member':
      return addMember(state, action, ids);
    case 'remove-member':
      return removeMember(state, action, ids);
    case 'manual':
      throw new RingformError(`action ${action.id} ${action.address} is a manual step; the sandbox cannot perform it`);
  }
}

function objectKind(kind: string, action: Action): ObjectKind {
  if (kind === 'member') throw badRequest(`${action.kind} is not an operation on members; use add-member/remove-member`);
  return kind as ObjectKind;
}

function existingId(action: Action, ids: IdResolver): string | null {
  return resolveId(ids, action.address, action.vendorId);
}

function createObject<K extends ObjectKind>(state: SandboxState, kind: K, after: Record_): ApplyResult {
  const data = structuredClone(after);
  // Like the vendors, a new department starts empty: members are added one by one (add-member).
  if (kind === 'department') data.members = [];
  const record = check(kind, state, data, null);
  const id = newId(state, kind);
  collection(state, kind).push(stored(kind, id, record, null));
  return { id };
}

function updateObject<K extends ObjectKind>(
  state: SandboxState,
  kind: K,
  key: string,
  id: string | null,
  changes: FieldChange[],
): ApplyResult {
  const object = findExisting(state, kind, key, id);
  const oldKey = keyOf(kind, object.data);
  const data: Record_ = structuredClone(object.data);
  for (const change of changes) {
    if (kind === 'department' && change.field === 'members') {
      throw badRequest('members cannot be set on a department; use add-member and remove-member');
    }
    setField(data, change.field, structuredClone(change.after));
  }
  const newKey = recordKey(kind, data);
  if (newKey !== oldKey && kind !== 'user') UNREFERENCED[kind](state, oldKey);
  object.data = stored(kind, object.id, check(kind, state, data, object.id), object).data;
  if (kind === 'user' && newKey !== oldKey) renameUserReferences(state, oldKey, newKey);
  return { id: object.id };
}

function deleteObject(state: SandboxState, kind: ObjectKind, key: string, id: string | null): ApplyResult {
  const object = findExisting(state, kind, key, id);
  UNREFERENCED[kind](state, keyOf(kind, object.data));
  removeObject(state, kind, object);
  return {};
}

/**
 * Delete then create, checked as if the old object were gone. What other objects say by key (a manager's
 * email, a schedule's name) stays valid; what belonged to the old object's id does not: a re-created
 * user is in no department, a re-created department has no members.
 */
function replaceObject<K extends ObjectKind>(
  state: SandboxState,
  kind: K,
  key: string,
  id: string | null,
  after: Record_,
): ApplyResult {
  const object = findExisting(state, kind, key, id);
  const list = collection(state, kind);
  const index = list.indexOf(object);
  const members = state.departments.map((d) => d.data.members);
  removeObject(state, kind, object);
  if (kind === 'user') dropMemberships(state, keyOf(kind, object.data));
  try {
    return createObject(state, kind, after);
  } catch (err) {
    list.splice(index, 0, object); // refused: put back what was removed
    state.departments.forEach((d, i) => (d.data.members = members[i]!));
    throw err;
  }
}

function setInvite(state: SandboxState, action: InviteAction | CancelInviteAction, id: string | null): ApplyResult {
  const user = findExisting(state, 'user', action.email, id);
  if (action.kind === 'cancel-invite') {
    user.inviteStatus = 'none';
    delete user.inviteSince;
    return { id: user.id };
  }
  if (user.data.panelAccess !== true) {
    throw unprocessable(`${addressOf('user', action.email)} has no panel access; it cannot be invited`);
  }
  if (user.inviteStatus === 'accepted') throw conflict(`${addressOf('user', action.email)} already accepted an invite`);
  user.inviteStatus = 'pending';
  user.inviteSince = new Date().toISOString();
  return { id: user.id };
}

/** `field` is a top-level field name, or a dotted path into nested objects (`failover.target`). */
function setField(data: Record_, field: string, value: unknown): void {
  if (field in data || !field.includes('.')) {
    data[field] = value;
    return;
  }
  const parts = field.split('.');
  let node: Record_ = data;
  for (const part of parts.slice(0, -1)) {
    if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
    node = node[part] as Record_;
  }
  node[parts[parts.length - 1]!] = value;
}
