/** Devices (`/domains/{domain}/users/{user}/devices…`): SIP endpoints of a user. docs/vendors/netsapiens.md#devices. */
import { randomInt } from 'node:crypto';
import { ACCEPTED, conflict, notFound } from './errors.js';
import { count, ok, type Ctx, type Reply } from './routing.js';
import type { DomainState, NsState, Wire } from './state.js';
import { checkYesNo, checkEnum, requireString, writable } from './validation.js';

/** Read-only in the spec's Device schema, plus path/write-only keys. */
const NOT_WRITABLE = [
  'device-sip-registration-uri', 'device-sip-registration-state', 'device-sip-registration-contact',
  'device-sip-registration-core-server', 'device-sip-registration-datetime', 'device-sip-registration-expires-datetime',
  'device-sip-registration-ip-address', 'device-sip-registration-user-agent', 'device-sip-latency-seconds-current',
  'device-sip-latency-seconds-average', 'error-reading-from-endpoint-module', 'login-username', 'name-full-name',
  'domain', 'user', 'synchronous',
];

const PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** "random 16 chars if omitted" (docs/vendors/netsapiens.md#devices, PHP CreateDeviceRequest). */
export function generateDevicePassword(): string {
  return Array.from({ length: 16 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');
}

function checkDevice(body: Wire): Wire {
  const fields = writable(body, NOT_WRITABLE);
  checkYesNo(fields);
  checkEnum(fields, 'device-provisioning-sip-transport-protocol', ['udp', 'tcp', 'tls']);
  checkEnum(fields, 'device-sip-nat-traversal-enabled', ['automatic', 'none', 'never', 'fixed']);
  return fields;
}

/**
 * The Device schema does not mark the password write-only, so GET returns it, as the spec describes.
 * Device ids are domain-wide (`sip:<device>@<domain>`), hence the 409 across users [I].
 */
export function createDevice(state: NsState, d: DomainState, userId: string, body: Wire): Wire {
  const fields = checkDevice(body);
  const id = requireString(fields, 'device');
  for (const devices of d.devices.values()) if (devices.has(id)) throw conflict(`Device ${id} already exists.`);
  const device: Wire = {
    'device-sip-registration-password': generateDevicePassword(),
    'caller-id-number-emergency': '[*]',
    'device-push-enabled': 'yes',
    'device-srtp-enabled': 'no',
    'device-sip-registration-expiry-seconds': 60,
    'device-provisioning-sip-transport-protocol': 'udp',
    ...fields,
    device: id,
    'created-datetime': state.now(),
  };
  const devices = d.devices.get(userId) ?? new Map<string, Wire>();
  devices.set(id, device);
  d.devices.set(userId, devices);
  return device;
}

function deviceView(d: DomainState, userId: string, device: Wire): Wire {
  const user = d.users.get(userId) ?? {};
  return {
    ...device,
    user: userId,
    domain: d.name,
    'device-sip-registration-uri': `sip:${String(device.device)}@${d.name}`,
    'device-sip-registration-state': 'unregistered',
    'login-username': user['login-username'] ?? '',
    'name-full-name': `${String(user['name-first-name'] ?? '')} ${String(user['name-last-name'] ?? '')}`.trim(),
  };
}

function requireDevice(ctx: Ctx): { d: DomainState; user: string; device: Wire } {
  const { domain, user } = ctx.state.requireUser(ctx.params.domain!, ctx.params.user!);
  const id = String(user.user);
  const device = domain.devices.get(id)?.get(ctx.params.device!);
  if (!device) throw notFound(`Device ${ctx.params.device} does not exist for user ${id} in domain ${domain.name}`);
  return { d: domain, user: id, device };
}

export function listDevices(ctx: Ctx): Reply {
  const { domain, user } = ctx.state.requireUser(ctx.params.domain!, ctx.params.user!);
  const id = String(user.user);
  return ok([...(domain.devices.get(id)?.values() ?? [])].map((dev) => deviceView(domain, id, dev)));
}

/**
 * `GET /domains/{domain}/devices` (spec GetDomainDevices): every device of the domain, each with its
 * `user`, in one reply. The spec gives this list no `start`/`limit`, so it is not paginated.
 */
export function listDomainDevices(ctx: Ctx): Reply {
  const d = ctx.state.requireDomain(ctx.params.domain!);
  const all: Wire[] = [];
  for (const [userId, devices] of d.devices) for (const dev of devices.values()) all.push(deviceView(d, userId, dev));
  return ok(all);
}

/** `GET /domains/{domain}/devices/count` (spec: Count Devices for Domain). */
export function countDomainDevices(ctx: Ctx): Reply {
  const d = ctx.state.requireDomain(ctx.params.domain!);
  let total = 0;
  for (const devices of d.devices.values()) total += devices.size;
  return count(total);
}

export function countDevices(ctx: Ctx): Reply {
  const { domain, user } = ctx.state.requireUser(ctx.params.domain!, ctx.params.user!);
  return count(domain.devices.get(String(user.user))?.size ?? 0);
}

export function getDevice(ctx: Ctx): Reply {
  const { d, user, device } = requireDevice(ctx);
  return ok(deviceView(d, user, device));
}

export function postDevice(ctx: Ctx): Reply {
  const { domain, user } = ctx.state.requireUser(ctx.params.domain!, ctx.params.user!);
  const device = createDevice(ctx.state, domain, String(user.user), ctx.body);
  return ctx.body.synchronous === 'yes' ? ok(deviceView(domain, String(user.user), device)) : ACCEPTED;
}

export function putDevice(ctx: Ctx): Reply {
  const { device } = requireDevice(ctx);
  const fields = checkDevice(ctx.body);
  delete fields.device;
  Object.assign(device, fields);
  return ACCEPTED;
}

export function deleteDevice(ctx: Ctx): Reply {
  const { d, user, device } = requireDevice(ctx);
  d.devices.get(user)!.delete(String(device.device));
  return ACCEPTED;
}
