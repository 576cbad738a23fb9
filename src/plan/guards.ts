/**
 * Safety rails, computed into the plan (docs/design.md#mass-change-guards, octoDNS's TooMuchChange): the plan is always
 * complete, and the guards say whether applying it needs --force (mass deletes) or must not happen at
 * all (protected users).
 *
 * Decisions:
 * - Deletes and replaces are counted by intent, so manual ones count too: a plan that tells a person to
 *   delete half the org is as dangerous as one that does it.
 * - The delete share is of the managed live objects of the collection (ignored ones are never at risk).
 * - All, or nearly all, of a collection needs --force at any size and whatever maxDeletePercent says
 *   (`users: []` with prune.users on deletes every user): see nearlyAll. Where it trips, the percent
 *   guard is not repeated for the same collection.
 * - Protected: settings.guards.protectedUsers, every live user whose role ranks as owner (a custom role
 *   ranks as its base), and, when no active admin or owner would remain among live users after the plan,
 *   every live active admin or owner the plan deletes, disables or demotes. A replace that keeps role
 *   and status is not a loss.
 */
import { COLLECTION_OF_KIND } from '../model/fields.js';
import { addressOf, parseAddress } from '../model/address.js';
import { BUILTIN_ROLES, type BuiltinRole, type Collection, type Role, type User } from '../model/org.js';
import type { LiveOrg } from '../model/live.js';
import type { Guards } from '../model/org.js';
import type { OrgOrigin } from '../model/origin.js';
import { intentOf, type Intent } from './draft.js';
import type { Action, GuardViolation } from './types.js';

const COUNTED: Partial<Record<Action['resource'], Collection>> = COLLECTION_OF_KIND;

const MIN_LIVE_FOR_PERCENT = 10;

const REMOVING: ReadonlySet<Intent> = new Set(['delete', 'replace']);
const DELETING: ReadonlySet<Intent> = new Set(['delete']);

/** Addresses by counted collection of the actions whose intent is one of `intents`. */
function deletions(actions: Action[], intents: ReadonlySet<Intent>): Map<Collection, string[]> {
  const out = new Map<Collection, string[]>();
  for (const a of actions) {
    const collection = COUNTED[a.resource];
    if (!collection || !intents.has(intentOf(a))) continue;
    const list = out.get(collection) ?? [];
    list.push(a.address);
    out.set(collection, list);
  }
  return out;
}

/**
 * "All or nearly all" of a collection of `live` managed objects (README, Guards): every one of them, or,
 * when at least two go, all but at most max(1, ⌊live / 10⌋) of them (2 of 3, 8 of 9, 18 of 20, 90 of
 * 100). Only deletes count here: a replace re-creates the object, so it does not empty the collection
 * (replaces count towards maxDeletes and maxDeletePercent).
 */
export function nearlyAll(deleted: number, live: number): boolean {
  if (deleted >= live) return deleted > 0;
  return deleted >= 2 && live - deleted <= Math.max(1, Math.floor(live / 10));
}

/**
 * Where org.yaml says what a collection keeps: its key and its prune setting (a delete is only ever
 * planned by a prune, diff.ts; replaces do not count towards nearly-all).
 */
function whereDeclared(collection: Collection, origin: OrgOrigin | undefined): string {
  const at = (key: string) => {
    if (!origin) return 'in org.yaml';
    const line = origin.lines[key];
    return line === undefined ? `(not written) in ${origin.file}` : `at ${origin.file}:${line}`;
  };
  return `\`${collection}:\` ${at(collection)} with \`prune.${collection}: true\` ${at(`settings.prune.${collection}`)}`;
}

