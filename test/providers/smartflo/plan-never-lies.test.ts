/**
 * Smartflo cases a reviewer found where a clean plan was followed by a failing apply, or the plan showed what
 * apply did not do; each against the strict emulator, through the real provider, planner and apply engine.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SmartfloEmulator } from '../../../src/emulators/smartflo/index.js';
import { createUser as emulatorCreateUser } from '../../../src/emulators/smartflo/users.js';
import type { Provider } from '../../../src/contract/provider.js';
import type { Org } from '../../../src/model/org.js';
import { createSmartfloProvider } from '../../../src/providers/smartflo/index.js';
import { org } from '../../plan/builders.js';
import { applyOnce, FAST_RETRY, failures, loginEnv, planFor, remaining, smartfloConfig, startStrict } from './helpers.js';

let emu: SmartfloEmulator;
let provider: Provider;
afterEach(async () => {
  await provider?.close?.();
  await emu?.close();
});

async function setUp(vendor: Record<string, unknown> = {}) {
  emu = await startStrict();
  const { env, credentials } = loginEnv(emu);
  const base = smartfloConfig(emu.url, credentials);
  const config = { ...base, vendor: { ...base.vendor, ...vendor } };
  provider = createSmartfloProvider(config, { env, http: FAST_RETRY });
  return config;
}

/** A user made in the panel (not by ringform): straight into the emulator's state, as the API would. */
function panelUser(email: string, loginId: string, number: string) {
  return emulatorCreateUser(emu.state, {
    name: 'Old Timer', number, create_agent: true, create_web_login: true, email, login_id: loginId, user_role: 2, password: 'Aa-bbbbbb1!', status: true, caller_id: [101],
  });
}

const writes = () => emu.log.requests().filter((r) => r.method !== 'GET' && r.path !== '/v1/auth/login');

describe('Smartflo: what the vendor refuses is known at plan time', () => {
  it('agent groups listed under provider.vendor.smartflo.agentGroups: an unknown one blocks the plan (RF466), nothing is sent; known ones apply and converge', async () => {
    const config = await setUp({ agentGroups: ['Inbound', 'Outbound'] });
    const desired: Org = { ...org().user('asha@example.com', { name: 'Asha Rao', phone: '+919800000101', agentGroups: ['Inbound', 'Nightshift'] }).build(), extensions: [], provider: config };
    const plan = planFor(provider, desired, await provider.read());
    expect(plan.blocking?.map((b) => `${b.code} ${b.address}`)).toEqual(['RF466 user["asha@example.com"]']);
    expect(plan.blocking?.[0]?.message).toContain('"Nightshift"');
    expect(writes()).toEqual([]);

    desired.users[0]!.agentGroups = ['Inbound'];
    const { plan: fixed, manifest } = await applyOnce(provider, desired);
    expect(fixed.blocking).toBeUndefined();
    expect(failures(manifest)).toEqual([]);
    expect(emu.state.findUser((u) => u.email === 'asha@example.com')?.agentGroups).toEqual(['Inbound']);
    expect(await remaining(provider, desired)).toEqual([]);
  });

  it('agent groups with no list in org.yaml: the plan names them as sent unchecked (an unverified line), never a silent pass', async () => {
    const config = await setUp();
    const desired: Org = { ...org().user('asha@example.com', { name: 'Asha Rao', phone: '+919800000101', agentGroups: ['Inbound', 'Nightshift'] }).build(), extensions: [], provider: config };
    const plan = planFor(provider, desired, await provider.read());
    expect(plan.blocking).toBeUndefined();
    const line = plan.unverified.find((u) => u.field === 'agentGroups' && u.why.includes('unchecked'));
    expect(line?.why).toContain('"Inbound", "Nightshift" sent unchecked by user["asha@example.com"]');
    expect(line?.why).toContain('provider.vendor.smartflo.agentGroups');
  });

  it('a login id a live user not in org.yaml already has blocks the create (RF467), any case; the user\'s own login id does not', async () => {
    const config = await setUp();
    panelUser('old@example.com', 'taken.id', '9800000199');
    const desired: Org = {
      ...org().user('cara@example.com', { name: 'Cara Iyer', phone: '+919800000103', loginId: 'Taken.ID' }).build(),
      extensions: [],
      provider: config,
    };
    const plan = planFor(provider, desired, await provider.read());
    expect(plan.blocking?.map((b) => `${b.code} ${b.address}`)).toEqual(['RF467 user["cara@example.com"]']);
    expect(plan.blocking?.[0]?.message).toContain('old@example.com');
    expect(plan.blocking?.[0]?.fix).toContain('not in org.yaml');

    // The default login id (the email) clashes too: a panel user signing in as cara's email.
    desired.users[0]!.loginId = null;
    panelUser('older@example.com', 'cara@example.com', '9800000198');
    const byEmail = planFor(provider, desired, await provider.read());
    expect(byEmail.blocking?.map((b) => b.code)).toEqual(['RF467']);

    // A free login id applies; changing it later to the user's own (other case) is no clash.
    desired.users[0]!.loginId = 'cara.iyer';
    const { manifest } = await applyOnce(provider, desired);
    expect(failures(manifest)).toEqual([]);
    desired.users[0]!.loginId = 'Cara.Iyer';
    expect(planFor(provider, desired, await provider.read()).blocking).toBeUndefined();
    // Moving an existing user onto a taken one is refused too.
    desired.users[0]!.loginId = 'TAKEN.id';
    expect(planFor(provider, desired, await provider.read()).blocking?.map((b) => b.code)).toEqual(['RF467']);
  });
});
