/**
 * Which fields org.yaml leaves unset on each declared object, for the fields the catalogue treats as
 * unmanaged when unset (model/fields.ts). Extensions that config adds for a user's or department's number
 * without an `extensions` entry have every such field unset: org.yaml says nothing about them.
 */
import { KEY_FIELD, unmanagedWhenUnset } from '../model/fields.js';
import { allManaged, type DeclaredKind, type Org, type UnsetFields } from '../model/org.js';
import type * as W from './written.generated.js';

type Written = Record<string, unknown>;

/**
 * The same list of fields is one frozen array shared by every object that leaves exactly those out (issue
 * 18, memory: one array per object was ~11 MB of a 50,000-user org). Nothing changes the lists in place
 * (plan/adopt.ts builds new ones); frozen, a change would throw instead of reaching every object.
 */
function unsetIn(unmanaged: readonly string[], written: object, shared: Map<string, string[]>): string[] {
  const fields = unmanaged.filter((field) => (written as Written)[field] === undefined);
  const key = fields.join(' ');
  let one = shared.get(key);
  if (!one) shared.set(key, (one = Object.freeze(fields) as string[]));
  return one;
}

function table(kind: DeclaredKind, objects: readonly object[], keyOf: (o: Written) => string): Record<string, string[]> {
  const shared = new Map<string, string[]>();
  // The catalogue's list once per kind, not once per object (it is built from the field specs on each call).
  const unmanaged = unmanagedWhenUnset(kind);
  const entries = objects
    .map((o): [string, string[]] => [keyOf(o as Written), unsetIn(unmanaged, o, shared)])
    .filter(([, fields]) => fields.length > 0);
  return Object.fromEntries(entries);
}

const keyed = (kind: DeclaredKind) => (o: Written) => String(o[KEY_FIELD[kind]]);

/** `org` is the normalised org made from `written`; its extensions include those config added. */
export function unsetFields(written: W.WrittenOrg, org: Omit<Org, 'unset'>): UnsetFields {
  const declaredNumbers = new Set((written.extensions ?? []).map((e) => e.number));
  const added = org.extensions.filter((e) => !declaredNumbers.has(e.number)).map((e) => ({ number: e.number }));
  const unset = allManaged();
  unset.user = table('user', (written.users ?? []), (u) => String(u.email).toLowerCase());
  unset.extension = table('extension', [...(written.extensions ?? []), ...added], keyed('extension'));
  unset.department = table('department', (written.departments ?? []), keyed('department'));
  unset.schedule = table('schedule', (written.schedules ?? []), keyed('schedule'));
  unset.role = table('role', (written.roles ?? []), keyed('role'));
  return unset;
}
