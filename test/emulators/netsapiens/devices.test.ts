import { describe, expect, it } from 'vitest';
import { DOMAIN, alice, start } from './helpers.js';

const devices = `/domains/${DOMAIN}/users/1001/devices`;

describe('NetSapiens emulator: devices', () => {
  it('creates with a generated 16-char password and spec defaults; reads, counts, updates, deletes', async () => {
    const emu = await start({ seed: { domains: { [DOMAIN]: { users: [alice()] } } } });
    const created = await emu.call('POST', devices, { synchronous: 'yes', device: '1001a' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      device: '1001a', user: '1001', domain: DOMAIN, 'device-sip-registration-uri': `sip:1001a@${DOMAIN}`,
      'device-provisioning-sip-transport-protocol': 'udp', 'caller-id-number-emergency': '[*]',
    });
    expect(created.body['device-sip-registration-password']).toMatch(/^[A-Za-z0-9]{16}$/);
    expect((await emu.call('POST', devices, { device: '1001a' })).status).toBe(409);
    expect((await emu.call('POST', devices, { device: '1001b', 'device-srtp-enabled': 'maybe' })).status).toBe(400);
    expect((await emu.call('GET', `${devices}/count`)).body).toEqual({ total: 1 });
    expect((await emu.call('PUT', `${devices}/1001a`, { 'device-srtp-enabled': 'opportunistic' })).status).toBe(202);
    expect((await emu.call('GET', `${devices}/1001a`)).body['device-srtp-enabled']).toBe('opportunistic');
    expect((await emu.call('DELETE', `${devices}/1001a`)).status).toBe(202);
    expect((await emu.call('GET', `${devices}/1001a`)).status).toBe(404);
    expect((await emu.call('GET', `/domains/${DOMAIN}/users/9999/devices`)).status).toBe(404);
  });
});
