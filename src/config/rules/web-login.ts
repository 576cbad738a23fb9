/** `reportsOf` (whose call records a user sees) names declared users, as department members do. */
import { isIP } from 'node:net';
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

/**
 * What is wrong with one `allowedIps` entry, or null: an IPv4 or IPv6 address (node:net's reading: dotted quads
 * without leading zeros, IPv6 with `::` and an embedded IPv4 tail), optionally with a /prefix of 0 to 32 (IPv4)
 * or 0 to 128 (IPv6). A zone id (`fe80::1%eth0`) names an interface of one machine, never a panel's client
 * address: refused. The schema's pattern is for editors only (schema-compile.ts): this is validate's check.
 */
export function allowedIpProblem(entry: string): string | null {
  const [address = '', prefix, ...more] = entry.split('/');
  if (more.length > 0) return 'has more than one /';
  const version = address.includes('%') ? 0 : isIP(address);
  if (version === 0) return `"${address}" is not an IPv4 or IPv6 address`;
  if (prefix === undefined) return null;
  const max = version === 4 ? 32 : 128;
  if (!/^(0|[1-9][0-9]{0,2})$/.test(prefix) || Number(prefix) > max) return `/${prefix} is not a prefix length for IPv${version} (0 to ${max})`;
  return null;
}

export const invalidAllowedIp = defineRule({
  code: 'RF480',
  name: 'invalid-allowed-ip',
  severity: 'error',
  meaning: "An entry of a user's `allowedIps` is not an IPv4 or IPv6 address with an optional /prefix of a valid length.",
  hint: 'Write an IPv4 address (203.0.113.7) or an IPv6 address (2001:db8::7), optionally with a /prefix: 0 to 32 for IPv4, 0 to 128 for IPv6 (203.0.113.0/24).',
  check(ctx) {
    users(ctx).forEach((u, i) => {
      (u.allowedIps ?? []).forEach((entry, j) => {
        if (typeof entry !== 'string') return;
        const problem = allowedIpProblem(entry);
        if (problem !== null) ctx.report(['users', i, 'allowedIps', j], `allowed IP "${entry}" of ${u.name}: ${problem}`);
      });
    });
  },
});
