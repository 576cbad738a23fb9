/**
 * Every action kind through computePlan + applyPlan against a strict emulator, checked in the
 * emulator's own state. All requests must conform to the spec (the contract test, see
 * SPEC-DEFECTS.md for the defects the provider works around: D1 email/email-address, D2 is-active,
 * D3 synchronous, D4 callqueue domain, D5 the password grant body).
 */
import { dispatchTypeFor, scopeFor } from '../../../src/providers/netsapiens/mapper.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NetsapiensEmulator } from '../../../src/emulators/netsapiens/index.js';
import type { Org } from '../../../src/model/org.js';
import type { Provider } from '../../../src/contract/provider.js';
import { org } from '../../plan/builders.js';
import { applyOnce, failures, NETSAPIENS_DOMAIN, netsapiensConfig, planFor, providerFor, remaining, startEmulator, violations } from './helpers.js';

let emu: NetsapiensEmulator;
let provider: Provider;
const domain = () => emu.state.requireDomain(NETSAPIENS_DOMAIN);
const paths = () => emu.log.requests().map((r) => `${r.method} ${r.path}`);

beforeEach(async () => {
  emu = await startEmulator();
  provider = providerFor(emu);
});
afterEach(async () => {
  expect(violations(emu)).toEqual([]);
  await provider.close?.();
  await emu.close();
});

