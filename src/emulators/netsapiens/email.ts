/**
 * `POST …/users/{user}/email` (welcome email) and `GET …/departments/list`.
 * docs/vendors/netsapiens.md#welcome-email, docs/vendors/netsapiens.md#departments.
 */
import { badRequest } from './errors.js';
import { ok, type Ctx, type Reply } from './routing.js';
import { requireString } from './validation.js';

/** Records the email in `state.emails`; nothing is sent. The spec documents a 200 with an empty object. */
export function sendEmail(ctx: Ctx): Reply {
  const { domain, user } = ctx.state.requireUser(ctx.params.domain!, ctx.params.user!);
  const template = requireString(ctx.body, 'template');
  const subject = requireString(ctx.body, 'subject');
  const to = String(user['email-address'] ?? '');
  // The real server's behaviour for a user without an address is unknown; refusing is the useful signal [I].
  if (!to) throw badRequest(`User ${String(user.user)} has no email-address`);
  ctx.state.emails.push({ domain: domain.name, user: String(user.user), to, template, subject, at: ctx.state.now() });
  return ok({});
}

/** Departments are just a user attribute; the list is derived from the users (spec example `["department 1"]`). */
export function listDepartments(ctx: Ctx): Reply {
  const d = ctx.state.requireDomain(ctx.params.domain!);
  const names = new Set<string>();
  for (const u of d.users.values()) if (typeof u.department === 'string' && u.department) names.add(u.department);
  return ok([...names].sort());
}
