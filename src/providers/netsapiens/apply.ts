/** Performs one planned action on NetSapiens, by kind and resource. */
import { RingformError } from '../../errors.js';
import { parseAddress } from '../../model/address.js';
import type { Department, Extension, Schedule, User } from '../../model/org.js';
import type { Action, Record_ } from '../../plan/types.js';
import type { ApplyResult, IdResolver } from '../provider.js';
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

type Resource = 'schedule' | 'extension' | 'user' | 'department';

async function perform(ctx: ApplyContext, action: Action, ids: IdResolver): Promise<ApplyResult> {
  const target = parseAddress(action.address);
  if (!target) throw new RingformError(`${JSON.stringify(action.address)} is not an address`);
  const who = action.address;
  const id = () => vendorId(action, ids);
  switch (action.kind) {
    case 'create':
      return create(ctx, resourceOf(target.kind, action), action.after, who);
    case 'update':
      if (target.kind === 'member') return member(ctx, 'update', target.keys, action.after.priority, ids);
      return update(ctx, resourceOf(target.kind, action), id, action, who);
    case 'delete':
      await remove(ctx, resourceOf(target.kind, action), id, target.keys[0]!);
      return {};
    case 'replace': {
      const resource = resourceOf(target.kind, action);
      if (resource !== 'extension') await remove(ctx, resource, id, target.keys[0]!);
      return create(ctx, resource, action.after, who);
    }
    case 'invite':
      await users.inviteUser(ctx.ns, id());
      return { id: id() };
    case 'cancel-invite':
      // No API withdraws a welcome email. Deleting the user or removing portal access ("No Portal"),
      // which is why the planner cancels, leaves the email's link with nothing to set up [I].
      return {};
    case 'add-member':
    case 'remove-member':
      return member(ctx, action.kind, [action.department, action.user], action.priority, ids);
    case 'manual':
      throw new RingformError(`action ${action.id} ${action.address} is a manual step; the provider cannot perform it`);
  }
}

function resourceOf(kind: string, action: Action): Resource {
  if (kind === 'role') throw new RingformError(`${action.address}: user-scope is a fixed set; NetSapiens has no role API`);
  if (kind === 'member') throw new RingformError(`${action.kind} is not an operation on members; use add-member/remove-member`);
  return kind as Resource;
}

function vendorId(action: Action, ids: IdResolver): string {
  const id = ids(action.address) ?? action.vendorId;
  if (!id) throw new RingformError(`${action.address}: its NetSapiens id is unknown (not in live state, and no earlier action created it)`);
  return id;
}

function create(ctx: ApplyContext, resource: Resource, after: Record_, who: string): Promise<ApplyResult> {
  switch (resource) {
    case 'schedule':
      return schedules.createSchedule(ctx.ns, after as unknown as Schedule, who);
    case 'extension':
      return ensureExtension(ctx.ns, ctx.pending, after as unknown as Extension, who);
    case 'user':
      return users.createUser(ctx.ns, ctx.pending, after as unknown as User, who);
    case 'department':
      return departments.createDepartment(ctx.ns, ctx.pending, after as unknown as Department, who);
  }
}

function update(ctx: ApplyContext, resource: Resource, id: () => string, action: Extract<Action, { kind: 'update' }>, who: string): Promise<ApplyResult> {
  switch (resource) {
    case 'schedule':
      return schedules.updateSchedule(ctx.ns, id(), action.after as unknown as Schedule, who);
    case 'extension':
      return ensureExtension(ctx.ns, ctx.pending, action.after as unknown as Extension, who);
    case 'user':
      return users.updateUser(ctx.ns, id(), action.after as unknown as User, action.changes, who);
    case 'department':
      return departments.updateDepartment(ctx.ns, id(), action.after as unknown as Department, who);
  }
}

async function remove(ctx: ApplyContext, resource: Resource, id: () => string, key: string): Promise<void> {
  switch (resource) {
    case 'schedule':
      return schedules.deleteSchedule(ctx.ns, id());
    case 'extension':
      return deleteExtension(ctx.ns, ctx.pending, key);
    case 'user':
      return users.deleteUser(ctx.ns, id());
    case 'department':
      return departments.deleteDepartment(ctx.ns, id());
  }
}

async function member(ctx: ApplyContext, kind: 'add-member' | 'remove-member' | 'update', keys: string[], priority: unknown, ids: IdResolver): Promise<ApplyResult> {
  const m = { department: keys[0]!, user: keys[1]!, priority: Number(priority) };
  if (kind === 'add-member') await departments.addMember(ctx.ns, m, ids);
  else if (kind === 'remove-member') await departments.removeMember(ctx.ns, m, ids);
  else await departments.updateMember(ctx.ns, m, ids);
  return {};
}
