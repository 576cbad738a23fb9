import { request } from 'undici';
import { afterEach } from 'vitest';
import { startNetsapiensEmulator, type NetsapiensEmulator, type NetsapiensEmulatorOptions } from '../../../src/emulators/netsapiens/index.js';

export const DOMAIN = 'acme.example';

export interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

const running: NetsapiensEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

export async function start(opts: NetsapiensEmulatorOptions = {}): Promise<NetsapiensEmulator & { call: Caller }> {
  const emu = await startNetsapiensEmulator({ domain: DOMAIN, ...opts });
  running.push(emu);
  const call: Caller = (method, path, body, token = emu.token) => send(emu.url, method, path, body, token);
  return Object.assign(emu, { call });
}

export type Caller = (method: string, path: string, body?: unknown, token?: string | null) => Promise<Res>;

export async function send(base: string, method: string, path: string, body?: unknown, token?: string | null): Promise<Res> {
  const res = await request(`${base}${path}`, {
    method: method as 'GET',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

export function alice(extra: Record<string, unknown> = {}) {
  return {
    user: '1001',
    'name-first-name': 'Alice',
    'name-last-name': 'Archer',
    'email-address': 'alice@acme.example',
    'user-scope': 'Basic User',
    ...extra,
  };
}
