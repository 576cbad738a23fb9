/**
 * MyOperator user ↔ ringform user (see README.md, "MyOperator"). The list's fields are [S]
 * (docs/vendors/myoperator.md#user-list) except where marked [I]; settings come from
 * `provider.vendor.myoperator`:
 *
 * - `countryCode` (default "91"): the country code of list entries that carry none, since the list shows a
 *   bare national `contact_number` [S] and no country code is documented on it [NF].
 * - `roleIds`: role name → MyOperator `role_id`, e.g. `{agent: 1, admin: 3}`. The list shows only a
 *   `role_id` [S] and no endpoint names the roles [NF]; an unmapped id reads as the role `role_id N`, so the
 *   plan shows exactly what the vendor said instead of guessing.
 */
import type { Carried } from '../../model/fields.js';
import { RingformError } from '../../errors.js';
import type { LiveUser, UnreadableField } from '../../model/live.js';
import type { User } from '../../model/org.js';
import type { SeatFacts } from '../../model/constraints.js';
import type { Wire } from './client.js';
import { requireEmail } from '../vendor-data.js';
import { defaultWebLogin } from '../../model/web-login.js';

export interface MyoSettings {
  countryCode: string;
  /** role_id → role name. */
  roleNames: Map<string, string>;
  /** provider.vendor.myoperator.seatLimit: the plan's active users, as the panel shows it; null = unknown. */
  seatLimit: number | null;
}

export function settingsOf(vendor: Record<string, unknown>): MyoSettings {
  const cc = vendor.countryCode ?? '91';
  if (typeof cc !== 'string' && typeof cc !== 'number') throw new RingformError('provider.vendor.myoperator.countryCode must be a country code such as "91"');
  const countryCode = String(cc).replace(/^\+/, '');
  if (!/^\d{1,3}$/.test(countryCode)) throw new RingformError(`provider.vendor.myoperator.countryCode "${String(cc)}" must be 1–3 digits`);
  const roleIds = vendor.roleIds ?? {};
  if (typeof roleIds !== 'object' || roleIds === null || Array.isArray(roleIds)) {
    throw new RingformError('provider.vendor.myoperator.roleIds must map role names to MyOperator role_id values, e.g. {agent: 1, admin: 3}');
  }
  const roleNames = new Map<string, string>();
  for (const [name, id] of Object.entries(roleIds)) roleNames.set(String(id), name);
  const seatLimit = vendor.seatLimit ?? null;
  if (seatLimit !== null && !(typeof seatLimit === 'number' && Number.isInteger(seatLimit) && seatLimit >= 0)) {
    throw new RingformError('provider.vendor.myoperator.seatLimit must be the number of active users your MyOperator plan allows (a whole number), as the panel shows it');
  }
  return { countryCode, roleNames, seatLimit };
}

/**
 * Seats: users with "Active User" on (`is_active`, read as panelAccess) take one [I:
 * docs/vendors/myoperator.md#seat-limits], and a user created through the API is active (the emulator's
 * assumption) until a person switches it off. No API shows the limit: org.yaml may state it
 * (provider.vendor.myoperator.seatLimit), otherwise it is unknown.
 */
export function seatsOf(users: Array<{ data: { panelAccess: boolean } }>, settings: MyoSettings): SeatFacts {
  return {
    used: users.filter((u) => u.data.panelAccess).length,
    limit: settings.seatLimit,
    what: 'a user with "Active User" on; a user created through the API is active until switched off in the panel [assumption]',
    limitSource: settings.seatLimit === null ? "no MyOperator API shows it; state it as provider.vendor.myoperator.seatLimit" : 'provider.vendor.myoperator.seatLimit',
    everyCreateTakesASeat: true,
  };
}