const hours = { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'], sat: [], sun: [] };

function base() {
  return org()
    .schedule('Office hours', { weekly: hours })
    .extension('101', { type: 'sip-tls', callerId: '18005550101', device: { mac: '0004F2AABB01', model: 'VVX450' } })
    .user('alice@example.com', { name: 'Alice Smith', extension: '101', role: 'admin', receiveCalls: 'Office hours' })
    .user('bob@example.com', { name: 'Bob Jones', extension: '102', role: 'supervisor' })
    .user('carol@example.com', { name: 'Carol', extension: '103', panelAccess: false, receiveCalls: 'never' })
    .department('Sales', { extension: '200', routing: 'round-robin', ringTimeout: 25, members: ['alice@example.com', 'bob@example.com'] });
}

function build(b: ReturnType<typeof base>): Org {
  return { ...b.build(), provider: netsapiensConfig(emu.url) };
}

async function converge(desired: Org) {
  const round = await applyOnce(provider, desired);
  expect(failures(round.manifest)).toEqual([]);
  expect(await remaining(provider, desired)).toEqual([]);
  return round;
}

describe('create', () => {
  it('creates users, their device after them, answer rules, a queue with agents and a timeframe; invites panel users', async () => {
    await converge(build(base()));
    const d = domain();
    expect(d.users.get('101')).toMatchObject({
      'name-first-name': 'Alice', 'name-last-name': 'Smith', 'email-address': 'alice@example.com', 'user-scope': 'Office Manager', 'caller-id-number': '18005550101',
    });
    expect(d.users.get('103')).toMatchObject({ 'name-first-name': 'Carol', 'name-last-name': '', 'user-scope': 'No Portal' });
    expect(d.devices.get('101')?.get('101')).toMatchObject({ 'device-provisioning-sip-transport-protocol': 'tls', 'device-provisioning-mac-address': '0004F2AABB01', 'device-models-model': 'VVX450' });
    expect(d.devices.get('102')?.size ?? 0).toBe(0);
    expect(d.answerrules.get('101')?.map((r) => r['time-frame'])).toEqual(['Office hours', '*']);
    expect(d.answerrules.get('103')).toEqual([{ 'time-frame': '*', enabled: 'yes', 'do-not-disturb': { enabled: 'yes' } }]);
    expect(d.callqueues.get('200')).toMatchObject({ description: 'Sales', 'callqueue-dispatch-type': 'Tiered Round-robin', 'callqueue-agent-dispatch-timeout-seconds': 25 });
    expect([...d.agents.get('200')!.values()].map((a) => [a['callqueue-agent-id'], a['callqueue-agent-dispatch-order-ordinal']]).sort()).toEqual([
      ['101@example.com', 1],
      ['102@example.com', 2],
    ]);
    expect([...d.timeframes.values()].map((t) => [t['timeframe-name'], t['timeframe-type']])).toEqual([['Office hours', 'days-of-week']]);
    expect(emu.state.emails.map((e) => [e.user, e.template, e.subject]).sort()).toEqual([
      ['101', 'welcome_email.php', 'New Account Setup'],
      ['102', 'welcome_email.php', 'New Account Setup'],
    ]);
    // Creates ask for the object back.
    expect(emu.log.requests().filter((r) => r.method === 'POST' && !r.path.endsWith('/email')).every((r) => (r.body as { synchronous?: string }).synchronous === 'yes')).toBe(true);
  });

  // What NetSapiens cannot hold is blocked before apply now: no extension (RF411/RF412), balanced routing (RF413),
  // a new owner (RF414); test/cli/plan-never-lies.test.ts. The mapper still refuses them if a plan got through.
  it('refuses what NetSapiens cannot hold, with the reason', () => {
    expect(() => scopeFor('owner', true, 'user["own@example.com"]')).toThrow(/owner scopes/);
    expect(() => dispatchTypeFor('balanced', 'department["Ops"]')).toThrow(/no dispatch type for routing "balanced"/);
  });

  it('plans custom roles as manual: NetSapiens has no role API', async () => {
    const desired = build(org().role('Team leads', { base: 'supervisor' }));
    const plan = planFor(provider, desired, await provider.read());
    expect(plan.actions).toMatchObject([{ kind: 'manual', intent: 'create', why: 'user-scope is a fixed set; NetSapiens has no role API' }]);
  });
});

describe('update', () => {
  it('updates users (re-sending the required fields), devices, caller ids, queues, agents, timeframes and answer rules', async () => {
    await converge(build(base()));
    emu.log.clear();
    const changed = base()
      .schedule('Office hours', { weekly: { ...hours, sat: ['10:00-14:00'] } })
      .extension('101', { type: 'sip', callerId: null, device: null })
      .user('alice@example.com', { name: 'Alice Cooper', extension: '101', role: 'manager', receiveCalls: 'always' })
      .user('bob@example.com', { name: 'Bob Jones', extension: '102', role: 'supervisor', receiveCalls: 'Office hours' })
      .department('Sales', { extension: '200', routing: 'longest-idle', ringTimeout: 40, members: [{ user: 'alice@example.com', priority: 2 }, { user: 'bob@example.com', priority: 1 }] });
    await converge(build(changed));
    const d = domain();
    expect(d.users.get('101')).toMatchObject({ 'name-last-name': 'Cooper', 'user-scope': 'Site Manager', 'caller-id-number': '' });
    const userPuts = emu.log.requests().filter((r) => r.method === 'PUT' && /\/users\/\d+$/.test(r.path));
    for (const put of userPuts) expect(Object.keys(put.body as object)).toEqual(expect.arrayContaining(['name-first-name', 'name-last-name', 'email', 'email-address', 'user-scope']));
    expect(d.devices.get('101')?.get('101')).toMatchObject({ 'device-provisioning-sip-transport-protocol': 'udp', 'device-provisioning-mac-address': '' });
    expect(d.callqueues.get('200')).toMatchObject({ 'callqueue-dispatch-type': 'Round-robin', 'callqueue-agent-dispatch-timeout-seconds': 40 });
    expect(d.agents.get('200')?.get('102@example.com')?.['callqueue-agent-dispatch-order-ordinal']).toBe(1);
    expect([...d.timeframes.values()][0]!['timeframe-days-of-week-array']).toHaveLength(1);
    expect(d.answerrules.get('102')?.map((r) => r['time-frame'])).toEqual(['Office hours', '*']);
    expect(d.answerrules.get('101')).toEqual([{ 'time-frame': '*', enabled: 'yes', 'do-not-disturb': { enabled: 'no' } }]);
  });
});

describe('replace and delete', () => {
  it('replaces a user whose extension changes, and re-adds it to its queue', async () => {
    await converge(build(base()));
    const moved = base().user('bob@example.com', { name: 'Bob Jones', extension: '112', role: 'supervisor' });
    const { plan } = await converge(build(moved));
    expect(plan.actions.map((a) => `${a.kind} ${a.address}`)).toContain('replace user["bob@example.com"]');
    const d = domain();
    expect(d.users.has('102')).toBe(false);
    expect(d.users.get('112')).toMatchObject({ 'email-address': 'bob@example.com' });
    expect(d.agents.get('200')?.has('112@example.com')).toBe(true);
  });

  it('deletes pruned users, queues and timeframes; a web extension leaves no device behind', async () => {
    await converge(build(base()));
    const pruned = org().prune({ users: true, departments: true, schedules: true, extensions: true })
      .user('bob@example.com', { name: 'Bob Jones', extension: '102', role: 'supervisor' });
    await converge(build(pruned));
    const d = domain();
    expect([...d.users.keys()]).toEqual(['102']);
    expect(d.callqueues.size).toBe(0);
    expect(d.timeframes.size).toBe(0);
    expect(d.devices.get('101')).toBeUndefined();
  });

  it('cancel-invite sends nothing: removing portal access voids the welcome email', async () => {
    await converge(build(base()));
    emu.log.clear();
    const noPortal = base().user('bob@example.com', { name: 'Bob Jones', extension: '102', role: 'agent', panelAccess: false });
    const { plan } = await converge(build(noPortal));
    expect(plan.actions.map((a) => `${a.kind} ${a.address}`)).toContain('cancel-invite user["bob@example.com"]');
    expect(paths().filter((p) => p.includes('/email'))).toEqual([]);
    expect(domain().users.get('102')?.['user-scope']).toBe('No Portal');
  });
});
