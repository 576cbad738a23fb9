/**
 * Department membership in the sandbox. Members are kept in ring order (priority, then the order they
 * were added); emails are compared case-insensitively, as vendors do.
 */
import { addressOf } from '../../model/address.js';
import type { Member } from '../../model/org.js';
import type { FieldChange, MemberAction } from '../../plan/types.js';
import type { ApplyResult, IdResolver } from '../../contract/provider.js';
import { findExisting, sameEmail } from './objects.js';
import { requireUser } from './rules.js';
import type { SandboxState, StoredDepartment } from './state.js';
import { badRequest, conflict, notFound } from './vendor-errors.js';

export function addMember(state: SandboxState, action: MemberAction, ids: IdResolver): ApplyResult {
  const department = findDepartment(state, action.department, ids);
  requireUser(state, action.user, 'member');
  if (department.members.some((m) => sameEmail(m.user, action.user))) {
    throw conflict(`${action.user} is already a member of ${addressOf('department', action.department)}`);
  }
  department.members.push({ user: action.user, priority: action.priority });
  sortMembers(department.members);
  return {};
}

export function removeMember(state: SandboxState, action: MemberAction, ids: IdResolver): ApplyResult {
  const department = findDepartment(state, action.department, ids);
  const index = memberIndex(department, action.department, action.user);
  department.members.splice(index, 1);
  return {};
}

export function updateMember(
  state: SandboxState,
  departmentName: string,
  user: string,
  changes: FieldChange[],
  ids: IdResolver,
): ApplyResult {
  const department = findDepartment(state, departmentName, ids);
  const member = department.members[memberIndex(department, departmentName, user)]!;
  for (const change of changes) {
    if (change.field !== 'priority' || typeof change.after !== 'number') {
      throw badRequest(`a membership can only change its numeric priority, not ${change.field}`);
    }
  }
  for (const change of changes) member.priority = change.after as number;
  sortMembers(department.members);
  return {};
}

function findDepartment(state: SandboxState, name: string, ids: IdResolver): StoredDepartment {
  const id = ids(addressOf('department', name)) ?? null;
  return findExisting(state, 'department', name, id).data;
}

function memberIndex(department: StoredDepartment, name: string, user: string): number {
  const index = department.members.findIndex((m) => sameEmail(m.user, user));
  if (index < 0) throw notFound(`${user} is not a member of ${addressOf('department', name)}`);
  return index;
}

/** Ring order: by priority, ties in the order they were added (Array.prototype.sort is stable). */
function sortMembers(members: Member[]): void {
  members.sort((a, b) => a.priority - b.priority);
}

/** A user's email is its key everywhere else in the model, so a rename follows it into departments. */
export function renameUserReferences(state: SandboxState, from: string, to: string): void {
  for (const { data } of state.departments) {
    for (const member of data.members) if (sameEmail(member.user, from)) member.user = to;
    if (data.manager !== null && sameEmail(data.manager, from)) data.manager = to;
    if (data.failover?.type === 'user' && data.failover.target !== null && sameEmail(data.failover.target, from)) data.failover.target = to;
  }
}

export function dropMemberships(state: SandboxState, email: string): void {
  for (const { data } of state.departments) data.members = data.members.filter((m) => !sameEmail(m.user, email));
}