export function str(wire: Wire, key: string): string {
  const v = wire[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/** `"1"` / `1` / `true` are on. */
function on(value: unknown): boolean {
  return value === '1' || value === 1 || value === true || value === 'true';
}

/**
 * E.164 → `country_code` + `contact_number`. MyOperator numbers are national 10-digit numbers [S for
 * India]; the digits before the last ten are taken as the country code [I].
 */
export function splitPhone(phone: string, who: string): { country_code: string; contact_number: string } {
  const digits = phone.replace(/^\+/, '');
  if (!/^\d{11,13}$/.test(digits)) {
    throw new RingformError(`${who}: MyOperator needs the phone as + country code and a 10-digit number (e.g. +919876543210), got "${phone}"`);
  }
  return { country_code: digits.slice(0, -10), contact_number: digits.slice(-10) };
}

export function joinPhone(user: Wire, settings: MyoSettings): string | null {
  const number = str(user, 'contact_number').replace(/[\s-]/g, '');
  if (number === '') return null;
  if (number.startsWith('+')) return number;
  const cc = str(user, 'country_code').replace(/^\+/, '') || settings.countryCode;
  return `+${cc}${number}`;
}

export function roleOf(user: Wire, settings: MyoSettings): string {
  const id = str(user, 'role_id');
  return settings.roleNames.get(id) ?? (id === '' ? 'role_id unknown' : `role_id ${id}`);
}

export const CHECK_EMAIL = 'Give the user one email address in the MyOperator panel (Manage → Users → Edit), then run again.';

/** The identity is the email, canonical as vendor-data.ts says; a user without a valid one stops the read. */
export function readUser(user: Wire, settings: MyoSettings): LiveUser {
  const ref = { vendor: 'myoperator', source: 'GET /user', label: `user ${JSON.stringify(str(user, 'uuid'))}` };
  const data: User = {
    email: requireEmail(ref, user.email, CHECK_EMAIL),
    name: str(user, 'name'),
    phone: joinPhone(user, settings),
    // The create takes it; no source shows the list echoing it: when the list lacks it, the field is
    // unverified (unreadableFields), not read as "no extension".
    extension: str(user, 'extension') || null,
    role: roleOf(user, settings),
    // "Active User" (panel access) ↔ is_active [I: docs/vendors/myoperator.md#panel-access-and-receiving-calls].
    panelAccess: on(user.is_active),
    // MyOperator has no disabled state of its own [NF]; the field is declared unsupported.
    status: 'active',
    // "Receive Call" ↔ receive_calls, listed as is_enabled
    // [I: docs/vendors/myoperator.md#panel-access-and-receiving-calls]; a list that carries receive_calls
    // itself wins.
    receiveCalls: on(user.receive_calls ?? user.is_enabled) ? 'always' : 'never',
    // No API reads (or sets) forwarding or voicemail [NF] (capabilities: unsupported): unknown, null.
    forwarding: null,
    voicemail: null,
    invite: 'auto',
    previously: [],
    ...defaultWebLogin(),
    vendor: {},
  };
  // The list has no invite state [NF]: an existing user counts as settled, so the plan asks for an
  // invite only for the users it creates.
  return { id: str(user, 'uuid'), data, inviteStatus: 'unknown', raw: { user_id: str(user, 'user_id'), uuid: str(user, 'uuid') } };
}

/** The body of `POST /user` [S]. */
export function createFields(user: Carried<'user'>, who: string): Record<string, string> {
  if (user.phone === null) throw new RingformError(`${who}: MyOperator needs a phone number for every user (users[].phone, E.164): its calls ring that number`);
  return {
    name: user.name,
    ...splitPhone(user.phone, who),
    ...(user.extension === null ? {} : { extension: user.extension }),
    email: user.email,
  };
}

/** receiveCalls as the API can set it: on or off [S]. Hours need the panel (capabilities). */
export function receiveCallsField(value: string, who: string): { receive_calls: string } {
  if (value === 'always') return { receive_calls: '1' };
  if (value === 'never') return { receive_calls: '0' };
  throw new RingformError(
    `${who}: MyOperator's API can only turn receiving calls on or off; receiving calls on schedule "${value}" needs the ` +
      "user's call-receiving time slots, set in the panel (Manage → Users → Edit → call-receiving time slots). " +
      'Set them there, then declare receiveCalls: always for this user.',
  );
}

/**
 * Fields the list did not carry, so the plan reports them unverified instead of diffing a guess: `extension`
 * (no source shows it on the list, docs/vendors/myoperator.md#evidence-ledger). An empty list says nothing.
 */
export function unreadableFields(users: Wire[]): UnreadableField[] {
  if (users.length === 0 || users.some((u) => Object.hasOwn(u, 'extension'))) return [];
  return [{ resource: 'user', field: 'extension', why: "MyOperator's user list does not show extensions; set on create, check them in the panel (Manage → Users)" }];
}
