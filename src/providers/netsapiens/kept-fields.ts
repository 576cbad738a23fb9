/**
 * What the read keeps of each listed user, device and agent (issue 18, memory): the fields ringform reads
 * from them, then or later (a PUT re-sends a user's name, email and scope from the user as read,
 * user-put.ts; an extension compares the owner's caller id, extensions.ts; forwarding reads the no-answer
 * timeout). Every field is in the evidence ledger (evidence.ts; test/providers/netsapiens/kept-fields.test.ts
 * checks it). The rest of a vendor object (a real NetSapiens user has dozens of fields) is dropped as
 * each object arrives, so a 50,000-user read never holds it.
 *
 * Two records listed under one id are compared by what is kept (vendor-data.ts uniqueById): records that
 * differ only in a field ringform never reads are the same record to it.
 */
import type { Wire } from './mapper.js';
import { NO_ANSWER_TIMEOUT } from './forwarding-wire.js';
import { PIN_FIELD } from './voicemail.js';

/** GET /domains/{domain}/users: identity, name, scope, invite state, caller id, voicemail (with the PIN, masked and dropped by read.ts), no-answer timeout. */
export const USER_FIELDS_KEPT = [
  'user', 'service-code', 'email-address', 'email', 'name-first-name', 'name-last-name', 'user-scope', 'account-status', 'created-datetime',
  'caller-id-number', 'voicemail-enabled', 'email-send-alert-new-voicemail-enabled', 'email-send-alert-new-voicemail-behavior', PIN_FIELD,
  NO_ANSWER_TIMEOUT,
] as const;

/**
 * What a user keeps once read (NsClient.knownUsers and the live user's `raw`): what apply takes from it. A
 * PUT re-sends the name, email and scope (user-put.ts, users.ts); an extension checks `service-code` and
 * compares `caller-id-number` (extensions.ts). Invite state, voicemail and the no-answer timeout are read
 * into the live user and not needed again.
 */
export const USER_FIELDS_FOR_APPLY = ['user', 'service-code', 'email-address', 'email', 'name-first-name', 'name-last-name', 'user-scope', 'caller-id-number'] as const;

/**
 * A read user as apply keeps it (USER_FIELDS_FOR_APPLY). Scopes and service codes repeat across users: one
 * string each (`shared`, per read); `email` equal to `email-address` is the same string.
 */
export function userForApply(user: Wire, shared: Map<string, string>): Wire {
  const kept = keeping(USER_FIELDS_FOR_APPLY)(user);
  for (const field of ['user-scope', 'service-code']) {
    const value = kept[field];
    if (typeof value !== 'string') continue;
    const one = shared.get(value);
    if (one === undefined) shared.set(value, value);
    else kept[field] = one;
  }
  if (kept.email === kept['email-address'] && Object.hasOwn(kept, 'email')) kept.email = kept['email-address'];
  return kept;
}

/** GET /domains/{domain}/devices: whose device it is, and what an extension compares. */
export const DEVICE_FIELDS_KEPT = ['device', 'user', 'device-provisioning-sip-transport-protocol', 'device-provisioning-mac-address', 'device-models-model'] as const;

/** GET /domains/{domain}/agents and a queue's own agents: who, in which queue, in which order. */
export const AGENT_FIELDS_KEPT = ['callqueue-agent-id', 'callqueue', 'callqueue-agent-dispatch-order-ordinal'] as const;

/** The object with only `fields` (those it has), in the order of `fields`: every kept object of a kind has the same shape. */
export function keeping(fields: readonly string[]): (item: Wire) => Wire {
  return (item) => {
    const kept: Wire = {};
    for (const field of fields) if (Object.hasOwn(item, field)) kept[field] = item[field];
    return kept;
  };
}

export const keepUser = keeping(USER_FIELDS_KEPT);
export const keepDevice = keeping(DEVICE_FIELDS_KEPT);
export const keepAgent = keeping(AGENT_FIELDS_KEPT);
