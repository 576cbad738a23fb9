/**
 * Users ↔ `/domains/{d}/users`. The extension is the user id, so it cannot change in place
 * (capabilities: replace). Updates are PUTs that always re-send the four fields the spec marks
 * required on update (`name-first-name`, `name-last-name`, `email`, `user-scope`) [I: docs/vendors/netsapiens.md#updates].
 */
import { RingformError } from '../../errors.js';
import type { Carried } from '../../model/fields.js';
import type { FieldChange } from '../../plan/types.js';
import type { ApplyResult } from '../../contract/provider.js';
import { setReceiveCalls } from './answerrules.js';
import type { NsClient } from './client.js';
import { ensureExtension, type PendingExtensions } from './extensions.js';
import { emailOf, scopeFor, splitName, str, type Wire } from './mapper.js';
import { emailFields, putUser } from './user-put.js';
import { setForwarding } from './forwarding.js';
import { voicemailFields, withoutPin } from './voicemail.js';
import { noForwarding } from '../../model/org.js';

function nameFields(name: string): Wire {
  const { first, last } = splitName(name);
  return { 'name-first-name': first, 'name-last-name': last };
}

export async function createUser(ns: NsClient, pending: PendingExtensions, user: Carried<'user'>, who: string): Promise<ApplyResult> {
  const id = user.extension;
  if (id === null) throw new RingformError(`${who}: a NetSapiens user is identified by its extension; give the user an extension`);
  const body = {
    user: id,
    ...nameFields(user.name),
    ...emailFields(user.email),
    'user-scope': scopeFor(user.role, user.panelAccess, who),
    // Only a declared voicemail is sent: a create without one keeps the vendor's defaults.
    ...(user.voicemail === null ? {} : voicemailFields(user.voicemail, ns.secrets, who)),
  };
  const created = await ns.create(ns.path('users'), body, async () => {
    const found = await ns.find(ns.path('users', id));
    // Only our own lost create counts as done; another user on this extension makes the re-sent POST fail with 409.
    return found && emailOf(found).toLowerCase() === user.email.toLowerCase() ? found : null;
  });
  // Known from here on (a 202 answers nothing: what was sent stands for it), so no GET probes it again.
  ns.knownUsers.set(id, withoutPin(created ?? body));
  // The planner creates the extension before the user that holds it; what it asked for is done now.
  const extension = pending.get(id);
  if (extension) {
    await ensureExtension(ns, pending, extension, `extension[${JSON.stringify(id)}]`);
    pending.delete(id);
  }
  if (user.receiveCalls !== 'always') await setReceiveCalls(ns, id, user.receiveCalls, who);
  if (user.forwarding !== null) await setForwarding(ns, id, user.forwarding);
  return { id };
}

const PUT_FIELDS = ['email', 'name', 'role', 'panelAccess'];

export async function updateUser(ns: NsClient, id: string, user: Carried<'user'>, changes: FieldChange[], who: string): Promise<ApplyResult> {
  const fields = new Set(changes.map((c) => c.field));
  if (PUT_FIELDS.some((f) => fields.has(f))) {
    const scopeChanged = fields.has('role') || fields.has('panelAccess');
    await putUser(ns, id, (current) => ({
      ...nameFields(user.name),
      ...emailFields(user.email),
      // An unchanged role keeps the live scope (e.g. Basic User, or an owner's Super User).
      'user-scope': scopeChanged ? scopeFor(user.role, user.panelAccess, who) : str(current, 'user-scope') || scopeFor(user.role, user.panelAccess, who),
    }));
  }
  // Both live in answer rules. Call hours on a schedule need that time frame's rule free of forwards, so
  // forwarding that lets go of it goes first; otherwise call hours first (they may free a rule forwarding
  // then takes). Review F3: hours on "lunch" while lunch forwarding was being removed failed every apply.
  const forwardingFirst = user.receiveCalls !== 'always' && user.receiveCalls !== 'never';
  if (forwardingFirst && fields.has('forwarding')) await setForwarding(ns, id, user.forwarding ?? noForwarding());
  if (fields.has('receiveCalls')) await setReceiveCalls(ns, id, user.receiveCalls, who);
  if (!forwardingFirst && fields.has('forwarding')) await setForwarding(ns, id, user.forwarding ?? noForwarding());
  const voicemail = user.voicemail;
  if (fields.has('voicemail') && voicemail !== null) await putUser(ns, id, () => voicemailFields(voicemail, ns.secrets, who));
  return { id };
}

/** Deleting a user also removes its devices, answer rules and queue memberships [I: emulator behaviour, SPEC-DEFECTS]. */
export async function deleteUser(ns: NsClient, id: string): Promise<void> {
  await ns.delete(ns.path('users', id));
  ns.knownUsers.delete(id);
  ns.knownDevices.delete(id);
}

/** The welcome email (docs/vendors/netsapiens.md#welcome-email). Re-sent after an ambiguous failure: a second email beats none [I]. */
export async function inviteUser(ns: NsClient, id: string): Promise<void> {
  await ns.post(ns.path('users', id, 'email'), { template: 'welcome_email.php', subject: 'New Account Setup' }, true);
}
