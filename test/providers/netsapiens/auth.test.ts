/** Credentials: API key, the OAuth2 password grant with refresh, clear errors that never carry a secret. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RingformError } from '../../../src/errors.js';
import type { NetsapiensEmulator } from '../../../src/emulators/netsapiens/index.js';
import { AuthError } from '../../../src/providers/http/errors.js';
import { createNetsapiensProvider } from '../../../src/providers/netsapiens/index.js';
import type { Provider } from '../../../src/contract/provider.js';
import { FAST_RETRY } from '../../conformance/netsapiens.harness.js';
import { NETSAPIENS_DOMAIN, netsapiensConfig, startEmulator, violations } from './helpers.js';

const LOGIN = 'admin@example.com';
const PASSWORD = 'correct-horse-battery';
const PASSWORD_ENV = { clientIdEnv: 'NS_CLIENT_ID', clientSecretEnv: 'NS_CLIENT_SECRET', usernameEnv: 'NS_USER', passwordEnv: 'NS_PASSWORD' };

let emu: NetsapiensEmulator | undefined;
let provider: Provider | undefined;
afterEach(async () => {
  await provider?.close?.();
  await emu?.close();
  provider = undefined;
  emu = undefined;
});

async function startWithLogin(tokenTtlSeconds = 3600): Promise<NetsapiensEmulator> {
  return startEmulator({
    tokenTtlSeconds,
    passwords: { [LOGIN]: PASSWORD },
    seed: { domains: { [NETSAPIENS_DOMAIN]: { users: [{ user: '900', 'login-username': LOGIN, 'name-first-name': 'Admin', 'name-last-name': 'User', 'email-address': LOGIN, 'user-scope': 'Office Manager' }] } } },
  });
}

function passwordEnv(password = PASSWORD): NodeJS.ProcessEnv {
  return { NS_CLIENT_ID: emu!.oauthClient.clientId, NS_CLIENT_SECRET: emu!.oauthClient.clientSecret, NS_USER: LOGIN, NS_PASSWORD: password };
}

const grants = () => emu!.log.requests().filter((r) => r.path === '/tokens').map((r) => `${(r.body as { grant_type: string }).grant_type} ${r.status}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('API key', () => {
  it('reads with the key from the env var', async () => {
    emu = await startWithLogin();
    provider = createNetsapiensProvider(netsapiensConfig(emu!.url, { tokenEnv: 'NS_TOKEN' }), { env: { NS_TOKEN: emu!.token }, http: FAST_RETRY });
    expect((await provider.read()).users.map((u) => u.id)).toEqual(['900']);
    expect(violations(emu)).toEqual([]);
  });

  it('a bad key is an AuthError with the vendor message and no secret', async () => {
    emu = await startWithLogin();
    const wrong = 'nsd_0123456789abcdef0123456789abcdef';
    provider = createNetsapiensProvider(netsapiensConfig(emu!.url, { tokenEnv: 'NS_TOKEN' }), { env: { NS_TOKEN: wrong }, http: FAST_RETRY });
    const error = await provider.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).message).toMatch(/\[netsapiens\] GET \/domains\/example\.com\/.* 401 unauthorised: Invalid access token/);
    expect((error as AuthError).message).not.toContain(wrong);
  });

  it('reads the key from credentials.file, relative to org.yaml', async () => {
    emu = await startWithLogin();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ringform-ns-'));
    writeFileSync(path.join(dir, 'ns.json'), JSON.stringify({ token: emu!.token }));
    const config = { ...netsapiensConfig(emu!.url, { file: 'ns.json' }), baseDir: dir };
    provider = createNetsapiensProvider(config, { env: {}, http: FAST_RETRY });
    expect((await provider.read()).users).toHaveLength(1);
  });
});

describe('password grant', () => {
  it('obtains a token, and renews it with the refresh token once it is about to expire', async () => {
    emu = await startWithLogin(1);
    provider = createNetsapiensProvider(netsapiensConfig(emu!.url, PASSWORD_ENV), { env: passwordEnv(), http: FAST_RETRY });
    await provider.read();
    await provider.read();
    expect(grants()).toEqual(['password 200']);
    await sleep(1100);
    await provider.read();
    expect(grants()).toEqual(['password 200', 'refresh_token 200']);
    expect(emu!.log.requests().filter((r) => r.status === 401)).toEqual([]);
    expect(violations(emu)).toEqual([]);
  });

  it('refreshes once after a 401 (a token that expired sooner than expected) and retries', async () => {
    emu = await startWithLogin(1);
    // The provider's clock stands still: it believes the token is still good when the server does not.
    const frozen = Date.now();
    provider = createNetsapiensProvider(netsapiensConfig(emu!.url, PASSWORD_ENV), { env: passwordEnv(), http: FAST_RETRY, clock: () => frozen });
    await provider.read();
    await sleep(1100);
    expect((await provider.read()).users).toHaveLength(1);
    // The read's first requests run together: each got a 401, and they shared one refresh.
    expect(grants()).toEqual(['password 200', 'refresh_token 200']);
    expect(emu!.log.requests().filter((r) => r.status === 401).length).toBeGreaterThan(0);
  });

  it('takes the grant from credentials.file', async () => {
    emu = await startWithLogin();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ringform-ns-'));
    const { NS_CLIENT_ID: clientId, NS_CLIENT_SECRET: clientSecret } = passwordEnv();
    writeFileSync(path.join(dir, 'ns.json'), JSON.stringify({ clientId, clientSecret, username: LOGIN, password: PASSWORD }));
    provider = createNetsapiensProvider({ ...netsapiensConfig(emu!.url, { file: 'ns.json' }), baseDir: dir }, { env: {}, http: FAST_RETRY });
    expect((await provider.read()).users).toHaveLength(1);
  });

  it('a wrong password is an AuthError from POST /tokens that does not show the password or client secret', async () => {
    emu = await startWithLogin();
    provider = createNetsapiensProvider(netsapiensConfig(emu!.url, PASSWORD_ENV), { env: passwordEnv('wrong-password-123'), http: FAST_RETRY });
    const error = (await provider.read().catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toMatch(/POST \/tokens 401 unauthorised: Invalid username or password/);
    expect(error.message).not.toContain('wrong-password-123');
    expect(error.message).not.toContain(emu!.oauthClient.clientSecret);
  });
});

describe('configuration errors', () => {
  const endpoint = 'http://127.0.0.1:9/ns-api/v2';

  it('names a missing env var, never a value', () => {
    expect(() => createNetsapiensProvider(netsapiensConfig(endpoint, { tokenEnv: 'NS_NOT_SET' }), { env: {} })).toThrow(
      new RingformError('netsapiens: environment variable NS_NOT_SET (provider.credentials.tokenEnv in org.yaml) is not set'),
    );
    expect(() => createNetsapiensProvider(netsapiensConfig(endpoint, PASSWORD_ENV), { env: { NS_CLIENT_ID: 'id', NS_CLIENT_SECRET: 's3cret-value', NS_USER: 'u' } })).toThrow(
      /environment variable NS_PASSWORD \(provider\.credentials\.passwordEnv in org\.yaml\) is not set/,
    );
  });

  it('asks for credentials when none are configured', () => {
    expect(() => createNetsapiensProvider(netsapiensConfig(endpoint), { env: {} })).toThrow(/no clientId for the password grant: set provider\.credentials\.clientIdEnv/);
  });

  it('names the org.yaml field when endpoint or domain is missing', () => {
    const env = { T: 'nsd_x' };
    expect(() => createNetsapiensProvider({ ...netsapiensConfig(endpoint, { tokenEnv: 'T' }), endpoint: null }, { env })).toThrow(/provider\.endpoint is required in org\.yaml/);
    expect(() => createNetsapiensProvider({ ...netsapiensConfig(endpoint, { tokenEnv: 'T' }), domain: null }, { env })).toThrow(/provider\.domain is required in org\.yaml/);
  });

  it('does not echo a credentials file that is not JSON', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ringform-ns-'));
    writeFileSync(path.join(dir, 'bad.json'), 'token: nsd_supersecretvalue');
    const config = { ...netsapiensConfig(endpoint, { file: 'bad.json' }), baseDir: dir };
    expect(() => createNetsapiensProvider(config, { env: {} })).toThrow(/credentials file bad\.json is not valid JSON$/);
  });
});
