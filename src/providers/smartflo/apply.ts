/** Performs one planned action on Smartflo, by kind and resource; what capabilities.ts makes manual never arrives here. */
import type { Action } from '../../plan/types.js';
import { dispatch, type Handlers } from '../dispatch.js';
import type { ApplyResult, IdResolver } from '../../contract/provider.js';
import type { SfContext } from './context.js';
import * as departments from './departments.js';
import * as users from './users.js';

/** What the Smartflo API does per resource; the rest is manual in capabilities.ts and never arrives here. */
function handlers(ctx: SfContext, ids: IdResolver): Handlers {
  const change = async (m: departments.Membership, remove: boolean) => {
    await departments.changeMember(ctx, m, remove, ids);
    return {};
  };
  return {
    user: {
      create: (u, t) => users.createUser(ctx, u, t.address, ids),
      update: (u, t) => users.updateUser(ctx, t.id(), u, t.changes, t.address, ids),
      delete: (t) => users.deleteUser(ctx, t.id()),
    },
    department: {
      create: (d, t) => departments.createDepartment(ctx, d, t.address),
      update: (d, t) => departments.updateDepartment(ctx, t.id(), d, t.address),
    },
    member: {
      add: (m) => change(m, false),
      remove: (m) => change(m, true),
      update: (m) => change(m, false),
    },
  };
}

export function performAction(ctx: SfContext, action: Action, ids: IdResolver): Promise<ApplyResult> {
  return dispatch('Smartflo', action, ids, handlers(ctx, ids));
}
