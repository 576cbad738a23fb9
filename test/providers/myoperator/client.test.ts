/**
 * The MyOperator provider against its emulator: where the token goes (query for GET, form body for
 * POST/PUT, never a header), that no log line or error carries it, envelopes, pagination and faults.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startMyoperatorEmulator, type MyoperatorEmulator } from '../../../src/emulators/myoperator/index.js';
import type { RequestLogEntry } from '../../../src/providers/http/client.js';
import { VendorError } from '../../../src/providers/http/errors.js';
import { MyoClient } from '../../../src/providers/myoperator/client.js';
import { createMyoperatorProvider } from '../../../src/providers/myoperator/index.js';
import { createdRecord } from '../../../src/plan/fields.js';
import type { Action } from '../../../src/plan/types.js';
import { FAST_RETRY, myoperatorConfig } from '../../conformance/myoperator.harness.js';
import { user } from '../../helpers/model.js';
import { rejection } from '../../helpers/rejection.js';
import { RingformError } from '../../../src/errors.js';

const TOKEN = 'secret-token-4711';
let emu: MyoperatorEmulator;
afterEach(() => emu.close());

async function setup(opts: Parameters<typeof startMyoperatorEmulator>[0] = {}) {
  emu = await startMyoperatorEmulator({ tokens: [TOKEN], ...opts });
  const logs: RequestLogEntry[] = [];
  const config = myoperatorConfig(emu.url, { tokenEnv: 'MYO_TOKEN' });
  const client = new MyoClient(config, { env: { MYO_TOKEN: TOKEN }, http: { ...FAST_RETRY, onLog: (e) => logs.push(e) } });
  return { client, logs, config };
}

const asha = { name: 'Asha Rao', contact_number: '9876500001', country_code: '91', extension: '101', email: 'asha@example.com' };

describe('MyOperator client', () => {
  it('sends the token in the query of a GET and in the form body of a POST or PUT', async () => {
    const { client } = await setup();
    const created = await client.createUser(asha);
    await client.updateUser(String(created!.uuid), { receive_calls: '0' });
    await client.listUsers();
    const [post, put, get] = emu.log.requests();
    expect([post!.method, post!.query.token, (post!.body as Record<string, string>).token]).toEqual(['POST', undefined, '[redacted]']);
    expect([put!.method, put!.query.token, (put!.body as Record<string, string>).token]).toEqual(['PUT', undefined, '[redacted]']);
    expect([get!.method, get!.query.token, get!.query['page-size']]).toEqual(['GET', '[redacted]', '100']);
    await client.close();
  });

  it('redacts the token from every logged URL and error', async () => {
    const { client, logs } = await setup();
    await client.createUser(asha);
    const error = await client.createUser(asha).catch((e: unknown) => e);
    await client.listUsers();
    expect(error).toBeInstanceOf(VendorError);
    expect((error as Error).message).toContain('email already exists');
    expect(logs.some((l) => l.path.includes('token=[REDACTED]'))).toBe(true);
    expect(JSON.stringify(logs) + (error as Error).message).not.toContain(TOKEN);
    await client.close();
  });

  it('turns a wrong token into a clear error that does not echo it', async () => {
    const { config } = await setup();
    const client = new MyoClient(config, { env: { MYO_TOKEN: 'wrong-token-0815' }, http: FAST_RETRY });
    const error = (await client.listUsers().catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/\[myoperator\] GET \/user\?token=\[REDACTED\]&page=1&page-size=100 200 answered with an error: not an authorized request \(code 400\)/);
    expect(error.message).not.toContain('wrong-token-0815');
    await client.close();
  });

  it('reads every page until next_page runs out', async () => {
    const { client } = await setup();
    for (let i = 0; i < 230; i++) emu.state.add({ name: `U${i}`, contact_number: String(9000000000 + i), email: `u${i}@example.com` });
    expect(await client.listUsers()).toHaveLength(230);
    expect(emu.log.requests().map((r) => r.query.page)).toEqual(['1', '2', '3']);
    await client.close();
  });

  it('retries a 429 after Retry-After and recovers a lost create without a duplicate', async () => {
    const { client } = await setup();
    emu.faults('schedule=429+ok,retry-after=0');
    expect(await client.listUsers()).toEqual([]);
    emu.faults('schedule=lost-create+ok+ok+ok');
    const created = await client.createUser(asha);
    expect(created?.email).toBe('asha@example.com');
    expect(emu.state.users).toHaveLength(1);
    await client.close();
  });

  it('refuses beyond the seat limit with the vendor message', async () => {
    const { config } = await setup({ seatLimit: 0 });
    const provider = createMyoperatorProvider(config, { env: { MYO_TOKEN: TOKEN }, http: FAST_RETRY });
    const after = createdRecord('user', { ...user('asha@example.com', { name: 'Asha', phone: '+919876500001', extension: '101' }) });
    const action: Action = { id: '1', kind: 'create', resource: 'user', address: 'user["asha@example.com"]', reason: '', dependsOn: [], vendorId: null, after };
    expect((await rejection(provider.apply(action, () => undefined), RingformError)).message).toMatch(/user limit reached/);
    await provider.close?.();
  });
});

describe('MyOperator credentials', () => {
  it('names the missing variable and never prints a token', async () => {
    emu = await startMyoperatorEmulator({ tokens: [TOKEN] });
    expect(() => new MyoClient(myoperatorConfig(emu.url, { tokenEnv: 'NOPE' }), { env: {} })).toThrow(/NOPE \(provider.credentials.tokenEnv/);
    expect(() => new MyoClient(myoperatorConfig(emu.url), { env: {} })).toThrow(/Manage → API integration/);
  });
});
