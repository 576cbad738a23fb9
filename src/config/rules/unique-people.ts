/** Uniqueness of what identifies a person: emails (current and earlier) and phone numbers. */
import { defineRule } from './rule.js';
import { lower, reportRepeats, users, type Occurrence } from './util.js';

export const duplicateEmail = defineRule({
  code: 'RF201',
  name: 'duplicate-email',
  severity: 'error',
  meaning: 'Two users have the same email (emails compare case-insensitively).',
  hint: 'An email identifies one user: remove the duplicate entry or merge the two.',
  check(ctx) {
    const occurrences = users(ctx).map((u, i): Occurrence => ({
      key: lower(u.email),
      path: ['users', i, 'email'],
      label: u.name,
    }));
    reportRepeats(ctx, occurrences, (o, first, line) => `email "${o.key}" is already used by ${first.label} (line ${line})`);
  },
});

export const previousEmailInUse = defineRule({
  code: 'RF202',
  name: 'previous-email-in-use',
  severity: 'error',
  meaning: "An email under `previously` is a user's current email, or is listed as earlier email of two users.",
  hint: 'Remove it from `previously`: an earlier email must belong to this user only and to no current user.',
  check(ctx) {
    const current = new Map(users(ctx).map((u, i) => [lower(u.email), i]));
    const earlier: Occurrence[] = [];
    users(ctx).forEach((u, i) =>
      (u.previously ?? []).forEach((p, j) => {
        const path = ['users', i, 'previously', j];
        const owner = current.get(lower(p));
        if (owner === i) ctx.report(path, `"${lower(p)}" is this user's current email, not an earlier one`);
        else if (owner !== undefined) {
          const line = ctx.positionOf(['users', owner, 'email']).line;
          ctx.report(path, `"${lower(p)}" is the current email of ${users(ctx)[owner]!.name} (line ${line})`);
        } else earlier.push({ key: lower(p), path, label: u.name });
      }),
    );
    reportRepeats(ctx, earlier, (o, first, line) => `"${o.key}" is already an earlier email of ${first.label} (line ${line})`);
  },
});

export const duplicatePhone = defineRule({
  code: 'RF203',
  name: 'duplicate-phone',
  severity: 'error',
  meaning: 'Two users have the same phone number.',
  hint: 'Vendors route a number to one user; give each user their own phone or remove it from one.',
  check(ctx) {
    const occurrences = users(ctx).flatMap((u, i): Occurrence[] =>
      u.phone === undefined ? [] : [{ key: u.phone, path: ['users', i, 'phone'], label: u.name }],
    );
    reportRepeats(ctx, occurrences, (o, first, line) => `phone ${o.key} is already used by ${first.label} (line ${line})`);
  },
});
