/**
 * One way for every provider to turn a planned action into a call: `dispatch(action, handlers)` finds the
 * handler for the action's kind and resource, reads its record as the typed model object (checked against
 * the field catalogue, never a blind cast), resolves the vendor id lazily, and reports an action the
 * provider has no handler for once, in one wording. DNSControl's per-record-type `diff2` helpers are the
 * model: the provider states what it can do per resource; the plumbing is shared.
 */
import { RingformError } from '../errors.js';
import { parseAddress, type ResourceKind } from '../model/address.js';
import { comparedFields, type Carried } from '../model/fields.js';
import type { DeclaredKind } from '../model/org.js';
import type { Action, CancelInviteAction, FieldChange, InviteAction, MemberAction, Record_ } from '../plan/types.js';
import type { ApplyResult, IdResolver } from '../contract/provider.js';

/** What a handler gets besides the record: the address (for messages), the vendor id on demand, the changes. */
export interface Target {
  address: string;
  /** The vendor id of the live object: from an earlier action's result or live state; throws when unknown. */
  id: () => string;
  changes: FieldChange[];
}

export interface KindHandlers<K extends DeclaredKind> {
  create?: (after: Carried<K>, target: Target) => Promise<ApplyResult>;
  update?: (after: Carried<K>, target: Target) => Promise<ApplyResult>;
  delete?: (target: Target) => Promise<void>;
  /** Without it, a replace is a delete and then a create. */
  replace?: (after: Carried<K>, target: Target) => Promise<ApplyResult>;
}

export type Handlers = { [K in DeclaredKind]?: KindHandlers<K> } & {
  member?: {
    add?: (action: MemberAction, target: Target) => Promise<ApplyResult>;
    remove?: (action: MemberAction, target: Target) => Promise<ApplyResult>;
    /** A priority change: the department, the user and the new priority. */
    update?: (member: { department: string; user: string; priority: number; ringOrder?: string[] }, target: Target) => Promise<ApplyResult>;
  };
  invite?: (action: InviteAction, target: Target) => Promise<ApplyResult>;
  cancelInvite?: (action: CancelInviteAction, target: Target) => Promise<ApplyResult>;
};

/**
 * The action's record as the model object of its kind. Every compared field must be there: a record
 * without one comes from a plan this version did not make, and apply stops rather than guess.
 */
export function recordAs<K extends DeclaredKind>(kind: K, record: Record_, address: string): Carried<K> {
  const missing = comparedFields(kind).filter((field) => !(field in record));
  if (missing.length > 0) {
    throw new RingformError(`${address}: the planned ${kind} lacks ${missing.join(', ')}; re-run \`ringform plan\` with this version`);
  }
  return record as Carried<K>;
}

function notDone(vendor: string, action: Action, resource: ResourceKind): never {
  throw new RingformError(
    `${action.address}: ${vendor}'s API cannot ${action.kind} a ${resource} through ringform; the plan should have made this a manual step`,
  );
}

export function vendorIdOf(vendor: string, action: Action, ids: IdResolver): () => string {
  return () => {
    const id = ids(action.address) ?? action.vendorId;
    if (!id) throw new RingformError(`${action.address}: its ${vendor} id is unknown (not in live state, and no earlier action created it)`);
    return id;
  };
}

export async function dispatch(vendor: string, action: Action, ids: IdResolver, handlers: Handlers): Promise<ApplyResult> {
  const parsed = parseAddress(action.address);
  if (!parsed) throw new RingformError(`${JSON.stringify(action.address)} is not an address`);
  const resource = parsed.kind;
  const target: Target = { address: action.address, id: vendorIdOf(vendor, action, ids), changes: 'changes' in action ? action.changes : [] };
  switch (action.kind) {
    case 'invite':
      return handlers.invite ? handlers.invite(action, target) : notDone(vendor, action, resource);
    case 'cancel-invite':
      return handlers.cancelInvite ? handlers.cancelInvite(action, target) : notDone(vendor, action, resource);
    case 'add-member':
    case 'remove-member': {
      const handler = action.kind === 'add-member' ? handlers.member?.add : handlers.member?.remove;
      return handler ? handler(action, target) : notDone(vendor, action, resource);
    }
    case 'manual':
      throw new RingformError(`action ${action.id} ${action.address} is a manual step; the provider cannot perform it`);
    default:
      if (resource === 'member') return memberUpdate(vendor, action, parsed.keys, handlers, target);
      return onObject(vendor, action, resource, handlers, target);
  }
}

function memberUpdate(vendor: string, action: Action, keys: string[], handlers: Handlers, target: Target): Promise<ApplyResult> {
  if (action.kind !== 'update' || !handlers.member?.update) return notDone(vendor, action, 'member');
  const [department = '', user = ''] = keys;
  return handlers.member.update({ department, user, priority: Number(action.after.priority), ...(action.ringOrder ? { ringOrder: action.ringOrder } : {}) }, target);
}

async function onObject<K extends DeclaredKind>(vendor: string, action: Action, kind: K, all: Handlers, target: Target): Promise<ApplyResult> {
  const handlers = all[kind] as KindHandlers<K> | undefined;
  switch (action.kind) {
    case 'create':
      if (handlers?.create) return handlers.create(recordAs(kind, action.after, action.address), target);
      break;
    case 'update':
      if (handlers?.update) return handlers.update(recordAs(kind, action.after, action.address), target);
      break;
    case 'delete':
      if (handlers?.delete) {
        await handlers.delete(target);
        return {};
      }
      break;
    case 'replace': {
      const after = recordAs(kind, action.after, action.address);
      if (handlers?.replace) return handlers.replace(after, target);
      if (handlers?.delete && handlers.create) {
        await handlers.delete(target);
        return handlers.create(after, target);
      }
      break;
    }
  }
  return notDone(vendor, action, kind);
}
