/** Phone numbers in E.164 form. */
import { defineRule } from './rule.js';
import { E164, users } from './util.js';

export const invalidPhone = defineRule({
  code: 'RF210',
  name: 'invalid-phone',
  severity: 'error',
  meaning: "A user's phone is not an E.164 number (+, country code, 7 to 15 digits, no spaces).",
  hint: 'Write + and the country code, then the number, with no spaces or dashes, e.g. +919876543210.',
  check(ctx) {
    users(ctx).forEach((u, i) => {
      if (u.phone !== undefined && !E164.test(u.phone)) {
        const compact = u.phone.replace(/[\s().-]/g, '');
        const hint = E164.test(compact) ? `Write it without separators: "${compact}".` : undefined;
        ctx.report(['users', i, 'phone'], `phone "${u.phone}" of ${u.name} is not an E.164 number`, { hint });
      }
    });
  },
});
