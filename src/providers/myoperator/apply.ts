/**
 * One planned action against MyOperator. Only users are reachable through the API: create (`POST /user`)
 * and update (`PUT /user` keyed by uuid). Everything else is a manual action, which apply never receives.
 */
import type { Carried } from '../../model/fields.js';
import { PartialApplyError, RingformError } from '../../errors.js';
import type { Action, FieldChange } from '../../plan/types.js';
import { dispatch } from '../dispatch.js';
import type { ApplyResult, IdResolver } from '../../contract/provider.js';
import type { MyoClient } from './client.js';
import { createFields, receiveCallsField, splitPhone, str } from './mapper.js';

export function performAction(client: MyoClient, action: Action, ids: IdResolver): Promise<ApplyResult> {
  return dispatch('MyOperator', action, ids, {
    user: {
      create: (u, t) => createUser(client, u, t.address),
      update: async (u, t) => {
        const uuid = t.id();
        await client.updateUser(uuid, updateFields(u, t.changes, t.address));
        return { id: uuid };
      },
    },
  });
}

async function createUser(client: MyoClient, user: Carried<'user'>, who: string): Promise<ApplyResult> {
  const created = await client.createUser(createFields(user, who));
  const uuid = created ? str(created, 'uuid') : '';
  if (uuid === '') throw new RingformError(`${who}: MyOperator created the user but did not return its uuid, and the list does not show it`);
  // A new user receives calls [S: help centre, "Receive Call" is on by default].
  if (user.receiveCalls !== 'always') {
    try {
      await client.updateUser(uuid, receiveCallsField(user.receiveCalls, who));
    } catch (error) {
      // The user exists now (and takes a seat): say so, keep its id; the next plan reads it and plans the rest.
      const reason = error instanceof Error ? error.message : String(error);
      throw new PartialApplyError(`setting receive_calls to "${user.receiveCalls}" failed: ${reason}`, `created the user (uuid ${uuid})`, uuid, { cause: error });
    }
  }
  return { id: uuid };
}

/** The changed fields only: the PUT is partial [S]. Fields other than receive_calls are [I]. */
function updateFields(user: Carried<'user'>, changes: FieldChange[], who: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const { field } of changes) {
    switch (field) {
      case 'receiveCalls':
        Object.assign(fields, receiveCallsField(user.receiveCalls, who));
        break;
      case 'name':
        fields.name = user.name;
        break;
      case 'email':
        fields.email = user.email;
        break;
      case 'phone':
        if (user.phone === null) throw new RingformError(`${who}: MyOperator cannot remove a user's phone number: its calls ring that number`);
        Object.assign(fields, splitPhone(user.phone, who));
        break;
      case 'extension':
        fields.extension = user.extension ?? '';
        break;
      default:
        throw new RingformError(`${who}: MyOperator's API cannot change ${field}; this should have been a manual step`);
    }
  }
  return fields;
}
