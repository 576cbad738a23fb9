/**
 * The `/user` endpoints (docs/vendors/myoperator.md#users): list with `page` / `page-size` / `next_page`, create, and an
 * update keyed by `uuid` in the body. Answers use the vendor's envelope `{status, code, data | message}`.
 */
import { listView, MyoError, type MyoState, type MyoUser } from './state.js';

export type Fields = Record<string, string>;

export interface Envelope {
  status: 'success' | 'error';
  code: number;
  data?: unknown;
  message?: string;
  next_page?: number | null;
}

/** Fields each write takes; anything else is logged as a violation. */
export const CREATE_FIELDS = ['token', 'name', 'contact_number', 'country_code', 'extension', 'email'];
/** `receive_calls` is the one field seen in the wild [S]; the rest mirror the create [I]. */
export const UPDATE_FIELDS = ['token', 'uuid', 'receive_calls', 'name', 'contact_number', 'country_code', 'extension', 'email'];

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

export function listUsers(state: MyoState, query: Fields): Envelope {
  const keyword = (query.keyword ?? '').toLowerCase();
  const matching = state.users.filter((u) => !keyword || [u.name, u.email, u.contact_number].some((v) => v.toLowerCase().includes(keyword)));
  const view = (users: MyoUser[]) => users.map((u) => listView(u, state.options.listFields));
  if (query._all === '1') return { status: 'success', code: 200, data: view(matching), next_page: null };
  const page = positive(query.page, 1, 'page');
  const size = Math.min(positive(query['page-size'], DEFAULT_PAGE_SIZE, 'page-size'), MAX_PAGE_SIZE);
  const data = view(matching.slice((page - 1) * size, page * size));
  return { status: 'success', code: 200, data, next_page: page * size < matching.length ? page + 1 : null };
}

export function createUser(state: MyoState, body: Fields): Envelope {
  const user = state.add({
    name: required(body, 'name'),
    email: email(required(body, 'email')),
    contact_number: digits(required(body, 'contact_number'), 'contact_number', 6, 12),
    country_code: countryCode(body.country_code ?? '91'),
    extension: body.extension ? digits(body.extension, 'extension', 2, 6) : '',
  });
  // The envelope's `data` [S: https://myoperator.com/api]; that it holds the new user is not shown anywhere [I].
  return { status: 'success', code: 200, data: state.options.evidenceOnly ? [] : [user] };
}

export function updateUser(state: MyoState, body: Fields): Envelope {
  const user = state.find(required(body, 'uuid'));
  const fields: Partial<MyoUser> = {};
  if (body.receive_calls !== undefined) fields.is_enabled = flag(body.receive_calls, 'receive_calls');
  if (body.name !== undefined) fields.name = required(body, 'name');
  if (body.email !== undefined) fields.email = email(required(body, 'email'));
  if (body.contact_number !== undefined) fields.contact_number = digits(body.contact_number, 'contact_number', 6, 12);
  if (body.country_code !== undefined) fields.country_code = countryCode(body.country_code);
  if (body.extension !== undefined) fields.extension = body.extension === '' ? '' : digits(body.extension, 'extension', 2, 6);
  state.change(user, fields);
  return { status: 'success', code: 200, message: 'User updated successfully' };
}

function required(body: Fields, name: string): string {
  const value = (body[name] ?? '').trim();
  if (value === '') throw new MyoError(400, `${name} is required`);
  return value;
}

function email(value: string): string {
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) throw new MyoError(400, 'email is not valid');
  return value;
}

function digits(value: string, name: string, min: number, max: number): string {
  if (!new RegExp(`^\\d{${min},${max}}$`).test(value)) throw new MyoError(400, `${name} must be ${min}–${max} digits`);
  return value;
}

/** `"91"` and `"+91"` are both seen [S]; stored without the plus. */
function countryCode(value: string): string {
  return digits(value.replace(/^\+/, ''), 'country_code', 1, 3);
}

function flag(value: string, name: string): '0' | '1' {
  if (value === '1' || value === 'true') return '1';
  if (value === '0' || value === 'false') return '0';
  throw new MyoError(400, `${name} must be 1 or 0`);
}

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new MyoError(400, `${name} must be a positive integer`);
  return n;
}
