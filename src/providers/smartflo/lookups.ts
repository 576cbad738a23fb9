/**
 * Account lists the provider resolves names against, read once per `read()`: roles (`GET /v1/roles`
 * [I: seen only in public client code]) and the account's numbers (`GET /v1/my_number` [S: client code],
 * item shape [I]) for caller ids.
 */
import { RingformError } from '../../errors.js';
import type { SfClient } from './client.js';
import { e164Of, listOf, obj, rolesOf, str, type SfRole, type Wire } from './mapper.js';

export interface SfNumber {
  id: number;
  e164: string | null;
}

export class Lookups {
  private rolesCache: Promise<SfRole[]> | null = null;
  private numbersCache: Promise<SfNumber[]> | null = null;
  /**
   * `GET /v1/roles` answered 404 once: the tenant has no such endpoint, and it will not grow one between two
   * reads of the same run, so later reads go straight to the users' `user_role` (kept across `reset()`).
   */
  private rolesEndpointAbsent = false;
  /** The roles `GET /v1/roles` listed on the last read; null when it did not answer (roles from the users). */
  private listedRoles: SfRole[] | null = null;

  /** `listUsers`: every item of `GET /v1/users` (users.ts), for roles when `/v1/roles` is absent. */
  /**
   * `configured`: `provider.vendor.smartflo.roleIds` (role name → id), the way the create page says to find a
   * role id ("copy it from the URL when editing the role in the web panel" [S: create-user]); needed for a
   * role no user holds yet when `/v1/roles` is absent.
   */
  constructor(
    private readonly sf: SfClient,
    private readonly listUsers: () => Promise<Wire[]>,
    private readonly configured: SfRole[] = [],
  ) {}

  /** Forget cached lists (a new read sees roles created in the panel since). */
  reset(): void {
    this.rolesCache = null;
    this.numbersCache = null;
  }

  /**
   * Roles: `GET /v1/roles` when the tenant has it (one client calls it; no Tata page documents it), else
   * the `user_role {id, name}` of the users in `GET /v1/users` [S: fetch-multiple-users], which knows only
   * the roles some user holds.
   */
  roles(): Promise<SfRole[]> {
    this.rolesCache ??= (this.rolesEndpointAbsent ? Promise.resolve(null) : this.sf.find('/v1/roles')).then(async (body) => {
      if (body === null) this.rolesEndpointAbsent = true;
      this.listedRoles = body === null ? null : rolesOf(body);
      return withConfigured(body === null ? rolesOfUsers(await this.listUsers()) : rolesOf(body), this.configured);
    });
    this.rolesCache.catch(() => (this.rolesCache = null));
    return this.rolesCache;
  }

  /**
   * Review A2: `provider.vendor.smartflo.roleIds` naming an id that `GET /v1/roles` does not list (Smartflo
   * answers 422 "The selected user role is invalid." to a create or role change sending it). Known only when
   * `GET /v1/roles` answered (the users' roles list only the roles someone holds): undefined otherwise.
   * Call after roles().
   */
  configuredIdCheck(): { unknown: SfRole[]; listed: SfRole[] } | undefined {
    if (this.listedRoles === null) return undefined;
    const ids = new Set(this.listedRoles.map((r) => r.id));
    return { unknown: this.configured.filter((r) => !ids.has(r.id)), listed: this.listedRoles };
  }

  numbers(): Promise<SfNumber[]> {
    this.numbersCache ??= this.sf.get('/v1/my_number').then((body) =>
      listOf(body).map((n) => ({ id: Number(n.id), e164: e164Of(str(n, 'did') || str(n, 'number')) })),
    );
    this.numbersCache.catch(() => (this.numbersCache = null));
    return this.numbersCache;
  }

  /**
   * `caller_id` ids (mandatory on create): numbers from `users[].vendor.smartflo.caller_id`, else
   * `provider.vendor.caller_id`, else the account's only number. Entries are E.164 numbers or ids.
   */
  async callerIds(wanted: unknown, who: string): Promise<number[]> {
    const numbers = await this.numbers();
    if (wanted === undefined) {
      if (numbers.length === 1) return [numbers[0]!.id];
      throw new RingformError(`${who}: Smartflo needs at least one caller id for a new user; set users[].callerIds (or provider.vendor.smartflo.caller_id, for every new user) to numbers of the account`);
    }
    const list = Array.isArray(wanted) ? wanted : [wanted];
    return list.map((entry) => {
      const found = numbers.find((n) => n.e164 === String(entry) || n.id === Number(entry));
      if (!found) throw new RingformError(`${who}: caller id ${JSON.stringify(entry)} is not a number of this Smartflo account (GET /v1/my_number)`);
      return found.id;
    });
  }
}

/** The distinct `user_role {id, name}` of list items [S: fetch-multiple-users]. */
export function rolesOfUsers(items: Wire[]): SfRole[] {
  const byId = new Map<number, SfRole>();
  for (const item of items) {
    const role = obj(item.user_role);
    const id = Number(role.id);
    const name = str(role, 'name');
    if (Number.isInteger(id) && name !== '' && !byId.has(id)) byId.set(id, { id, name });
  }
  return [...byId.values()];
}

/** Configured roles first (the tenant's own word), then the read ones not named the same and not of a configured id. */
function withConfigured(read: SfRole[], configured: SfRole[]): SfRole[] {
  const names = new Set(configured.map((r) => r.name.toLowerCase()));
  const ids = new Set(configured.map((r) => r.id));
  return [...configured, ...read.filter((r) => !names.has(r.name.toLowerCase()) && !ids.has(r.id))];
}

/** `provider.vendor.smartflo.roleIds`: `{agent: 3, admin: 1}` → roles; anything else is refused with the fix. */
export function configuredRoles(vendor: Record<string, unknown>): SfRole[] {
  const raw = vendor.roleIds ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new RingformError('provider.vendor.smartflo.roleIds must map role names to Smartflo role ids, e.g. {agent: 3, admin: 1}');
  }
  return Object.entries(raw).map(([name, id]) => {
    if (!Number.isInteger(Number(id))) throw new RingformError(`provider.vendor.smartflo.roleIds.${name} must be a role id (an integer from the role's URL in the panel)`);
    return { id: Number(id), name };
  });
}
