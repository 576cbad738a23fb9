import { request } from 'undici';
import { afterEach } from 'vitest';
import { startSmartfloEmulator, type SmartfloEmulator, type SmartfloEmulatorOptions } from '../../../src/emulators/smartflo/index.js';

export interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

const running: SmartfloEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

export type Caller = (method: string, path: string, body?: unknown, token?: string | null) => Promise<Res>;

export async function start(opts: SmartfloEmulatorOptions = {}): Promise<SmartfloEmulator & { call: Caller }> {
  const emu = await startSmartfloEmulator({ strict: true, ...opts });
  running.push(emu);
  const call: Caller = (method, path, body, token = emu.apiToken) => send(emu.url, method, path, body, token);
  return Object.assign(emu, { call });
}

export async function send(base: string, method: string, path: string, body?: unknown, token?: string | null): Promise<Res> {
  const res = await request(`${base}${path}`, {
    method: method as 'GET',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

let n = 0;
/** A valid create body; `extra` overrides. */
export function newUser(extra: Record<string, unknown> = {}) {
  n += 1;
  return {
    name: `User ${n}`, number: `98000${String(n).padStart(5, '0')}`, email: `user${n}@example.com`, login_id: `user${n}@example.com`,
    password: 'Secret-pass1!', user_role: 2, status: true, create_agent: true, create_web_login: true, caller_id: [101], ...extra,
  };
}
