import { describe, expect, it } from 'vitest';
import { DOMAIN, alice, send, start } from './helpers.js';

describe('NetSapiens emulator: authentication', () => {
  it('answers 401 {code,message} without a token or with an unknown one', async () => {
    const emu = await start();
    const none = await emu.call('GET', `/domains/${DOMAIN}/users`, undefined, null);
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ code: 401, message: expect.any(String) });
    expect((await emu.call('GET', `/domains/${DOMAIN}/users`, undefined, 'nsd_wrong')).status).toBe(401);
  });

  it('accepts any configured API key, and describes it at /apikeys/~', async () => {
    const emu = await start({ tokens: ['nsd_one', 'nsd_two'] });
    expect(emu.token).toBe('nsd_one');
    expect((await emu.call('GET', `/domains/${DOMAIN}/users`, undefined, 'nsd_two')).status).toBe(200);
    expect((await emu.call('GET', '/apikeys/~')).body).toMatchObject({ 'user-scope': 'Super User' });
  });

  it('issues access and refresh tokens (password grant), refreshes, and expires them', async () => {
    const emu = await start({
      tokenTtlSeconds: 1,
      oauthClient: { clientId: 'cid', clientSecret: 'csecret' },
      passwords: { [`1001@${DOMAIN}`]: 'pw' },
      seed: { domains: { [DOMAIN]: { users: [alice()] } } },
    });
    const client = { client_id: 'cid', client_secret: 'csecret' };
    const bad = await send(emu.url, 'POST', '/tokens', { grant_type: 'password', ...client, username: `1001@${DOMAIN}`, password: 'nope' });
    expect(bad.status).toBe(401);

    const granted = await send(emu.url, 'POST', '/tokens', { grant_type: 'password', ...client, username: `1001@${DOMAIN}`, password: 'pw' });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ token_type: 'Bearer', expires_in: 1, domain: DOMAIN, user: '1001', scope: 'Basic User' });
    const access = granted.body.access_token as string;
    expect((await emu.call('GET', '/domains/~/users/~', undefined, access)).body.user).toBe('1001');

    const refreshed = await send(emu.url, 'POST', '/tokens', { grant_type: 'refresh_token', ...client, refresh_token: granted.body.refresh_token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.access_token).not.toBe(access);
    const reused = await send(emu.url, 'POST', '/tokens', { grant_type: 'refresh_token', ...client, refresh_token: granted.body.refresh_token });
    expect(reused.status).toBe(401);

    await new Promise((r) => setTimeout(r, 1100));
    const expired = await emu.call('GET', `/domains/${DOMAIN}/users`, undefined, access);
    expect(expired).toMatchObject({ status: 401, body: { code: 401, message: 'Access token expired' } });
    expect(emu.log.violations()).toEqual([]); // password and refresh grants conform to the (patched) spec
    expect(JSON.stringify(emu.log.requests())).not.toContain('csecret');
    expect(JSON.stringify(emu.log.requests())).not.toContain(access);
  });
});
