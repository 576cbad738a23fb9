import { describe, expect, it } from 'vitest';
import { start } from './helpers.js';

describe('smartflo emulator: auth', () => {
  it('logs in with the admin login id and password; the token works until it expires', async () => {
    const emu = await start({ tokenTtlSeconds: 1 });
    const login = await emu.call('POST', '/v1/auth/login', { email: emu.admin.loginId, password: emu.admin.password }, null);
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ success: true, token_type: 'bearer', expires_in: 1, number_of_days_left: 30 });
    const token = login.body.access_token as string;
    expect(token.split('.')).toHaveLength(3);
    expect((await emu.call('GET', '/v1/users', undefined, token)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1100));
    const expired = await emu.call('GET', '/v1/users', undefined, token);
    expect(expired).toMatchObject({ status: 401, body: { success: false, message: 'Token has expired.' } });
  });

  it('counts refused logins and locks the account after N', async () => {
    const emu = await start({ maxFailedLogins: 2 });
    const wrong = () => emu.call('POST', '/v1/auth/login', { email: emu.admin.loginId, password: 'nope' }, null);
    expect((await wrong()).body).toEqual({ success: false, message: 'The username or password is incorrect.', login_failed_count: 1 });
    expect((await wrong()).body.login_failed_count).toBe(2);
    const right = await emu.call('POST', '/v1/auth/login', { email: emu.admin.loginId, password: emu.admin.password }, null);
    expect(right.status).toBe(403);
    expect(right.body.message).toMatch(/locked/);
    expect(emu.auth.logins).toEqual({ succeeded: 0, refused: 3 });
  });

  it('requires a Bearer token; revoked API tokens get 401', async () => {
    const emu = await start();
    expect((await emu.call('GET', '/v1/users', undefined, null)).status).toBe(401);
    expect((await emu.call('GET', '/v1/users')).status).toBe(200);
    emu.auth.revokeAll();
    expect(await emu.call('GET', '/v1/users')).toMatchObject({ status: 401, body: { success: false, message: 'Token has been revoked.' } });
  });

  it('never keeps a password in the request log', async () => {
    const emu = await start();
    await emu.call('POST', '/v1/auth/login', { email: emu.admin.loginId, password: emu.admin.password }, null);
    expect(JSON.stringify(emu.log.requests())).not.toContain(emu.admin.password);
  });
});
