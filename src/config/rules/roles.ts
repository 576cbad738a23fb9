/** Custom roles: not shadowing a built-in; users' roles resolve. */
import { BUILTIN_ROLES } from '../../model/org.js';
import { closest } from '../suggest.js';
import { defineRule } from './rule.js';
import { users } from './util.js';

export const roleShadowsBuiltin = defineRule({
  code: 'RF209',
  name: 'role-shadows-builtin',
  severity: 'error',
  meaning: 'A custom role has the name of a built-in role (agent, supervisor, manager, admin, owner).',
  hint: 'Give the custom role its own name, e.g. `senior-agent`; built-in roles need no declaration.',
  check(ctx) {
    (ctx.written.roles ?? []).forEach((r, i) => {
      if ((BUILTIN_ROLES as readonly string[]).includes(r.name)) {
        ctx.report(['roles', i, 'name'], `custom role "${r.name}" has the name of a built-in role`);
      }
    });
  },
});

export const unknownRole = defineRule({
  code: 'RF217',
  name: 'unknown-role',
  severity: 'error',
  meaning: "A user's role is neither a built-in role nor a custom role declared under `roles`.",
  hint: 'Use agent, supervisor, manager, admin or owner, or declare the role under `roles`.',
  check(ctx) {
    const known = [...BUILTIN_ROLES, ...(ctx.written.roles ?? []).map((r) => r.name)];
    users(ctx).forEach((u, i) => {
      if (u.role === undefined || known.includes(u.role) || ctx.leftOut.roles.has(u.role)) return;
      const near = closest(u.role, known);
      ctx.report(['users', i, 'role'], `role "${u.role}" of ${u.name} is not a built-in or declared role`, {
        hint: near ? `Did you mean "${near}"? Known roles: ${known.join(', ')}.` : `Known roles: ${known.join(', ')}.`,
      });
    });
  },
});
