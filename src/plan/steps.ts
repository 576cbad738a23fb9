/**
 * Fills the step templates of a manual capability (`{name}`, `{email}`, `{number}`, `{department}`,
 * `{user}`, `{login}` (a user's loginId, else the email), `{changes}`) from the object an action is about. An unknown placeholder is left as written,
 * so a typo in a provider's table shows up in the printed plan rather than vanishing.
 */
import type { ResourceKind } from '../model/address.js';
import type { FieldChange, Record_ } from './types.js';

export interface StepVars {
  name: string;
  email: string;
  number: string;
  department: string;
  user: string;
  /** The user's panel login: `loginId`, else the email. */
  login: string;
  changes: string;
}

export function describeChanges(changes: FieldChange[]): string {
  return changes.map((c) => `${c.field}: ${show(c.before)} → ${show(c.after)}`).join(', ');
}

/**
 * A value as a person types it in a panel: a failover `{type, target}` as `user "raj@example.com"` or
 * `voicemail`, nothing as `none`; anything else as JSON (strings quoted, so spaces and empties stay visible).
 */
function show(value: unknown): string {
  if (value === undefined || value === null) return 'none';
  if (isTypedTarget(value)) return value.target === null || value.target === undefined ? value.type : `${value.type} ${JSON.stringify(value.target)}`;
  return JSON.stringify(value);
}

function isTypedTarget(value: unknown): value is { type: string; target?: string | null } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const v = value as Record<string, unknown>;
  return typeof v.type === 'string' && keys.every((k) => k === 'type' || k === 'target') && (v.target === undefined || v.target === null || typeof v.target === 'string');
}

/** The template variables for an object of `resource` (the desired record, or the live one when deleting). */
export function stepVars(resource: ResourceKind, object: Record_, changes: FieldChange[]): StepVars {
  const text = (key: string) => (typeof object[key] === 'string' ? (object[key] as string) : '');
  const vars: StepVars = { name: '', email: '', number: '', department: '', user: '', login: '', changes: describeChanges(changes) };
  switch (resource) {
    case 'user':
      return { ...vars, name: text('name'), email: text('email'), user: text('email'), login: text('loginId') || text('email'), number: text('extension') };
    case 'extension':
      return { ...vars, number: text('number'), name: text('number') };
    case 'department':
      return { ...vars, name: text('name'), department: text('name'), number: text('extension') };
    case 'schedule':
    case 'role':
      return { ...vars, name: text('name') };
    case 'member':
      return { ...vars, department: text('department'), user: text('user'), email: text('user'), login: text('user'), name: text('user') };
  }
}

export function fillSteps(templates: string[], vars: StepVars): string[] {
  return templates.map((t) =>
    t.replace(/\{(name|email|number|department|user|login|changes)\}/g, (_, key: keyof StepVars) => vars[key]),
  );
}
