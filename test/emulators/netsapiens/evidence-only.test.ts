/**
 * Evidence-only mode: the spec is the evidence, so answers keep only the fields the operation's response schema
 * declares. The differences from the normal mode are small, and listed here (and in SPEC-DEFECTS.md).
 */
import { describe, expect, it } from 'vitest';
import { DOMAIN, alice, start } from './helpers.js';

const users = `/domains/${DOMAIN}/users`;

describe('NetSapiens emulator: evidence only', () => {
  it('user answers carry `email` and no `email-address` (D1: the User schema declares only `email`)', async () => {
    const emu = await start({ evidenceOnly: true });
    await emu.call('POST', users, alice());
    const [listed] = (await emu.call('GET', users)).body;
    const got = (await emu.call('GET', `${users}/1001`)).body;
    for (const user of [listed, got]) {
      expect(user).toMatchObject({ user: '1001', email: 'alice@acme.example', 'name-first-name': 'Alice' });
      expect(user).not.toHaveProperty('email-address');
    }
    expect(emu.log.requests().filter((r) => r.method === 'GET').map((r) => r.undocumented)).toEqual([['[].email-address'], ['email-address']]);
    const normal = await start();
    await normal.call('POST', users, alice());
    expect((await normal.call('GET', `${users}/1001`)).body).toMatchObject({ email: 'alice@acme.example', 'email-address': 'alice@acme.example' });
  });

  it('devices lose `created-datetime` (not in the Device schema); a 202 body the schema does not describe is emptied', async () => {
    const emu = await start({ evidenceOnly: true });
    await emu.call('POST', users, alice());
    const device = await emu.call('POST', `${users}/1001/devices`, { synchronous: 'yes', device: '1001a' });
    expect(device.body).toMatchObject({ device: '1001a' });
    expect(device.body).not.toHaveProperty('created-datetime');
    const [listed] = (await emu.call('GET', `/domains/${DOMAIN}/devices`)).body;
    expect(listed).toMatchObject({ device: '1001a' });
    expect(listed).not.toHaveProperty('created-datetime');
    const put = await emu.call('PUT', `${users}/1001`, { 'name-last-name': 'Smith' });
    expect([put.status, put.body]).toEqual([202, {}]);
  });
});
