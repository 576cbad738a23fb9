import { describe, expect, it } from 'vitest';
import { DOMAIN, alice, start } from './helpers.js';

const queues = `/domains/${DOMAIN}/callqueues`;
const seed = { domains: { [DOMAIN]: { users: [alice(), alice({ user: '1002', 'email-address': 'bob@acme.example' })] } } };

describe('NetSapiens emulator: call queues and agents', () => {
  it('creates a queue (and its backing system-queue user), reads, updates and deletes it', async () => {
    const emu = await start({ seed });
    const created = await emu.call('POST', queues, { synchronous: 'yes', callqueue: '2000', description: 'Sales', 'callqueue-dispatch-type': 'Ring All' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ callqueue: '2000', domain: DOMAIN, description: 'Sales', 'callqueue-dispatch-type': 'Ring All' });
    const backing = await emu.call('GET', `/domains/${DOMAIN}/users/2000`);
    expect(backing.body).toMatchObject({ user: '2000', 'service-code': 'system-queue' });

    expect((await emu.call('PUT', `${queues}/2000`, { 'callqueue-dispatch-type': 'Linear Hunt' })).status).toBe(202);
    expect((await emu.call('GET', `${queues}/2000`)).body['callqueue-dispatch-type']).toBe('Linear Hunt');
    expect((await emu.call('GET', queues)).body).toHaveLength(1);

    expect((await emu.call('DELETE', `${queues}/2000`)).status).toBe(202);
    expect((await emu.call('GET', `${queues}/2000`)).status).toBe(404);
    expect((await emu.call('GET', `/domains/${DOMAIN}/users/2000`)).status).toBe(404);
  });

  it('does not create a backing user when autoQueueUser is off', async () => {
    const emu = await start({ seed, autoQueueUser: false });
    await emu.call('POST', queues, { callqueue: '2000' });
    expect((await emu.call('GET', `/domains/${DOMAIN}/users/2000`)).status).toBe(404);
  });

  it('answers 400 on a bad dispatch type and 409 on a duplicate queue', async () => {
    const emu = await start({ seed });
    expect((await emu.call('POST', queues, { callqueue: '2000', 'callqueue-dispatch-type': 'RingAll' })).status).toBe(400);
    expect((await emu.call('POST', queues, { callqueue: '2000' })).status).toBe(202);
    expect((await emu.call('POST', queues, { callqueue: '2000' })).status).toBe(409);
  });

  it('manages agents by user@domain: 404 for a missing user, 409 duplicate, update, delete', async () => {
    const emu = await start({ seed });
    await emu.call('POST', queues, { callqueue: '2000' });
    const agents = `${queues}/2000/agents`;
    expect((await emu.call('POST', agents, { 'callqueue-agent-id': `9999@${DOMAIN}` })).status).toBe(404);
    const added = await emu.call('POST', agents, { synchronous: 'yes', 'callqueue-agent-id': `1001@${DOMAIN}`, 'callqueue-agent-dispatch-order-ordinal': 1 });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({
      'callqueue-agent-id': `1001@${DOMAIN}`, callqueue: '2000', 'callqueue-agent-availability-type': 'automatic',
      'callqueue-agent-dispatch-order-ordinal': 1, 'name-full-name': 'Alice Archer', 'callqueue-agent-entry-type': 'user',
    });
    expect((await emu.call('POST', agents, { 'callqueue-agent-id': `1001@${DOMAIN}` })).status).toBe(409);
    expect((await emu.call('POST', agents, { 'callqueue-agent-id': `1002@${DOMAIN}`, 'callqueue-agent-availability-type': 'sometimes' })).status).toBe(400);

    const one = `${agents}/${encodeURIComponent(`1001@${DOMAIN}`)}`;
    expect((await emu.call('PUT', one, { 'callqueue-agent-availability-type': 'manual' })).status).toBe(202);
    expect((await emu.call('GET', one)).body['callqueue-agent-availability-type']).toBe('manual');
    expect((await emu.call('GET', `${agents}/count`)).body).toEqual({ total: 1 });
    expect((await emu.call('DELETE', one)).status).toBe(202);
    expect((await emu.call('GET', agents)).body).toEqual([]);
  });

  it('removes a deleted user from queue agents', async () => {
    const emu = await start({ seed });
    await emu.call('POST', queues, { callqueue: '2000' });
    await emu.call('POST', `${queues}/2000/agents`, { 'callqueue-agent-id': `1001@${DOMAIN}` });
    await emu.call('DELETE', `/domains/${DOMAIN}/users/1001`);
    expect((await emu.call('GET', `${queues}/2000/agents`)).body).toEqual([]);
  });
});
