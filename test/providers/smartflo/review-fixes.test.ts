/**
 * Two fixes a reviewer asked for: GET /v1/roles is asked once per provider when the tenant lacks it (a 404 is
 * remembered across reads), and sticky_agent goes out in the documented `{enable, time}` form.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SmartfloEmulator } from '../../../src/emulators/smartflo/index.js';
import type { Provider } from '../../../src/contract/provider.js';
import { createSmartfloProvider } from '../../../src/providers/smartflo/index.js';
import { org } from '../../plan/builders.js';
import { applyOnce, FAST_RETRY, failures, loginEnv, remaining, smartfloConfig, startStrict } from './helpers.js';

let emu: SmartfloEmulator;
let provider: Provider;
afterEach(async () => {
  await provider?.close?.();
  await emu?.close();
});

async function setUp(evidenceOnly: boolean) {
  emu = await startStrict({ evidenceOnly });
  const { env, credentials } = loginEnv(emu);
  const base = smartfloConfig(emu.url, credentials);
  const config = { ...base, vendor: { ...base.vendor, roleIds: { agent: 2, supervisor: 3, admin: 1 } } };
  provider = createSmartfloProvider(config, { env, http: FAST_RETRY });
  return config;
}

const rolesAsked = () => emu.log.requests().filter((r) => r.method === 'GET' && r.path === '/v1/roles').length;

describe('smartflo review fixes', () => {
  it('GET /v1/roles answered 404 once is not asked again by the same provider', async () => {
    await setUp(true);
    await provider.read();
    await provider.read();
    await provider.read();
    expect(rolesAsked()).toBe(1);
  });

  it('GET /v1/roles that exists is read on every read (roles made in the panel since are seen)', async () => {
    await setUp(false);
    await provider.read();
    await provider.read();
    expect(rolesAsked()).toBe(2);
  });

  it('sticky_agent is written as {enable, time}: time from org.yaml, kept from the list on later PUTs, never invented', async () => {
    const config = await setUp(true);
    const desired = {
      ...org()
        .user('a@example.com', { name: 'A User', phone: '+919800000001' })
        .department('Sales', { routing: 'serial', members: ['a@example.com'] })
        .department('Support', { routing: 'serial', stickyAgent: true, members: [] })
        .build(),
      extensions: [],
      provider: config,
    };
    desired.departments[0]!.stickyAgent = true;
    desired.departments[0]!.vendor = { smartflo: { sticky_agent: { time: '2d' } } };
    expect(failures((await applyOnce(provider, desired)).manifest)).toEqual([]);
    const sent = emu.log.requests().filter((r) => r.method === 'POST' && r.path === '/v1/department').map((r) => (r.body as { sticky_agent: unknown }).sticky_agent);
    expect(sent).toEqual([{ enable: 1, time: '2d' }, { enable: 1 }]);
    expect(await remaining(provider, desired)).toEqual([]);
    // A later PUT (ring timeout) sends the period the list shows back; switching off sends {enable: 0}.
    desired.departments[0]!.vendor = {};
    desired.departments[0]!.ringTimeout = 40;
    desired.departments[1]!.stickyAgent = false;
    emu.log.clear();
    expect(failures((await applyOnce(provider, desired)).manifest)).toEqual([]);
    const puts = emu.log.requests().filter((r) => r.method === 'PUT').map((r) => [r.path, (r.body as { sticky_agent: unknown }).sticky_agent]);
    expect(puts.sort()).toEqual([['/v1/department/1', { enable: 1, time: '2d' }], ['/v1/department/2', { enable: 0 }]]);
    expect(await remaining(provider, desired)).toEqual([]);
  });
});
