/** Performs one planned action on Smartflo, by kind and resource; what capabilities.ts makes manual never arrives here. */
import { RingformError } from '../../errors.js';
import { parseAddress } from '../../model/address.js';
import type { Department, User } from '../../model/org.js';
import type { Action } from '../../plan/types.js';
import type { ApplyResult, IdResolver } from '../provider.js';
import type { SfContext } from './context.js';
import * as departments from './departments.js';
import * as users from './users.js';

export async function performAction(ctx: SfContext, action: Action, ids: IdResolver): Promise<ApplyResult> {
  const resource = parseAddress(action.address)?.kind;
  const id = () => vendorId(action, ids);
  const who = action.address;
  switch (action.kind) {
    case 'create':
      if (resource === 'user') return users.createUser(ctx, action.after as unknown as User, who);
      if (resource === 'department') return departments.createDepartment(ctx, action.after as unknown as Department, who);
      break;
    case 'update':
      if (resource === 'user') return users.updateUser(ctx, id(), action.after as unknown as User, action.changes, who);
      if (resource === 'department') return departments.updateDepartment(ctx, id(), action.after as unknown as Department, who);
      if (resource === 'member') {
        await departments.changeMember(ctx, membership(action.after), false, ids);
        return {};
      }
      break;
    case 'delete':
      if (resource === 'user') {
        await users.deleteUser(ctx, id());
        return {};
      }
      break;
    case 'add-member':
    case 'remove-member':
      await departments.changeMember(ctx, action, action.kind === 'remove-member', ids);
      return {};
    case 'replace':
    case 'invite':
    case 'cancel-invite':
    case 'manual':
      break;
  }
  throw new RingformError(`${who}: ${action.kind} is not something the Smartflo API does (capabilities make it manual or unsupported)`);
}

function vendorId(action: Action, ids: IdResolver): string {
  const id = ids(action.address) ?? action.vendorId;
  if (!id) throw new RingformError(`${action.address}: its Smartflo id is unknown (not in live state, and no earlier action created it)`);
  return id;
}

function membership(record: Record<string, unknown>): departments.Membership {
  return { department: String(record.department), user: String(record.user), priority: Number(record.priority) };
}
