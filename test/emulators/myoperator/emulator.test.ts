/** The MyOperator emulator over plain fetch: auth, bodies, envelopes, pagination, refusals, faults, log. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMyoperatorEmulator, type MyoperatorEmulator } from '../../../src/emulators/myoperator/index.js';

let emu: MyoperatorEmulator;
afterEach(() => emu.close());

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});
const asha = { name: 'Asha Rao', contact_number: '9876500001', country_code: '+91', extension: '101', email: 'asha@example.com' };

async function call(path: string, init: RequestInit = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${emu.url}${path}`, init);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('MyOperator emulator', () => {
  beforeEach(async () => {
    emu = await startMyoperatorEmulator({ tokens: ['tok-123456'] });
  });

  it('refuses a token sent as a header, as the vendor does', async () => {
    const res = await call('/user', { headers: { authorization: 'Bearer tok-123456' } });
    expect(res.body).toEqual({ status: 'error', code: 400, message: 'not an authorized request' });
  });

  it('creates from a form body and from JSON, and lists what it created', async () => {
    expect((await call('/user', form({ token: 'tok-123456', ...asha }))).body.status).toBe('success');
    const json = { token: 'tok-123456', name: 'Ben', contact_number: '9876500002', country_code: '91', email: 'ben@example.com' };
    const created = await call('/user', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) });
    expect(created.body).toMatchObject({ status: 'success', code: 200, data: [{ name: 'Ben', is_active: '1', is_enabled: '1' }] });
    // By default the list shows only what public client code shows: no country_code, no extension.
    const list = await call('/user?token=tok-123456');
    expect((list.body.data as Array<Record<string, unknown>>).map((u) => [u.email, u.contact_number, 'country_code' in u, 'extension' in u])).toEqual([
      ['asha@example.com', '9876500001', false, false],
      ['ben@example.com', '9876500002', false, false],
    ]);
    expect(Object.keys((list.body.data as Array<Record<string, unknown>>)[0]!).sort()).toEqual(['alternate_number', 'contact_number', 'email', 'is_active', 'is_enabled', 'name', 'role_id', 'user_id', 'uuid']);
  });

  it('shows extension and country_code on the list only when a run asks for more', async () => {
    await emu.close();
    emu = await startMyoperatorEmulator({ tokens: ['tok-123456'], listFields: 'extended' });
    await call('/user', form({ token: 'tok-123456', ...asha }));
    const list = await call('/user?token=tok-123456');
    expect((list.body.data as Array<Record<string, unknown>>).map((u) => [u.email, u.country_code, u.extension])).toEqual([['asha@example.com', '91', '101']]);
  });

  it('evidence only: the create answers with an empty data (no source shows the user there), and the list stays as public code shows it', async () => {
    await emu.close();
    emu = await startMyoperatorEmulator({ tokens: ['tok-123456'], evidenceOnly: true, listFields: 'extended' });
    const created = await call('/user', form({ token: 'tok-123456', ...asha }));
    expect(created.body).toEqual({ status: 'success', code: 200, data: [] });
    const list = await call('/user?token=tok-123456');
    expect((list.body.data as Array<Record<string, unknown>>).map((u) => [u.email, 'country_code' in u, 'extension' in u])).toEqual([['asha@example.com', false, false]]);
  });

  it('refuses duplicate email, phone and extension with its error envelope on a 200', async () => {
    await call('/user', form({ token: 'tok-123456', ...asha }));
    const again = (fields: Record<string, string>) => call('/user', form({ token: 'tok-123456', ...asha, ...fields }));
    expect(await again({})).toEqual({ status: 200, body: { status: 'error', code: 400, message: 'email already exists' } });
    expect((await again({ email: 'x@example.com' })).body.message).toBe('contact number already exists');
    expect((await again({ email: 'x@example.com', contact_number: '9876500009' })).body.message).toBe('extension already exists');
  });

  it('updates receive_calls by uuid with a form PUT', async () => {
    const created = await call('/user', form({ token: 'tok-123456', ...asha }));
    const uuid = (created.body.data as Array<{ uuid: string }>)[0]!.uuid;
    const put = await call('/user', { ...form({ token: 'tok-123456', uuid, receive_calls: '0' }), method: 'PUT' });
    expect(put.body).toEqual({ status: 'success', code: 200, message: 'User updated successfully' });
    expect(emu.state.users[0]!.is_enabled).toBe('0');
  });

  it('has no delete, role, department, schedule or invite endpoints', async () => {
    for (const [method, path] of [['DELETE', '/user'], ['GET', '/roles'], ['POST', '/departments'], ['GET', '/departments'], ['POST', '/schedules'], ['POST', '/user/invite']]) {
      const res = await call(`${path}?token=tok-123456`, { method });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.status).toBe('error');
    }
  });

  it('pages with page / page-size / next_page', async () => {
    for (let i = 0; i < 5; i++) emu.state.add({ name: `U${i}`, contact_number: `98765000${10 + i}`, email: `u${i}@example.com` });
    const first = await call('/user?token=tok-123456&page=1&page-size=2');
    expect([(first.body.data as unknown[]).length, first.body.next_page]).toEqual([2, 2]);
    const last = await call('/user?token=tok-123456&page=3&page-size=2');
    expect([(last.body.data as unknown[]).length, last.body.next_page]).toEqual([1, null]);
  });

  it('keeps the token out of its request log', async () => {
    await call('/user?token=tok-123456');
    await call('/user', form({ token: 'tok-123456', ...asha }));
    expect(JSON.stringify(emu.log.requests())).not.toContain('tok-123456');
  });

  it('injects shared faults: 429 with Retry-After', async () => {
    emu.faults('schedule=429+ok,retry-after=2');
    const res = await fetch(`${emu.url}/user?token=tok-123456`);
    expect([res.status, res.headers.get('retry-after')]).toEqual([429, '2']);
    expect((await call('/user?token=tok-123456')).status).toBe(200);
  });
});

describe('MyOperator emulator seat limit', () => {
  it('refuses a user with panel access beyond the seats of the plan', async () => {
    emu = await startMyoperatorEmulator({ tokens: ['tok-123456'], seatLimit: 1, errorStatus: 'http' });
    await call('/user', form({ token: 'tok-123456', ...asha }));
    const res = await call('/user', form({ token: 'tok-123456', name: 'Ben', contact_number: '9876500002', email: 'ben@example.com' }));
    expect(res).toEqual({ status: 400, body: { status: 'error', code: 400, message: 'user limit reached: your plan allows 1 active users' } });
  });
});
