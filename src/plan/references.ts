/**
 * What an object refers to, as addresses: the edges of the dependency graph come from these. A user
 * refers to its extension, its custom role, its call schedule, the schedules of its forwarding and the users
 * whose call records it sees (`reportsOf`); a department to its extension, its hours, its manager and its
 * failover user or department; a member to its user and department; an invite to its user.
 *
 * User addresses are compared lower-cased (emails are case-insensitive); `refKey` does that.
 */
import { addressOf, parseAddress } from '../model/address.js';
import { BUILTIN_ROLES, type Forwarding } from '../model/org.js';
import { forwardingSchedules } from '../model/forwarding.js';
import type { Draft } from './draft.js';
import type { Record_ } from './types.js';

export function refKey(address: string): string {
  return parseAddress(address)?.kind === 'user' ? address.toLowerCase() : address;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

function userRefs(o: Record_): string[] {
  // Stryker disable next-line ArrayDeclaration: a stray string in the list is no address (no draft is at it), so it links nothing
  const refs: string[] = [];
  const ext = str(o['extension']);
  const role = str(o['role']);
  const calls = str(o['receiveCalls']);
  if (ext) refs.push(addressOf('extension', ext));
  if (role && !(BUILTIN_ROLES as readonly string[]).includes(role)) refs.push(addressOf('role', role));
  if (calls && calls !== 'always' && calls !== 'never') refs.push(addressOf('schedule', calls));
  // Whose call records the user sees: those users exist first (Smartflo names their agents).
  const reportsOf = o['reportsOf'];
  if (Array.isArray(reportsOf)) for (const email of reportsOf) if (str(email)) refs.push(addressOf('user', email as string));
  for (const schedule of forwardingSchedules(o['forwarding'] as Forwarding | null | undefined)) refs.push(addressOf('schedule', schedule));
  return refs;
}

function departmentRefs(o: Record_): string[] {
  const refs: string[] = [];
  const ext = str(o['extension']);
  const hours = str(o['hours']);
  const manager = str(o['manager']);
  const failover = o['failover'] as { type?: string; target?: unknown } | null | undefined;
  if (ext) refs.push(addressOf('extension', ext));
  if (hours) refs.push(addressOf('schedule', hours));
  if (manager) refs.push(addressOf('user', manager));
  const target = str(failover?.target);
  // Stryker disable next-line OptionalChaining: `target` is null whenever `failover` is, so `&&` never reaches it
  if (target && failover?.type === 'user') refs.push(addressOf('user', target));
  // Stryker disable next-line OptionalChaining: as above
  if (target && failover?.type === 'department') refs.push(addressOf('department', target));
  return refs;
}

function memberRefs(o: Record_): string[] {
  const user = str(o['user']);
  const department = str(o['department']);
  return [...(user ? [addressOf('user', user)] : []), ...(department ? [addressOf('department', department)] : [])];
}

/** The addresses (as ref keys) a user, department or member record refers to; the record may be partial. */
export function recordRefs(resource: string, object: Record_): string[] {
  const refs = resource === 'user' ? userRefs(object) : resource === 'department' ? departmentRefs(object) : resource === 'member' ? memberRefs(object) : [];
  return refs.map(refKey);
}

/** The addresses (as ref keys) the draft's object refers to before or after it runs. */
export function refsOf(draft: Draft, side: 'before' | 'after'): Set<string> {
  const object = draft[side];
  if (!object) return new Set();
  let refs: string[];
  if (draft.intent === 'invite' || draft.intent === 'cancel-invite') refs = [draft.action.address];
  else if (draft.action.resource === 'user') refs = userRefs(object);
  else if (draft.action.resource === 'department') {
    // A department being deleted lets go of its members with it, so users it holds are deleted after it.
    const members = draft.intent === 'delete' && side === 'before' ? (object['members'] as Array<{ user: string }> | undefined) ?? [] : [];
    refs = [...departmentRefs(object), ...members.map((m) => addressOf('user', m.user))];
  }
  else if (draft.action.resource === 'member') refs = memberRefs(object);
  else refs = [];
  return new Set(refs.map(refKey));
}

/** The extension number a user or department draft holds before or after it runs. */
export function extensionOf(draft: Draft, side: 'before' | 'after'): string | null {
  const { resource } = draft.action;
  if (resource !== 'user' && resource !== 'department') return null;
  if (draft.intent === 'invite' || draft.intent === 'cancel-invite') return null;
  return str(draft[side]?.['extension']);
}
