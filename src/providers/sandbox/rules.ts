/**
 * The sandbox's referential rules. They are deliberately as strict as the strictest vendor, so that an
 * apply engine or planner that orders actions wrongly fails here, offline, and not against a customer's
 * PBX. Each check runs against the state *without* the object being written (`selfId`), so an update or
 * replace never conflicts with the object it changes.
 */
import type { Carried } from '../../model/fields.js';
import { addressOf } from '../../model/address.js';
import { BUILTIN_ROLES, type Department } from '../../model/org.js';
import { sameEmail } from './objects.js';
import { forwardingSchedules } from '../../model/forwarding.js';
import type { SandboxState } from './state.js';
import { conflict, unprocessable } from './vendor-errors.js';

type SelfId = string | null;

export function checkRole(state: SandboxState, role: Carried<'role'>, selfId: SelfId): void {
  if ((BUILTIN_ROLES as readonly string[]).includes(role.name)) {
    throw conflict(`role ${role.name} is a built-in role`);
  }
  if (state.roles.some((r) => r.id !== selfId && r.data.name === role.name)) {
    throw conflict(`role ${JSON.stringify(role.name)} already exists`);
  }
}

export function checkSchedule(state: SandboxState, schedule: Carried<'schedule'>, selfId: SelfId): void {
  if (state.schedules.some((s) => s.id !== selfId && s.data.name === schedule.name)) {
    throw conflict(`schedule ${JSON.stringify(schedule.name)} already exists`);
  }
}

export function checkExtension(state: SandboxState, extension: Carried<'extension'>, selfId: SelfId): void {
  if (state.extensions.some((e) => e.id !== selfId && e.data.number === extension.number)) {
    throw conflict(`extension ${extension.number} already exists`);
  }
}

export function checkUser(state: SandboxState, user: Carried<'user'>, selfId: SelfId): void {
  if (state.users.some((u) => u.id !== selfId && sameEmail(u.data.email, user.email))) {
    throw conflict(`a user with email ${user.email} already exists`);
  }
  if (user.extension !== null) {
    if (!state.extensions.some((e) => e.data.number === user.extension)) {
      throw unprocessable(`extension ${user.extension} does not exist; create it first`);
    }
    checkExtensionFree(state, user.extension, selfId);
  }
  if (!roleExists(state, user.role)) throw unprocessable(`role ${JSON.stringify(user.role)} does not exist`);
  if (user.receiveCalls !== 'always' && user.receiveCalls !== 'never' && !scheduleExists(state, user.receiveCalls)) {
    throw unprocessable(`schedule ${JSON.stringify(user.receiveCalls)} (receiveCalls) does not exist`);
  }
  for (const schedule of forwardingSchedules(user.forwarding)) {
    if (!scheduleExists(state, schedule)) throw unprocessable(`schedule ${JSON.stringify(schedule)} (forwarding.schedules) does not exist`);
  }
}

/** A create carries no members (they are actions of their own); a stored department has them. */
export function checkDepartment(state: SandboxState, department: Carried<'department'> & { members?: Department['members'] }, selfId: SelfId): void {
  if (state.departments.some((d) => d.id !== selfId && d.data.name === department.name)) {
    throw conflict(`department ${JSON.stringify(department.name)} already exists`);
  }
  if (department.extension !== null) checkExtensionFree(state, department.extension, selfId);
  if (department.manager !== null) requireUser(state, department.manager, 'manager');
  if (department.hours !== null && !scheduleExists(state, department.hours)) {
    throw unprocessable(`schedule ${JSON.stringify(department.hours)} (hours) does not exist`);
  }
  if (department.failover?.type === 'user' && department.failover.target !== null) {
    requireUser(state, department.failover.target, 'failover target');
  }
  const target = department.failover?.type === 'department' ? department.failover.target : null;
  if (target !== null && target !== department.name && !state.departments.some((d) => d.data.name === target)) {
    throw unprocessable(`failover target department ${JSON.stringify(target)} does not exist`);
  }
  for (const member of department.members ?? []) requireUser(state, member.user, 'member');
}

export function requireUser(state: SandboxState, email: string, as: string): void {
  if (!state.users.some((u) => sameEmail(u.data.email, email))) {
    throw unprocessable(`${as} ${email} is not a user; create the user first`);
  }
}

/** Numbers are unique across users and departments: a call to 101 must ring exactly one thing. */
function checkExtensionFree(state: SandboxState, number: string, selfId: SelfId): void {
  const user = state.users.find((u) => u.id !== selfId && u.data.extension === number);
  if (user) throw conflict(`extension ${number} is held by ${addressOf('user', user.data.email)}`);
  const department = state.departments.find((d) => d.id !== selfId && d.data.extension === number);
  if (department) throw conflict(`extension ${number} is held by ${addressOf('department', department.data.name)}`);
}

function roleExists(state: SandboxState, role: string): boolean {
  return (BUILTIN_ROLES as readonly string[]).includes(role) || state.roles.some((r) => r.data.name === role);
}

function scheduleExists(state: SandboxState, name: string): boolean {
  return state.schedules.some((s) => s.data.name === name);
}

// --- what still refers to an object; a delete (or key change) is refused while anything does ---

export function checkUserUnreferenced(state: SandboxState, email: string): void {
  for (const d of state.departments) {
    const where = addressOf('department', d.data.name);
    if (d.data.members.some((m) => sameEmail(m.user, email))) throw conflict(`${addressOf('user', email)} is still a member of ${where}`);
    if (d.data.manager !== null && sameEmail(d.data.manager, email)) throw conflict(`${addressOf('user', email)} is still the manager of ${where}`);
    if (d.data.failover?.type === 'user' && d.data.failover.target !== null && sameEmail(d.data.failover.target, email)) {
      throw conflict(`${addressOf('user', email)} is still the failover target of ${where}`);
    }
  }
}

export function checkDepartmentUnreferenced(state: SandboxState, name: string): void {
  const other = state.departments.find(
    (d) => d.data.name !== name && d.data.failover?.type === 'department' && d.data.failover.target === name,
  );
  if (other) {
    throw conflict(`${addressOf('department', name)} is still the failover target of ${addressOf('department', other.data.name)}`);
  }
}

export function checkExtensionUnreferenced(state: SandboxState, number: string): void {
  const user = state.users.find((u) => u.data.extension === number);
  if (user) throw conflict(`extension ${number} is held by ${addressOf('user', user.data.email)}`);
}

export function checkScheduleUnreferenced(state: SandboxState, name: string): void {
  const user = state.users.find((u) => u.data.receiveCalls === name || forwardingSchedules(u.data.forwarding).includes(name));
  if (user) throw conflict(`schedule ${JSON.stringify(name)} is used by ${addressOf('user', user.data.email)}`);
  const department = state.departments.find((d) => d.data.hours === name);
  if (department) throw conflict(`schedule ${JSON.stringify(name)} is used by ${addressOf('department', department.data.name)}`);
}

export function checkRoleUnreferenced(state: SandboxState, name: string): void {
  const user = state.users.find((u) => u.data.role === name);
  if (user) throw conflict(`role ${JSON.stringify(name)} is assigned to ${addressOf('user', user.data.email)}`);
}
