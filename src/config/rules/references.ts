/** References by name or email resolve: users' departments, department members and managers, schedules. */
import type { DataPath } from '../source.js';
import { closest } from '../suggest.js';
import { defineRule, type RuleContext } from './rule.js';
import { departments, lower, memberPath, unknownUserHint, userEmails, users } from './util.js';

/** Exact match; a case-only difference gets a "did you mean" (references are case-sensitive). */
function nameHint(name: string, known: string[], what: string): string {
  const near = known.find((k) => k.toLowerCase() === name.toLowerCase()) ?? closest(name, known);
  const list = known.length ? `Known ${what}: ${known.join(', ')}.` : `No ${what} are declared.`;
  return near ? `Did you mean "${near}"? ${list}` : list;
}

export const unknownDepartment = defineRule({
  code: 'RF213',
  name: 'unknown-department',
  severity: 'error',
  meaning: "A user's `departments` names a department that is not declared.",
  hint: 'Use the exact name of a department under `departments`, or declare it.',
  check(ctx) {
    const known = departments(ctx).map((d) => d.name);
    users(ctx).forEach((u, i) =>
      (u.departments ?? []).forEach((name, j) => {
        if (!known.includes(name) && !ctx.leftOut.departments.has(name)) {
          ctx.report(['users', i, 'departments', j], `${u.name} is in department "${name}", which is not declared`, {
            hint: nameHint(name, known, 'departments'),
          });
        }
      }),
    );
  },
});

export const unknownMember = defineRule({
  code: 'RF214',
  name: 'unknown-member',
  severity: 'error',
  meaning: 'A department member is not a user declared under `users`.',
  hint: 'Add the user under `users`, or remove the member.',
  check(ctx) {
    const emails = userEmails(ctx);
    departments(ctx).forEach((d, i) =>
      (d.members ?? []).forEach((m, j) => {
        const email = typeof m === 'string' ? m : m.user;
        if (!emails.has(lower(email))) {
          ctx.report(memberPath(i, j, m), `member "${email}" of department ${d.name} is not a declared user`, {
            hint: unknownUserHint(ctx, email, 'Add the user under `users`, or remove the member.'),
          });
        }
      }),
    );
  },
});

export const unknownManager = defineRule({
  code: 'RF215',
  name: 'unknown-manager',
  severity: 'error',
  meaning: "A department's manager is not a user declared under `users`.",
  hint: 'Use the email of a declared user.',
  check(ctx) {
    const emails = userEmails(ctx);
    departments(ctx).forEach((d, i) => {
      if (d.manager !== undefined && !emails.has(lower(d.manager))) {
        ctx.report(['departments', i, 'manager'], `manager "${d.manager}" of department ${d.name} is not a declared user`, {
          hint: unknownUserHint(ctx, d.manager, 'Use the email of a declared user.'),
        });
      }
    });
  },
});

function checkSchedule(ctx: RuleContext, name: string | undefined, path: DataPath, owner: string, keywords: string[]): void {
  const known = (ctx.written.schedules ?? []).map((s) => s.name);
  if (name === undefined || keywords.includes(name) || known.includes(name) || ctx.leftOut.schedules.has(name)) return;
  const keyword = keywords.find((k) => k === name.toLowerCase());
  ctx.report(path, `${owner} uses schedule "${name}", which is not declared`, {
    hint: keyword
      ? `Did you mean "${keyword}"? Keywords are lower case.`
      : `${nameHint(name, known, 'schedules')}${keywords.length ? ` Or use ${keywords.join(' or ')}.` : ''}`,
  });
}

export const unknownSchedule = defineRule({
  code: 'RF216',
  name: 'unknown-schedule',
  severity: 'error',
  meaning: "A user's `receiveCalls` or a department's `hours` names a schedule that is not declared.",
  hint: 'Use the name of a schedule under `schedules` (or, for receiveCalls, `always` or `never`).',
  check(ctx) {
    users(ctx).forEach((u, i) =>
      checkSchedule(ctx, u.receiveCalls, ['users', i, 'receiveCalls'], u.name, ['always', 'never']),
    );
    departments(ctx).forEach((d, i) => checkSchedule(ctx, d.hours, ['departments', i, 'hours'], `department ${d.name}`, []));
  },
});
