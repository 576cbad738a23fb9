/**
 * The user PUT that users.ts and extensions.ts both need (a user's fields; a user's caller id), in a file of
 * its own so neither imports the other. Updates always re-send the four fields the spec marks required on
 * update (`name-first-name`, `name-last-name`, `email`, `user-scope`) [I: docs/vendors/netsapiens.md#updates].
 */
import type { NsClient } from './client.js';
import { emailOf, str, type Wire } from './mapper.js';
import { withoutPin } from './voicemail.js';

/** SPEC-DEFECTS D1: the spec says `email`, its examples and the PHP client `email-address`; send both [I]. */
export function emailFields(email: string): Wire {
  return email === '' ? {} : { 'email-address': email, email };
}

/**
 * PUT with the four required fields taken from the live user unless `changes` sets them [I]. The live
 * user is the one this provider read or last wrote (NsClient.knownUsers), else a fresh GET.
 */
export async function putUser(ns: NsClient, id: string, changes: (current: Wire) => Wire): Promise<void> {
  const current: Wire = ns.knownUsers.get(id) ?? (await ns.get<Wire>(ns.path('users', id)));
  const body = {
    'name-first-name': str(current, 'name-first-name'),
    'name-last-name': str(current, 'name-last-name'),
    ...emailFields(emailOf(current)),
    'user-scope': str(current, 'user-scope'),
    ...changes(current),
  };
  await ns.put(ns.path('users', id), body);
  ns.knownUsers.set(id, withoutPin({ ...current, ...body }));
}