export function deleteGuards(actions: Action[], guards: Guards, managedLive: Record<Collection, number>, origin?: OrgOrigin): GuardViolation[] {
  const out: GuardViolation[] = [];
  const byCollection = deletions(actions, REMOVING);
  const deleted = deletions(actions, DELETING);
  const all = [...byCollection.values()].flat().sort();
  if (guards.maxDeletes !== null && all.length > guards.maxDeletes) {
    out.push({
      code: 'max-deletes',
      message: `the plan deletes or replaces ${all.length} objects, more than settings.guards.maxDeletes (${guards.maxDeletes})`,
      forceable: true,
      addresses: all,
    });
  }
  for (const [collection, addresses] of [...byCollection].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const live = managedLive[collection];
    const gone = deleted.get(collection) ?? [];
    if (nearlyAll(gone.length, live)) {
      const share = gone.length >= live ? `all ${live}` : `${gone.length} of ${live}`;
      out.push({
        code: 'nearly-all',
        message: `the plan deletes ${share} ${collection}, all or nearly all of them (${whereDeclared(collection, origin)}); declare the ${collection} to keep, or run again with --force if this is intended`,
        forceable: true,
        addresses: [...gone].sort(),
      });
      continue;
    }
    if (live < MIN_LIVE_FOR_PERCENT) continue;
    const percent = (addresses.length / live) * 100;
    if (percent <= guards.maxDeletePercent) continue;
    out.push({
      code: 'max-delete-percent',
      message: `the plan deletes or replaces ${addresses.length} of ${live} ${collection} (${Math.round(percent)}%), more than settings.guards.maxDeletePercent (${guards.maxDeletePercent}%)`,
      forceable: true,
      addresses: [...addresses].sort(),
    });
  }
  return out;
}

function rankOf(role: string, roles: Role[]): number {
  const builtin = BUILTIN_ROLES.indexOf(role as BuiltinRole);
  if (builtin >= 0) return builtin;
  const custom = roles.find((r) => r.name === role);
  return custom ? BUILTIN_ROLES.indexOf(custom.base) : 0;
}

const ADMIN = BUILTIN_ROLES.indexOf('admin');
const OWNER = BUILTIN_ROLES.indexOf('owner');

interface Outcome {
  address: string;
  email: string;
  before: User;
  deleted: boolean;
  role: string;
  status: User['status'];
}

/** What the plan does to each live user, found through the actions' vendor ids. */
function outcomes(actions: Action[], live: LiveOrg): Outcome[] {
  const byVendorId = new Map<string, Action[]>();
  for (const a of actions) {
    if (a.resource !== 'user' || a.vendorId === null) continue;
    byVendorId.set(a.vendorId, [...(byVendorId.get(a.vendorId) ?? []), a]);
  }
  return live.users.map((l) => {
    const o: Outcome = { address: addressOf('user', l.data.email), email: l.data.email, before: l.data, deleted: false, role: l.data.role, status: l.data.status };
    for (const a of byVendorId.get(l.id) ?? []) {
      const intent = intentOf(a);
      if (intent === 'delete') o.deleted = true;
      if (intent !== 'update' && intent !== 'replace') continue;
      o.address = a.address;
      for (const c of 'changes' in a ? a.changes : []) {
        if (c.field === 'role') o.role = String(c.after);
        if (c.field === 'status') o.status = c.after as User['status'];
      }
    }
    return o;
  });
}

function loss(o: Outcome, liveRoles: Role[], desiredRoles: Role[]): string | null {
  if (o.deleted) return 'delete';
  if (o.before.status === 'active' && o.status !== 'active') return 'disable';
  if (rankOf(o.role, desiredRoles) < rankOf(o.before.role, liveRoles)) return `demote (${o.before.role} → ${o.role})`;
  return null;
}

export function protectionGuards(actions: Action[], guards: Guards, live: LiveOrg, desiredRoles: Role[]): GuardViolation[] {
  const liveRoles = live.roles.map((r) => r.data);
  const listed = new Set(guards.protectedUsers.map((e) => e.toLowerCase()));
  const results = outcomes(actions, live);
  const adminsLeft = results.filter((o) => !o.deleted && o.status === 'active' && rankOf(o.role, desiredRoles) >= ADMIN);
  const out: GuardViolation[] = [];
  // By address, then live email: a listing that repeats a user gives two outcomes at one address.
  for (const o of results.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : a.email < b.email ? -1 : 1))) {
    const lost = loss(o, liveRoles, desiredRoles);
    if (!lost) continue;
    const desiredEmail = parseAddress(o.address)?.keys[0] ?? o.email;
    const why = listed.has(o.email.toLowerCase()) || listed.has(desiredEmail.toLowerCase())
      ? 'is listed in settings.guards.protectedUsers'
      : rankOf(o.before.role, liveRoles) === OWNER
        ? 'is an owner'
        : adminsLeft.length === 0 && o.before.status === 'active' && rankOf(o.before.role, liveRoles) >= ADMIN
          ? 'is the last active admin'
          : null;
    if (!why) continue;
    out.push({
      code: 'protected-user',
      message: `${o.email} ${why}; the plan must not ${lost} them`,
      forceable: false,
      addresses: [o.address],
    });
  }
  return out;
}
