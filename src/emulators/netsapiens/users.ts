/** Users (`/domains/{domain}/users…`): the call destinations of a domain. docs/vendors/netsapiens.md#users. */
import { ACCEPTED, conflict } from './errors.js';
import { paginate } from './pagination.js';
import { count, ok, type Ctx, type Reply } from './routing.js';
import type { DomainState, NsState, Wire } from './state.js';
import { SCOPES, checkEnum, checkYesNo, requireString, writable } from './validation.js';

/** Read-only in the spec's User schema, plus keys taken from the path or write-only. */
const NOT_WRITABLE = [
  'user-presence-status', 'active-calls-total-current', 'account-status', 'created-datetime', 'last-modified-datetime',
  'domain', 'synchronous',
];

/**
 * The spec's User schema names the address `email` (and requires it) while its examples, `Presence`,
 * the overrides and the PHP client say `email-address` (SPEC-DEFECTS D1). Which one the server sends
 * is unverified, so reads carry both [I].
 */
export function userView(domain: string, user: Wire): Wire {
  const email = user['email-address'];
  // Extra read-only fields the vendor returns, so clients learn to tolerate them.
  return { ...user, ...(email !== undefined ? { email } : {}), domain, 'user-presence-status': 'inactive', 'active-calls-total-current': 0 };
}

/** Normalise a client body: `email` (the spec's create/update property) is stored as `email-address` [I] (SPEC-DEFECTS D1). */
function normalise(body: Wire): Wire {
  const out = writable(body, NOT_WRITABLE);
  if (out.email !== undefined) {
    if (out['email-address'] === undefined) out['email-address'] = out.email;
    delete out.email;
  }
  checkEnum(out, 'user-scope', SCOPES);
  checkYesNo(out);
  return out;
}

/** Create a user with the vendor's defaults; shared by POST and seeding. Throws 400/409. */
export function createUser(state: NsState, d: DomainState, body: Wire): Wire {
  const fields = normalise(body);
  const id = requireString(fields, 'user');
  if (d.users.has(id)) throw conflict('UID already exists.');
  const login = String(fields['login-username'] ?? `${id}@${d.name}`);
  if (state.findLogin(login)) throw conflict(`Login username ${login} already exists.`);
  const now = state.now();
  const user: Wire = {
    'language-token': 'en_US',
    'user-scope': 'Basic User',
    ...fields,
    user: id,
    'login-username': login,
    'account-status': 'new',
    'created-datetime': now,
    'last-modified-datetime': now,
  };
  d.users.set(id, user);
  return user;
}

export function listUsers(ctx: Ctx): Reply {
  const d = ctx.state.requireDomain(ctx.params.domain!);
  // System users (`service-code` system-*) are returned too; hiding them is a portal concern [I].
  const site = ctx.query.site; // spec alternate `GET /domains/{domain}/users#1` (SearchUsers) filters by site
  const users = [...d.users.values()].filter((u) => site === undefined || u.site === site).map((u) => userView(d.name, u));
  return ok(paginate(users, ctx.query));
}

export function countUsers(ctx: Ctx): Reply {
  return count(ctx.state.requireDomain(ctx.params.domain!).users.size);
}

export function getUser(ctx: Ctx): Reply {
  const { domain, user } = ctx.state.requireUser(ctx.params.domain!, ctx.params.user!);
  return ok(userView(domain.name, user));
}

export function postUser(ctx: Ctx): Reply {
  const d = ctx.state.requireDomain(ctx.params.domain!);
  const user = createUser(ctx.state, d, ctx.body);
  return ctx.body.synchronous === 'yes' ? ok(userView(d.name, user)) : ACCEPTED;
}

/** PUT merges a partial body (strict mode's spec check demands the four "required" fields). */
export function putUser(ctx: Ctx): Reply {
  const { domain, user } = ctx.state.requireUser(ctx.params.domain!, ctx.params.user!);
  const fields = normalise(ctx.body);
  delete fields.user; // the extension is the id; it cannot be renamed by PUT
  const login = fields['login-username'];
  if (typeof login === 'string' && login !== user['login-username']) {
    const owner = ctx.state.findLogin(login);
    if (owner) throw conflict(`Login username ${login} already exists.`);
  }
  Object.assign(user, fields, { 'last-modified-datetime': ctx.state.now() });
  domain.users.set(String(user.user), user);
  return ACCEPTED;
}

export function deleteUser(ctx: Ctx): Reply {
  const { domain, user } = ctx.state.requireUser(ctx.params.domain!, ctx.params.user!);
  removeUser(domain, String(user.user));
  return ACCEPTED;
}

/**
 * Removing a user also removes its devices, answer rules and queue memberships. The spec says nothing
 * about this cascade [NF]; an agent entry for a user that no longer exists could not ring, so the
 * emulator drops it [I].
 */
export function removeUser(d: DomainState, user: string): void {
  d.users.delete(user);
  d.devices.delete(user);
  d.answerrules.delete(user);
  for (const agents of d.agents.values()) agents.delete(`${user}@${d.name}`);
}
