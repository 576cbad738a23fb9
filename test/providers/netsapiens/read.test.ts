/** read() of a seeded emulator: what each NetSapiens object becomes in the neutral model. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetsapiensEmulator } from '../../../src/emulators/netsapiens/index.js';
import type { LiveOrg } from '../../../src/model/live.js';
import { dowEntry } from '../../../src/providers/netsapiens/mapper.js';
import { NETSAPIENS_DOMAIN, providerFor, startEmulator, violations } from './helpers.js';

const hours = { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: [], thu: [], fri: ['09:00-12:00', '13:00-17:00'], sat: [], sun: [] };

let emu: NetsapiensEmulator;
let live: LiveOrg;

beforeAll(async () => {
  emu = await startEmulator({
    seed: {
      domains: {
        [NETSAPIENS_DOMAIN]: {
          users: [
            { user: '101', 'name-first-name': 'Alice', 'name-last-name': 'Smith', 'email-address': 'alice@example.com', 'user-scope': 'Office Manager', 'caller-id-number': '18005550101' },
            { user: '102', 'name-first-name': 'Bob', 'name-last-name': 'Jones', 'email-address': 'bob@example.com', 'user-scope': 'Basic User', 'status-message': 'at lunch' },
            { user: '103', 'name-first-name': 'Carol', 'name-last-name': '', 'email-address': 'carol@example.com', 'user-scope': 'No Portal' },
            { user: '104', 'name-first-name': 'Root', 'name-last-name': 'Admin', 'email-address': 'root@example.com', 'user-scope': 'Super User' },
            { user: '999', 'name-first-name': 'Hidden', 'name-last-name': 'System', 'service-code': 'system-aa' },
          ],
          devices: {
            '101': [{ device: '101', 'device-provisioning-sip-transport-protocol': 'tls', 'device-provisioning-mac-address': '0004F2AABB01', 'device-models-model': 'VVX450' }],
            '102': [{ device: '102a' }],
          },
          callqueues: [{ callqueue: '200', description: 'Sales', 'callqueue-dispatch-type': 'Linear Hunt', 'callqueue-agent-dispatch-timeout-seconds': 20 }],
          agents: {
            '200': [
              { 'callqueue-agent-id': '102@example.com', 'callqueue-agent-dispatch-order-ordinal': 2 },
              { 'callqueue-agent-id': '101@example.com', 'callqueue-agent-dispatch-order-ordinal': 1 },
              { 'callqueue-agent-id': 'sip:102a@example.com' },
            ],
          },
          timeframes: [
            { 'timeframe-name': 'Office hours', 'timeframe-type': 'days-of-week', 'timeframe-days-of-week-array': [dowEntry(hours, 'seed')] },
            { 'timeframe-name': 'Holidays', 'timeframe-type': 'holiday' },
          ],
          answerrules: {
            '101': [{ 'time-frame': 'Office hours', enabled: 'yes' }, { 'time-frame': '*', enabled: 'yes', 'do-not-disturb': { enabled: 'yes' } }],
            '102': [{ 'time-frame': '*', enabled: 'yes', 'do-not-disturb': { enabled: 'yes' } }],
          },
        },
      },
    },
  });
  emu.state.requireUser(NETSAPIENS_DOMAIN, '101').user['account-status'] = 'standard';
  const provider = providerFor(emu);
  live = await provider.read();
  await provider.close?.();
});
afterAll(() => emu.close());

describe('read', () => {
  it('reads users, hiding system users (the queue user 200 and a system-aa user)', () => {
    expect(live.users.map((u) => [u.id, u.data.email, u.data.name, u.data.role, u.data.panelAccess, u.data.receiveCalls, u.inviteStatus])).toEqual([
      ['101', 'alice@example.com', 'Alice Smith', 'admin', true, 'Office hours', 'accepted'],
      ['102', 'bob@example.com', 'Bob Jones', 'agent', true, 'never', 'pending'],
      ['103', 'carol@example.com', 'Carol', 'agent', false, 'always', 'none'],
      ['104', 'root@example.com', 'Root Admin', 'owner', true, 'always', 'pending'],
    ]);
    expect(live.users[0]!.data).toMatchObject({ extension: '101', phone: null, status: 'active' });
    expect(live.users[0]!.raw).toMatchObject({ 'user-scope': 'Office Manager' });
  });

  it("reads one extension per user from its device named after it, and the queue's number", () => {
    const byNumber = Object.fromEntries(live.extensions.map((e) => [e.id, e.data]));
    expect(Object.keys(byNumber).sort()).toEqual(['101', '102', '103', '104', '200']);
    expect(byNumber['101']).toMatchObject({ type: 'sip-tls', callerId: '18005550101', device: { mac: '0004F2AABB01', model: 'VVX450' } });
    expect(byNumber['102']).toMatchObject({ type: 'web', device: null, callerId: null });
    expect(byNumber['200']).toMatchObject({ type: 'web' });
  });

  it('reads call queues as departments with their user agents in ring order', () => {
    expect(live.departments).toHaveLength(1);
    expect(live.departments[0]).toMatchObject({
      id: '200',
      data: {
        name: 'Sales', extension: '200', routing: 'serial', ringTimeout: 20, manager: null, hours: null, failover: null,
        members: [{ user: 'alice@example.com', priority: 1 }, { user: 'bob@example.com', priority: 2 }],
      },
    });
  });

  it('reads days-of-week timeframes as schedules; no roles', () => {
    expect(live.schedules.map((s) => [s.data.name, s.data.weekly])).toEqual([['Office hours', hours]]);
    expect(live.schedules[0]!.id).toMatch(/^\d+$/);
    expect(live.roles).toEqual([]);
  });

  it('sends only spec-conforming requests, and pages users', () => {
    expect(violations(emu)).toEqual([]);
    expect(emu.log.requests().filter((r) => r.path.endsWith('/users')).map((r) => r.query)).toEqual([{ start: '0', limit: '1000' }]);
  });
});
