/**
 * Warnings: valid, but probably not what was meant. They never fail `validate` or stop a plan.
 * Membership here is the merged one (department `members` plus users' `departments`).
 */
import type { AfterApply } from '../../coverage/after-apply.js';
import type { Org } from '../../model/org.js';
import type { Diagnostic } from '../diagnostic.js';
import { defineRule } from './rule.js';
import { departments, lower, userEmails } from './util.js';

/** Department names by member email, built once per rule run (an org may have 50,000 users). */
function membership(org: Org): (email: string) => string[] {
  const byEmail = new Map<string, string[]>();
  for (const d of org.departments) {
    for (const m of d.members) {
      const list = byEmail.get(m.user) ?? [];
      if (!list.includes(d.name)) list.push(d.name);
      byEmail.set(m.user, list);
    }
  }
  return (email) => byEmail.get(email) ?? [];
}

export const emptyDepartment = defineRule({
  code: 'RF301',
  name: 'empty-department',
  severity: 'warning',
  meaning: 'A department has no members, so its calls always go to failover (or nowhere).',
  hint: "Add members (department `members`, or the users' `departments`), or remove the department.",
  check(ctx) {
    ctx.org.departments.forEach((d, i) => {
      if (d.members.length === 0) ctx.report(['departments', i, 'name'], `department ${d.name} has no members`);
    });
  },
});

export const userWithoutDepartment = defineRule({
  code: 'RF302',
  name: 'user-without-department',
  severity: 'warning',
  meaning: 'An active user who receives calls is in no department, so only direct calls reach them.',
  hint: 'Add the user to a department, or set `receiveCalls: never` if they only make calls.',
  check(ctx) {
    const memberOf = membership(ctx.org);
    ctx.org.users.forEach((u, i) => {
      // A user naming (or named by) a department taken out for a schema error is in a department.
      const inLeftOut = ctx.leftOut.members.has(u.email) || (ctx.written.users?.[i]?.departments ?? []).some((d) => ctx.leftOut.departments.has(d));
      if (u.status === 'active' && u.receiveCalls !== 'never' && memberOf(u.email).length === 0 && !inLeftOut) {
        ctx.report(['users', i, 'email'], `${u.name} receives calls but is in no department`, hintFor(ctx.org));
      }
    });
  },
});

/**
 * Smartflo has no "never receive calls" setting (RF402 refuses it), so the default hint would lead a Smartflo
 * user from one diagnostic straight into another.
 */
function hintFor(org: { provider: { type: string } }): { hint?: string } {
  if (org.provider.type !== 'smartflo') return {};
  return { hint: 'Add the user to a department. Smartflo has no `receiveCalls: never` (RF402): a call-only agent stays in no department, and this warning can be left.' };
}

export const disabledUserInDepartment = defineRule({
  code: 'RF303',
  name: 'disabled-user-in-department',
  severity: 'warning',
  meaning: 'A disabled user is a department member or manager; they cannot take calls or log in.',
  hint: 'Remove the user from the department (and name another manager), or make the user active.',
  check(ctx) {
    const memberOf = membership(ctx.org);
    const managing = new Map<string, string[]>();
    for (const d of ctx.org.departments) if (d.manager) managing.set(d.manager, [...(managing.get(d.manager) ?? []), d.name]);
    ctx.org.users.forEach((u, i) => {
      if (u.status !== 'disabled') return;
      const roles = [
        ...memberOf(u.email).map((d) => `member of ${d}`),
        ...(managing.get(u.email) ?? []).map((name) => `manager of ${name}`),
      ];
      if (roles.length > 0) ctx.report(['users', i, 'status'], `${u.name} is disabled but is ${roles.join(', ')}`);
    });
  },
});

export const managerNotMember = defineRule({
  code: 'RF304',
  name: 'manager-not-member',
  severity: 'warning',
  meaning: "A department's manager is not one of its members.",
  hint: 'Add the manager to the members, unless they manage without taking calls.',
  check(ctx) {
    departments(ctx).forEach((d, i) => {
      const manager = d.manager === undefined ? undefined : lower(d.manager);
      const known = manager !== undefined && userEmails(ctx).has(manager);
      // An undeclared manager is RF215's error; no second message for it.
      if (manager && known && !ctx.org.departments[i]!.members.some((m) => m.user === manager)) {
        ctx.report(['departments', i, 'manager'], `manager ${manager} of department ${d.name} is not a member`);
      }
    });
  },
});

export const protectedUserNotDeclared = defineRule({
  code: 'RF305',
  name: 'protected-user-not-declared',
  severity: 'warning',
  meaning:
    'settings.guards.protectedUsers names a user not declared under `users`. Such a user is left alone as unmanaged (unless prune.users is on, in which case the guard stops any plan that would delete them).',
  hint: 'Declare the user under `users` to manage them, or check the spelling of the email.',
  check(ctx) {
    const emails = new Set([...ctx.org.users.map((u) => u.email), ...ctx.leftOut.emails]);
    (ctx.written.settings?.guards?.protectedUsers ?? []).forEach((email, i) => {
      if (!emails.has(lower(email))) {
        ctx.report(['settings', 'guards', 'protectedUsers', i], `protected user "${email}" is not declared under users`);
      }
    });
  },
});

/**
 * RF301 and RF302 as apply leaves the departments (plan, after the live read; review F3): with `prune.members:
 * false` or ignored members, a department org.yaml lists no member of can keep live members, and a user org.yaml
 * puts in no department can stay a member of one. Those two warnings are dropped where apply keeps members; every
 * other diagnostic stands as load found it.
 */
export function membershipSmellsAfterApply(diagnostics: Diagnostic[], org: Org, after: AfterApply): Diagnostic[] {
  if (after.changed.length === 0) return diagnostics;
  const changed = new Set(after.changed);
  const keepsMembers = new Set<string>();
  const members = new Set<string>();
  for (const d of after.input.departments) {
    if (!changed.has(d.name) || d.members.length === 0) continue;
    keepsMembers.add(d.name);
    for (const m of d.members) members.add(lower(m.user));
  }
  const stale = new Set<string>();
  org.departments.forEach((d, i) => {
    if (keepsMembers.has(d.name)) stale.add(`RF301 /departments/${i}/name`);
  });
  org.users.forEach((u, i) => {
    if (members.has(lower(u.email))) stale.add(`RF302 /users/${i}/email`);
  });
  return diagnostics.filter((d) => !stale.has(`${d.code} ${d.path}`));
}
