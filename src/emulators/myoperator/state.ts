/**
 * The emulated MyOperator company: its users, as the `/user` endpoints see them (docs/vendors/myoperator.md#users).
 * String flags (`"1"`/`"0"`) and two ids per user (`user_id`, `uuid`) as in the observed list response.
 */
import { randomUUID } from 'node:crypto';

export interface MyoUser {
  user_id: string;
  uuid: string;
  name: string;
  contact_number: string;
  country_code: string;
  alternate_number: string;
  email: string;
  /** Echoed on the list [I: docs/vendors/myoperator.md#user-list says only "likely"]. */
  extension: string;
  role_id: string;
  /** "Receive Call" (receive_calls on PUT) [I: docs/vendors/myoperator.md#panel-access-and-receiving-calls]. */
  is_enabled: '0' | '1';
  /** "Active User": panel access, counts against the seat limit [I: docs/vendors/myoperator.md#seat-limits]. */
  is_active: '0' | '1';
}

/** A refusal the vendor answers with its error envelope. */
export class MyoError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export interface StateOptions {
  /** Users with panel access (is_active "1") the plan allows; null = no limit. */
  seatLimit: number | null;
  /** role_id of a new user [I: the default role is not documented]. */
  defaultRoleId: string;
  /**
   * Which fields `GET /user` shows: `evidence` (default) only those public client code shows
   * (src/providers/myoperator/evidence.ts); `extended` also `extension` and `country_code`, which no source
   * shows on the list.
   */
  listFields?: 'evidence' | 'extended';
  /** Answers carry only what a source shows (index.ts `evidenceOnly`). */
  evidenceOnly?: boolean;
}

/** The list item's fields public client code shows (docs/vendors/myoperator.md#user-list). */
export const EVIDENCE_LIST_FIELDS = ['user_id', 'uuid', 'name', 'email', 'contact_number', 'alternate_number', 'role_id', 'is_enabled', 'is_active'] as const;

/** A user as `GET /user` shows it. */
export function listView(user: MyoUser, fields: StateOptions['listFields']): Partial<MyoUser> {
  if (fields === 'extended') return { ...user };
  const out: Partial<MyoUser> = {};
  for (const k of EVIDENCE_LIST_FIELDS) (out as Record<string, unknown>)[k] = user[k];
  return out;
}

export class MyoState {
  readonly users: MyoUser[] = [];
  private nextId = 1001;

  constructor(readonly options: StateOptions) {}

  find(uuid: string): MyoUser {
    const user = this.users.find((u) => u.uuid === uuid);
    if (!user) throw new MyoError(404, 'user not found');
    return user;
  }

  add(fields: Partial<MyoUser> & Pick<MyoUser, 'name' | 'contact_number' | 'email'>): MyoUser {
    const user: MyoUser = {
      user_id: String(this.nextId++),
      uuid: randomUUID().replace(/-/g, ''),
      country_code: '91',
      alternate_number: '',
      extension: '',
      role_id: this.options.defaultRoleId,
      is_enabled: '1',
      is_active: '1',
      ...fields,
    };
    this.checkUnique(user);
    if (user.is_active === '1') this.checkSeats(null);
    this.users.push(user);
    return user;
  }

  /** Applies `fields` to a copy first, so a refused change leaves the user as it was. */
  change(user: MyoUser, fields: Partial<MyoUser>): void {
    const next = { ...user, ...fields };
    this.checkUnique(next);
    if (next.is_active === '1' && user.is_active !== '1') this.checkSeats(user);
    Object.assign(user, fields);
  }

  private checkUnique(user: MyoUser): void {
    for (const other of this.users) {
      if (other.uuid === user.uuid) continue;
      if (other.email.toLowerCase() === user.email.toLowerCase()) throw new MyoError(400, 'email already exists');
      if (other.contact_number === user.contact_number) throw new MyoError(400, 'contact number already exists');
      if (user.extension !== '' && other.extension === user.extension) throw new MyoError(400, 'extension already exists');
    }
  }

  private checkSeats(except: MyoUser | null): void {
    const limit = this.options.seatLimit;
    if (limit === null) return;
    const used = this.users.filter((u) => u !== except && u.is_active === '1').length;
    if (used >= limit) throw new MyoError(400, `user limit reached: your plan allows ${limit} active users`);
  }
}
