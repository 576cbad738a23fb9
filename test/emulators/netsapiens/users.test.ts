import { describe, expect, it } from 'vitest';
import { DOMAIN, alice, start } from './helpers.js';

const users = `/domains/${DOMAIN}/users`;

describe('NetSapiens emulator: users', () => {
  it('creates with 202 Accepted, effects visible immediately, with vendor defaults', async () => {
    const emu = await start();
    const created = await emu.call('POST', users, alice());
    expect(created).toMatchObject({ status: 202, body: { code: 202, message: 'Accepted' } });
    const got = await emu.call('GET', `${users}/1001`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({
      user: '1001', domain: DOMAIN, 'login-username': `1001@${DOMAIN}`, 'language-token': 'en_US',
      'account-status': 'new', 'user-scope': 'Basic User', 'email-address': 'alice@acme.example',
    });
    expect(got.body['created-datetime']).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(got.body).toHaveProperty('user-presence-status'); // extra read-only fields, as the vendor sends
  });

  it('synchronous "yes" returns 200 with the full user', async () => {
    const emu = await start();
    const res = await emu.call('POST', users, { synchronous: 'yes', ...alice() });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ user: '1001', 'name-first-name': 'Alice', 'account-status': 'new' });
    expect(res.body).not.toHaveProperty('synchronous');
  });

  it('updates by merging a partial body and ignores read-only fields; deletes with 202', async () => {
    const emu = await start();
    await emu.call('POST', users, alice({ department: 'Sales' }));
    const put = await emu.call('PUT', `${users}/1001`, { 'name-last-name': 'Smith', 'account-status': 'standard', 'created-datetime': 'x' });
    expect(put.status).toBe(202);
    const got = (await emu.call('GET', `${users}/1001`)).body;
    expect(got).toMatchObject({ 'name-first-name': 'Alice', 'name-last-name': 'Smith', department: 'Sales', 'account-status': 'new' });
    expect(got['created-datetime']).not.toBe('x');
    expect((await emu.call('DELETE', `${users}/1001`)).status).toBe(202);
    expect((await emu.call('GET', `${users}/1001`)).status).toBe(404);
  });

  it('rejects duplicates with 409: user in the domain, login-username system-wide', async () => {
    const emu = await start({ seed: { domains: { 'other.example': { users: [{ user: '2000', 'login-username': 'taken@x' }] } } } });
    await emu.call('POST', users, alice());
    expect(await emu.call('POST', users, alice())).toMatchObject({ status: 409, body: { code: 409, message: 'UID already exists.' } });
    const dupLogin = await emu.call('POST', users, alice({ user: '1002', 'login-username': 'taken@x' }));
    expect(dupLogin.status).toBe(409);
    expect(dupLogin.body.code).toBe(409);
  });

  it('answers 404 {code,message} for a missing domain or user', async () => {
    const emu = await start();
    expect(await emu.call('GET', '/domains/nope/users')).toMatchObject({ status: 404, body: { code: 404, message: 'Domain nope does not exist' } });
    expect(await emu.call('GET', `${users}/9999`)).toMatchObject({ status: 404, body: { code: 404, message: `User 9999 does not exist in domain ${DOMAIN}` } });
    expect((await emu.call('PUT', `${users}/9999`, { 'name-first-name': 'X' })).status).toBe(404);
    expect((await emu.call('DELETE', `${users}/9999`)).status).toBe(404);
  });

  it('answers 400 for bad enums: user-scope and yes/no fields', async () => {
    const emu = await start();
    const scope = await emu.call('POST', users, alice({ 'user-scope': 'Admin' }));
    expect(scope.status).toBe(400);
    expect(scope.body.message).toContain('user-scope');
    expect((await emu.call('POST', users, alice({ 'voicemail-enabled': 'true' }))).status).toBe(400);
    expect(emu.state.domains.get(DOMAIN)!.users.size).toBe(0);
  });

  it('paginates with start/limit: 2500 users at limit 1000 are 3 pages; limit 1001 is 400', async () => {
    const seeded = Array.from({ length: 2500 }, (_, i) => ({ user: String(10000 + i) }));
    const emu = await start({ seed: { domains: { [DOMAIN]: { users: seeded } } } });
    const pages: number[] = [];
    for (let start = 0; ; start += 1000) {
      const page = await emu.call('GET', `${users}?start=${start}&limit=1000`);
      expect(page.status).toBe(200);
      pages.push(page.body.length);
      if (page.body.length < 1000) break;
    }
    expect(pages).toEqual([1000, 1000, 500]);
    expect((await emu.call('GET', users)).body).toHaveLength(100);
    expect(await emu.call('GET', `${users}/count`)).toMatchObject({ status: 200, body: { total: 2500 } });
    expect(await emu.call('GET', `${users}?limit=1001`)).toMatchObject({ status: 400, body: { code: 400 } });
  });

  it('derives departments/list from users and resolves ~ to the key\'s domain', async () => {
    const emu = await start();
    await emu.call('POST', users, alice({ department: 'Sales' }));
    await emu.call('POST', users, alice({ user: '1002', department: 'Support' }));
    await emu.call('POST', users, alice({ user: '1003', department: 'Sales' }));
    expect((await emu.call('GET', `/domains/${DOMAIN}/departments/list`)).body).toEqual(['Sales', 'Support']);
    expect((await emu.call('GET', '/domains/~/users/count')).body).toEqual({ total: 3 });
  });

  it('accepts the spec body field `email` as the email-address', async () => {
    const emu = await start();
    const { 'email-address': _ignored, ...rest } = alice();
    await emu.call('POST', users, { ...rest, email: 'a@acme.example' });
    expect((await emu.call('GET', `${users}/1001`)).body['email-address']).toBe('a@acme.example');
  });
});
