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

/**
 * Two users cannot sign in with one login id: Smartflo answers `422 The login id has already been taken`
 * (seen on the emulator, which follows docs/vendors/smartflo.md#web-login-and-agent-details). A user without
 * `loginId` signs in with the email, so a login id equal to another user's email clashes too. Compared
 * ignoring case: whether Smartflo does is not documented, and the stricter reading refuses at validate what
 * could otherwise fail half way through apply (assumption).
 */
export const duplicateLoginId = defineRule({
  code: 'RF465',
  name: 'duplicate-login-id',
  severity: 'error',
  meaning: 'Two users would sign in with the same login id (a `loginId`, or the email of a user without one).',
  hint: 'Give each user a login id of their own.',
  check(ctx) {
    // Two users without a loginId clash only by email, which the duplicate-email rule reports.
    const occurrences = users(ctx).map((u, i) => ({
      key: lower(u.loginId ?? u.email),
      path: u.loginId === undefined ? ['users', i, 'email'] : ['users', i, 'loginId'],
      label: u.email,
      explicit: u.loginId !== undefined,
    }));
    const first = new Map<string, (typeof occurrences)[number]>();
    for (const o of occurrences) {
      const earlier = first.get(o.key);
      if (!earlier) first.set(o.key, o);
      else if (o.explicit || earlier.explicit) {
        ctx.report(o.path, `${o.label} would sign in as "${o.key}", the login id of ${earlier.label} (line ${ctx.positionOf(earlier.path).line})`);
      }
    }
  },
});
