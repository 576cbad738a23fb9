/**
 * Login tokens: cached and renewed before they expire; a token that expires (or is revoked) in the middle
 * of an apply is renewed once and the apply completes. A refused login is never retried, and a locked
 * account says so. API tokens and missing env vars.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SmartfloEmulator } from '../../../src/emulators/smartflo/index.js';
import { RingformError } from '../../../src/errors.js';
import { AuthError } from '../../../src/providers/http/errors.js';
import type { Provider } from '../../../src/contract/provider.js';
import { createSmartfloProvider } from '../../../src/providers/smartflo/index.js';
import { applyPlan } from '../../../src/apply/engine.js';
import { failures, planFor, FAST_RETRY, loginEnv, logins, providerOn, remaining, smartfloConfig, startStrict, teamOrg } from './helpers.js';

let emu: SmartfloEmulator;
const providers: Provider[] = [];
const track = (p: Provider) => (providers.push(p), p);
afterEach(async () => {
  await Promise.all(providers.splice(0).map((p) => p.close?.()));
  await emu.close();
});

describe('login tokens', () => {
  it('a token that expires mid-apply is renewed once, and the apply completes', async () => {
    emu = await startStrict({ tokenTtlSeconds: 2 });
    // A clock that never moves: the provider cannot see the expiry coming, so the server's 401 is what tells it.
    const provider = track(providerOn(emu, { clock: () => 0 }));
    const desired = teamOrg(emu.url, 2);
    const live = await provider.read();
    expect(logins(emu)).toBe(1);
    // Every request now takes 300 ms and actions run one at a time: 9 requests (~2.7 s), the token dies at 2 s.
    emu.faults('schedule=latency,latency-ms=300');
    const manifest = await applyPlan(planFor(provider, desired, live), provider, { live, parallelism: 1 });
    emu.faults(null);
    expect(failures(manifest)).toEqual([]);
    expect(emu.log.requests().some((r) => r.status === 401)).toBe(true);
    expect(logins(emu)).toBe(2);
    expect(await remaining(provider, desired)).toEqual([]);
  }, 20_000);

  it('renews a token shortly before it expires, without waiting for a 401', async () => {
    emu = await startStrict({ tokenTtlSeconds: 3600 });
    let now = 0;
    const provider = track(providerOn(emu, { clock: () => now }));
    await provider.read();
    now = 49 * 60_000;
    await provider.read();
    expect(logins(emu)).toBe(1);
    now = 51 * 60_000; // past the renewal point, 10 minutes before expiry
    await provider.read();
    expect(logins(emu)).toBe(2);
    expect(emu.log.requests().some((r) => r.status === 401)).toBe(false);
  });

  it('a revoked token is replaced by one new login, shared by requests that failed together', async () => {
    emu = await startStrict();
    const provider = track(providerOn(emu));
    await provider.read();
    emu.auth.revokeAll();
    await provider.read();
    expect(logins(emu)).toBe(2);
  });

  it('a refused login is not retried, now or by later calls', async () => {
    emu = await startStrict();
    const provider = track(createSmartfloProvider(smartfloConfig(emu.url, { usernameEnv: 'SF_L', passwordEnv: 'SF_P' }), {
      env: { SF_L: emu.admin.loginId, SF_P: 'Wrong-password1!' }, http: FAST_RETRY,
    }));
    const error = await provider.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as Error).message).toMatch(/login refused for login id "ringform.admin"/);
    expect((error as Error).message).toMatch(/does not retry/);
    expect((error as Error).message).toMatch(/failed logins: 1/);
    await expect(provider.read()).rejects.toBe(error);
    expect(logins(emu)).toBe(1);
    expect(emu.auth.logins.refused).toBe(1);
  });

  it('a locked account gives a clear error, even with the right password', async () => {
    emu = await startStrict({ maxFailedLogins: 2 });
    for (let i = 0; i < 2; i++) {
      const wrong = track(createSmartfloProvider(smartfloConfig(emu.url, { usernameEnv: 'L', passwordEnv: 'P' }), { env: { L: emu.admin.loginId, P: 'Nope-nope-1!' }, http: FAST_RETRY }));
      await expect(wrong.read()).rejects.toBeInstanceOf(AuthError);
    }
    const right = track(providerOn(emu));
    const error = (await right.read().catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toMatch(/403/);
    expect(error.message).toMatch(/locked/);
    expect(logins(emu)).toBe(3);
  });

  it('an API token is sent as the Bearer; when revoked, the 401 is final', async () => {
    emu = await startStrict();
    const provider = track(createSmartfloProvider(smartfloConfig(emu.url, { tokenEnv: 'SF_TOKEN' }), { env: { SF_TOKEN: emu.apiToken }, http: FAST_RETRY }));
    await provider.read();
    emu.auth.revokeAll();
    await expect(provider.read()).rejects.toBeInstanceOf(AuthError);
    expect(logins(emu)).toBe(0);
  });

  it('a missing environment variable is named', async () => {
    emu = await startStrict();
    const { credentials } = loginEnv(emu);
    expect(() => createSmartfloProvider(smartfloConfig(emu.url, credentials), { env: {} })).toThrow(RingformError);
    expect(() => createSmartfloProvider(smartfloConfig(emu.url, credentials), { env: {} })).toThrow(new RegExp(credentials.usernameEnv!));
  });
});
