/** Field checks shared by the user and department handlers; failures are the vendor's `{success:false, message}`. */
import { badRequest, invalid, notFound } from './errors.js';
import type { Body } from './routing.js';
import type { SfState } from './state.js';

export function requireFields(body: Body, fields: readonly string[]): void {
  for (const f of fields) {
    if (body[f] === undefined || body[f] === null || body[f] === '') throw invalid(f, `The ${f} field is required.`);
  }
}

export function text(body: Body, field: string): string {
  const v = body[field];
  if (typeof v !== 'string') throw invalid(field, `The ${field} must be a string.`);
  return v.trim();
}

export function bool(body: Body, field: string, fallback: boolean): boolean {
  const v = body[field];
  if (v === undefined) return fallback;
  if (typeof v === 'boolean') return v;
  if (v === 0 || v === 1 || v === '0' || v === '1') return Number(v) === 1;
  throw invalid(field, `The ${field} field must be true or false.`);
}

/** Login ID: at least 6 characters [S: help centre, docs/vendors/smartflo.md#help-centre-rules-for-users]. */
export function loginId(body: Body): string {
  const id = text(body, 'login_id');
  if (id.length < 6) throw invalid('login_id', 'The login id must be at least 6 characters.');
  return id;
}

/** 10 digits, or `+` and digits when international calling is on [S: help centre]; the emulator accepts either form. */
export function phoneNumber(body: Body): string {
  const n = text(body, 'number');
  if (!/^\d{10}$/.test(n) && !/^\+\d{8,15}$/.test(n)) throw invalid('number', 'The number must be a valid 10 digit mobile number.');
  return n;
}

export function roleId(state: SfState, body: Body): number {
  const id = Number(body.user_role);
  if (!Number.isInteger(id) || !state.fixtures.roles.some((r) => r.id === id)) throw invalid('user_role', 'The selected user role is invalid.');
  return id;
}

export function callerIds(state: SfState, body: Body): number[] {
  const list = body.caller_id;
  if (!Array.isArray(list) || list.length === 0) throw invalid('caller_id', 'The caller id field is required.');
  return list.map((x) => {
    const id = Number(x);
    if (!state.fixtures.myNumbers.some((n) => n.id === id)) throw invalid('caller_id', `The selected caller id ${String(x)} is invalid.`);
    return id;
  });
}

export function agentGroups(state: SfState, body: Body): string[] {
  const list = body.agent_group ?? [];
  if (!Array.isArray(list)) throw invalid('agent_group', 'The agent group must be an array.');
  return list.map((g) => {
    if (!state.fixtures.agentGroups.includes(String(g))) throw invalid('agent_group', `The selected agent group ${String(g)} is invalid.`);
    return String(g);
  });
}

export function integerId(raw: string | undefined, what: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) throw notFound(`${what} not found`);
  return id;
}

export function limitParam(query: Record<string, string>, fallback: number, max: number): number {
  const raw = query.limit;
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) throw badRequest(`The limit must be an integer between 1 and ${max}.`);
  return n;
}
