/**
 * Extensions ↔ devices `/domains/{d}/users/{u}/devices`: extension N is user N's device named N.
 * `web` = no device; `sip` = a device on udp; `sip-tls` = on tls. `callerId` is the user's
 * `caller-id-number`.
 *
 * The planner creates an extension before the user that holds it; on NetSapiens the device needs the
 * user. So an extension create/update for a user that does not exist yet is remembered by this
 * provider instance and performed right after that user's create (users.ts). Creating a `web`
 * extension without a caller id is a no-op: the user is the extension.
 */
import { RingformError } from '../../errors.js';
import type { Extension } from '../../model/org.js';
import type { ApplyResult } from '../../contract/provider.js';
import type { NsClient } from './client.js';
import { deviceBody, isSystemUser, str, type Wire } from './mapper.js';
import { putUser } from './user-put.js';

/** Extension records waiting for their user, by number. */
export type PendingExtensions = Map<string, Extension>;

const isPlain = (ext: Extension) => ext.type === 'web' && ext.callerId === null;

export async function ensureExtension(ns: NsClient, pending: PendingExtensions, ext: Extension, who: string): Promise<ApplyResult> {
  const id = ext.number;
  // Known from the read (or absent in it): no GET probe (client.ts findUser).
  const owner = await ns.findUser(id);
  if (!owner) {
    if (isPlain(ext)) pending.delete(id);
    else pending.set(id, ext);
    return { id };
  }
  if (isSystemUser(owner)) {
    if (!isPlain(ext)) throw new RingformError(`${who}: ${id} is a call queue's extension; ringform gives queue extensions no device or caller id on NetSapiens`);
    return { id };
  }
  await applyDevice(ns, id, ext);
  if (str(owner, 'caller-id-number') !== (ext.callerId ?? '')) {
    await putUser(ns, id, () => ({ 'caller-id-number': ext.callerId ?? '' }));
  }
  return { id };
}

async function applyDevice(ns: NsClient, id: string, ext: Extension): Promise<void> {
  const path = ns.path('users', id, 'devices', id);
  const device = await ns.findOwnDevice(id);
  if (ext.type === 'web') {
    if (device) await ns.delete(path);
    ns.knownDevices.delete(id);
    return;
  }
  const body = deviceBody(ext);
  if (!device) {
    const created = await ns.create(ns.path('users', id, 'devices'), { device: id, ...body }, () => ns.find(path));
    ns.knownDevices.set(id, created ?? { device: id, user: id, ...body });
  } else if (Object.entries(body).some(([k, v]) => str(device as Wire, k) !== v)) {
    await ns.put(path, body);
    ns.knownDevices.set(id, { ...device, ...body });
  }
}

/** Removes the extension's device; the user (the number itself) stays. Gone already (404, or absent in the read) is fine. */
export async function deleteExtension(ns: NsClient, pending: PendingExtensions, number: string): Promise<void> {
  pending.delete(number);
  // A device the read showed absent (a web extension, a queue's number) is not DELETEd into a 404.
  if (ns.devicesListed && !ns.knownDevices.has(number)) return;
  await ns.delete(ns.path('users', number, 'devices', number));
  ns.knownDevices.delete(number);
}
