/** Performs one planned action on NetSapiens, by kind and resource. */
import { parseAddress } from '../../model/address.js';
import type { Action, Record_ } from '../../plan/types.js';
import { dispatch, type Handlers } from '../dispatch.js';
import type { ApplyResult, IdResolver } from '../../contract/provider.js';
import type { NsClient } from './client.js';
import * as departments from './departments.js';
import { deleteExtension, ensureExtension, type PendingExtensions } from './extensions.js';
import * as schedules from './schedules.js';
import * as users from './users.js';

export interface ApplyContext {
  ns: NsClient;
  pending: PendingExtensions;
  /** Actions on one NetSapiens user (the user, or the extension that is its device and caller id) run one at a time. */
  userLock: KeyedLock;
}

/**
 * One at a time per key. A user update and its extension's caller-id update both GET the user and PUT
 * it whole (the spec's required fields); run together, the second PUT would undo the first.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string | null, work: () => Promise<T>): Promise<T> {
    if (key === null) return work();
    const run = (this.tails.get(key) ?? Promise.resolve()).then(work, work);
    const tail = run.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => this.tails.get(key) === tail && this.tails.delete(key));
    return run;
  }
}

/** The NetSapiens user an action touches: a user's id or new extension, an extension's number. */
function userKeyOf(action: Action, ids: IdResolver): string | null {
  const target = parseAddress(action.address);
  if (target?.kind === 'extension') return target.keys[0] ?? null;
  if (target?.kind !== 'user') return null;
  const after = 'after' in action ? (action.after as Record_ | undefined) : undefined;
  return (ids(action.address) ?? action.vendorId ?? (typeof after?.extension === 'string' ? after.extension : null)) || null;
}

export function performAction(ctx: ApplyContext, action: Action, ids: IdResolver): Promise<ApplyResult> {
  return ctx.userLock.run(userKeyOf(action, ids), () => perform(ctx, action, ids));
}

/** What NetSapiens does per resource (roles: none, user-scope is a fixed set); the plumbing is dispatch.ts. */
function handlers(ctx: ApplyContext, ids: IdResolver): Handlers {
  const { ns, pending } = ctx;
  const membership = (m: { department: string; user: string; priority: number }) => ({ department: m.department, user: m.user, priority: Number(m.priority) });
  return {
    schedule: {
      create: (s, t) => schedules.createSchedule(ns, s, t.address),
      update: (s, t) => schedules.updateSchedule(ns, t.id(), s, t.address),
      delete: (t) => schedules.deleteSchedule(ns, t.id()),
    },
    extension: {
      create: (e, t) => ensureExtension(ns, pending, e, t.address),
      update: (e, t) => ensureExtension(ns, pending, e, t.address),
      delete: (t) => deleteExtension(ns, pending, keyOf(t.address)),
      // The device moves to the new settings in place: nothing to delete first.
      replace: (e, t) => ensureExtension(ns, pending, e, t.address),
    },
    user: {
      create: (u, t) => users.createUser(ns, pending, u, t.address),
      update: (u, t) => users.updateUser(ns, t.id(), u, t.changes, t.address),
      delete: (t) => users.deleteUser(ns, t.id()),
    },
    department: {
      create: (d, t) => departments.createDepartment(ns, pending, d, t.address),
      update: (d, t) => departments.updateDepartment(ns, t.id(), d, t.address),
      delete: (t) => departments.deleteDepartment(ns, t.id()),
    },
    member: {
      add: (m, _t) => departments.addMember(ns, membership(m), ids).then(() => ({})),
      remove: (m, _t) => departments.removeMember(ns, membership(m), ids).then(() => ({})),
      update: (m, _t) => departments.updateMember(ns, membership(m), ids).then(() => ({})),
    },
    invite: async (_a, t) => {
      await users.inviteUser(ns, t.id());
      return { id: t.id() };
    },
    // No API withdraws a welcome email. Deleting the user or removing portal access ("No Portal"),
    // which is why the planner cancels, leaves the email's link with nothing to set up [I].
    cancelInvite: async () => ({}),
  };
}

function perform(ctx: ApplyContext, action: Action, ids: IdResolver): Promise<ApplyResult> {
  return dispatch('NetSapiens', action, ids, handlers(ctx, ids));
}

const keyOf = (address: string): string => parseAddress(address)?.keys[0] ?? '';
