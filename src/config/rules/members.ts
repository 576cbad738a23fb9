/** A user appears at most once in a department's member list, and names a department at most once. */
import { defineRule } from './rule.js';
import { departments, lower, memberPath, reportRepeats, users, type Occurrence } from './util.js';

export const duplicateMember = defineRule({
  code: 'RF225',
  name: 'duplicate-member',
  severity: 'error',
  meaning: 'A department lists the same user twice, or a user lists the same department twice.',
  hint: 'Remove the repeated entry (to change ring order, use `priority`).',
  check(ctx) {
    departments(ctx).forEach((d, i) => {
      const members = (d.members ?? []).map((m, j): Occurrence => ({
        key: lower(typeof m === 'string' ? m : m.user),
        path: memberPath(i, j, m),
        label: d.name,
      }));
      reportRepeats(ctx, members, (o, _first, line) => `${o.key} is already a member of department ${d.name} (line ${line})`);
    });
    users(ctx).forEach((u, i) => {
      const names = (u.departments ?? []).map((name, j): Occurrence => ({
        key: name,
        path: ['users', i, 'departments', j],
        label: name,
      }));
      reportRepeats(ctx, names, (o, _first, line) => `${u.name} already lists department ${o.key} (line ${line})`);
    });
  },
});
