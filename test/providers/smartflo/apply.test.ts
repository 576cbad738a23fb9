/** What the Smartflo provider sends for each kind of action, and what it leaves to a person. */
import { afterEach, describe, expect, it } from 'vitest';
import type { SmartfloEmulator } from '../../../src/emulators/smartflo/index.js';
import type { Provider } from '../../../src/contract/provider.js';
import { createSmartfloProvider } from '../../../src/providers/smartflo/index.js';
import { org } from '../../plan/builders.js';
import { applyOnce, FAST_RETRY, failures, loginEnv, remaining, smartfloConfig, startStrict } from './helpers.js';
import { rejection } from '../../helpers/rejection.js';
import { RingformError } from '../../../src/errors.js';

let emu: SmartfloEmulator;
let provider: Provider;
afterEach(async () => {
  await provider?.close?.();
  await emu?.close();
});

async function setUp(extraEnv: NodeJS.ProcessEnv = {}) {
  emu = await startStrict();
  const { env, credentials } = loginEnv(emu);
  const config = smartfloConfig(emu.url, credentials);
  provider = createSmartfloProvider(config, { env: { ...env, ...extraEnv }, http: FAST_RETRY });
  return config;
}

describe('smartflo apply', () => {
  it('creates users with an agent and a web login; the invite is a manual step; passwordEnv is honoured', async () => {
    const config = await setUp({ PRIYA_PW: 'Priya-Chose-1!' });
    const desired = {
      ...org()
        .user('priya@example.com', { name: 'Priya Shah', phone: '+919800000001', role: 'supervisor', receiveCalls: 'Office hours', vendor: { smartflo: { passwordEnv: 'PRIYA_PW', agent_group: ['Inbound'] } } })
        .user('ravi@example.com', { name: 'Ravi Kumar', phone: '+919800000002', panelAccess: false, status: 'disabled' })
        .build(),
      provider: config,
    };
    const { plan, manifest } = await applyOnce(provider, desired);
    expect(failures(manifest)).toEqual([]);
    const invite = plan.actions.find((a) => a.kind === 'manual' && a.intent === 'invite');
    expect(invite && 'steps' in invite ? invite.steps : []).toEqual([
      "Ask Priya Shah to sign in to the Smartflo web panel with login id priya@example.com using 'Forgot password' to set their own password.",
    ]);
    const [priya, ravi] = [...emu.state.users.values()];
    expect(priya!.password).toBe('Priya-Chose-1!');
    expect([priya!.number, priya!.loginId, priya!.agent!.timeGroup?.name, priya!.agentGroups]).toEqual(['9800000001', 'priya@example.com', 'Office hours', ['Inbound']]);
    expect(priya!.agent!.id).toMatch(/^\d{13}$/);
    expect(String(priya!.agent!.intercom)).toMatch(/^\d{4}$/);
    expect([ravi!.webLoginBlocked, ravi!.agent!.status]).toEqual([true, 1]);
    expect(await remaining(provider, desired)).toEqual([]);
  });

  it('changing an email moves a login id that was the email', async () => {
    const config = await setUp();
    const desired = { ...org().user('a.user@example.com', { name: 'A User', phone: '+919800000003' }).build(), provider: config };
    await applyOnce(provider, desired);
    desired.users[0] = { ...desired.users[0]!, email: 'a.person@example.com', previously: ['a.user@example.com'] };
    expect(failures((await applyOnce(provider, desired)).manifest)).toEqual([]);
    const [u] = [...emu.state.users.values()];
    expect([u!.email, u!.loginId]).toEqual(['a.person@example.com', 'a.person@example.com']);
  });

  it('a user without a phone blocks the plan (RF400) and nothing is sent; a time group change and a department delete are manual', async () => {
    const config = await setUp();
    const desired = {
      ...org()
        .user('nophone@example.com', { name: 'No Phone' })
        .user('b@example.com', { name: 'Bee', phone: '+919800000004' })
        .department('Ops', { members: ['b@example.com'] })
        .build(),
      provider: config,
    };
    expect((await rejection(applyOnce(provider, desired), RingformError)).message).toMatch(/blocking diagnostic.*RF400/);
    expect(emu.state.users.size).toBe(0);
    desired.users = desired.users.filter((u) => u.email !== 'nophone@example.com');
    expect(failures((await applyOnce(provider, desired)).manifest)).toEqual([]);
    desired.users = desired.users.filter((u) => u.email !== 'nophone@example.com').map((u) => ({ ...u, receiveCalls: 'office' }));
    desired.departments = [];
    desired.settings.prune = { ...desired.settings.prune, departments: true };
    const { plan } = await applyOnce(provider, desired);
    const manual = plan.actions.filter((a) => a.kind === 'manual').map((a) => `${a.kind === 'manual' ? a.intent : ''} ${a.address}`);
    expect(manual).toEqual(expect.arrayContaining(['update user["b@example.com"]', 'delete department["Ops"]']));
    expect(emu.state.departments.size).toBe(1);
  });
});
