/**
 * Departments, with members from both directions merged: a department's own `members` first (in the order
 * written), then users naming the department in their `departments`, in users order. A user already listed
 * by the department is not added twice. Priorities default to the 1-based position in the merged list.
 */
import type { Department, Failover, Member } from '../model/org.js';
import type * as W from './written.generated.js';

const lower = (email: string): string => email.toLowerCase();

export function memberEmail(m: W.Member): string {
  return typeof m === 'string' ? m : m.user;
}

export function normaliseDepartments(departments: W.Department[], users: W.User[]): Department[] {
  const joining = usersByDepartment(users);
  return departments.map((d) => ({
    name: d.name,
    extension: d.extension ?? null,
    manager: d.manager === undefined ? null : lower(d.manager),
    routing: d.routing ?? 'simultaneous',
    ringTimeout: d.ringTimeout ?? 25,
    stickyAgent: d.stickyAgent ?? false,
    hours: d.hours ?? null,
    failover: d.failover ? normaliseFailover(d.failover) : null,
    members: mergeMembers(d, joining.get(d.name) ?? []),
    vendor: d.vendor ?? {},
  }));
}

function normaliseFailover(f: W.Failover): Failover {
  const target = f.target ?? null;
  return { type: f.type, target: f.type === 'user' && target !== null ? lower(target) : target };
}

/** Users naming each department in their `departments`, in users order: one pass, not one per department. */
function usersByDepartment(users: W.User[]): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const u of users) {
    for (const name of new Set(u.departments ?? [])) {
      const list = byName.get(name) ?? [];
      list.push(lower(u.email));
      byName.set(name, list);
    }
  }
  return byName;
}

function mergeMembers(d: W.Department, joining: string[]): Member[] {
  const members: Member[] = [];
  const listed = new Set<string>();
  const add = (email: string, priority: number | undefined): void => {
    members.push({ user: email, priority: priority ?? members.length + 1 });
    listed.add(email);
  };
  for (const m of d.members ?? []) add(lower(memberEmail(m)), typeof m === 'string' ? undefined : m.priority);
  for (const email of joining) if (!listed.has(email)) add(email, undefined);
  return members;
}
