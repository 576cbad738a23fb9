/** `reportsOf` (whose call records a user sees) names declared users, as department members do. */
import { defineRule } from './rule.js';
import { lower, unknownUserHint, userEmails, users } from './util.js';

export const unknownReportsOf = defineRule({
  code: 'RF464',
  name: 'unknown-reports-of',
  severity: 'error',
  meaning: "A user's `reportsOf` names a user that is not declared under `users`.",
  hint: 'Use the email of a declared user, or `all`.',
  check(ctx) {
    const emails = userEmails(ctx);
    users(ctx).forEach((u, i) => {
      if (!Array.isArray(u.reportsOf)) return;
      u.reportsOf.forEach((email, j) => {
        if (!emails.has(lower(email))) {
          ctx.report(['users', i, 'reportsOf', j], `${u.name} sees the call records of "${email}", who is not a declared user`, {
            hint: unknownUserHint(ctx, email, 'Use the email of a declared user, or `all`.'),
          });
        }
      });
    });
  },
});
