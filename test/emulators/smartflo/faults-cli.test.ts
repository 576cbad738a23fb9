import { describe, expect, it } from 'vitest';
import { emulateSmartflo } from '../../../src/emulators/smartflo/cli.js';
import { EMULATED_VENDORS, startEmulator } from '../../../src/emulators/registry.js';
import { newUser, send, start } from './helpers.js';
import { rejection } from '../../helpers/rejection.js';
import { RingformError } from '../../../src/errors.js';
import { errors } from 'undici';

describe('smartflo emulator: faults and CLI', () => {
  it('answers 429 with Retry-After and a vendor error body; lost creates happen', async () => {
    const emu = await start({ faults: 'schedule=429+lost-create,retry-after=2' });
    const limited = await emu.call('GET', '/v1/users');
    expect(limited).toMatchObject({ status: 429, headers: { 'retry-after': '2' }, body: { success: false } });
    await rejection(emu.call('POST', '/v1/user', newUser()), errors.SocketError);
    expect(emu.state.users.size).toBe(1);
    expect(emu.log.requests().map((r) => r.fault)).toEqual(['429', 'lost-create']);
    expect(JSON.stringify(emu.log.requests())).not.toContain('Secret-pass1!');
  });

  it('ringform emulate smartflo prints the URL and the emulator admin login, which work', async () => {
    expect(EMULATED_VENDORS).toContain('smartflo');
    let out = '';
    const running = await startEmulator('smartflo', { port: 0 }, { stdout: { write: (s) => void (out += s) } });
    try {
      const url = /listening on (\S+)/.exec(out)![1]!;
      const loginId = /Login id: (\S+)/.exec(out)![1]!;
      const password = /Password: (\S+)/.exec(out)![1]!;
      const login = await send(url, 'POST', '/v1/auth/login', { email: loginId, password }, null);
      expect(login.status).toBe(200);
      expect((await send(url, 'GET', '/v1/roles', undefined, login.body.access_token)).body.data.length).toBeGreaterThan(0);
    } finally {
      await running.close();
    }
  });

  it('binds loopback only; a seed file that is not there is named', async () => {
    const io = { stdout: { write: () => undefined } };
    expect((await rejection(emulateSmartflo({ port: 0, host: '0.0.0.0' }, io), RingformError)).message).toMatch(/127\.0\.0\.1/);
    expect((await rejection(emulateSmartflo({ port: 0, seedFile: 'x.json' }, io), RingformError)).message).toMatch('seed file x.json not found');
  });
});
