import { describe, expect, it } from 'vitest';
import { newUser, start } from './helpers.js';

const department = (extra: Record<string, unknown> = {}) => ({ name: 'Sales', description: 'Sales', ring_strategy: 'Order by', sticky_agent: false, timeout: 20, ...extra });

describe('smartflo emulator: departments', () => {
  it('creates with documented destinations, lists in the documented shape, and updates by PUT', async () => {
    const emu = await start();
    const a = (await emu.call('POST', '/v1/user', newUser())).body.data.agent_id;
    const b = (await emu.call('POST', '/v1/user', newUser())).body.data.agent_id;
    // `extension||<eid>` [S: v1department]; `extension|<eid>` as the update page and Servetel write it; an IVR is no member.
    const created = await emu.call('POST', '/v1/department', department({ destination: [`extension||${b}`, `extension|${a}`, 'ivr||9'] }));
    expect(created.body).toMatchObject({ success: true, data: { id: 1 } });
    const [listed] = (await emu.call('GET', '/v1/departments')).body;
    expect(listed).toMatchObject({
      id: '1', name: 'Sales', ring_strategy: 'order by', sticky_agent: { enabled: false }, agent_count: '2',
      music_on_hold: null, timeout_dest_type: null, timeout_destination: null,
    });
    expect(listed.agents.map((x: { eid: string; timeout: string }) => [x.eid, x.timeout])).toEqual([[b, '20'], [a, '20']]);
    const slotOfA = listed.agents[1].id;
    expect(slotOfA).toMatch(/^\d+$/);
    expect(slotOfA).not.toBe(a);
    const put = await emu.call('PUT', '/v1/department/1', { ring_strategy: 'Round Robin', timeout: 30, destination: [`extension||${a}`], sticky_agent: true });
    expect(put.status).toBe(200);
    const [after] = (await emu.call('GET', '/v1/departments')).body;
    expect([after.ring_strategy, after.sticky_agent.enabled, after.agents]).toEqual(['round robin', true, [{ id: slotOfA, name: 'User 1', eid: a, timeout: '30' }]]);
  });

  it('refuses unknown strategies, unknown agents, duplicate names and missing mandatory fields', async () => {
    const emu = await start();
    expect((await emu.call('POST', '/v1/department', department({ ring_strategy: 'Telepathy' }))).body.message).toMatch(/ring strategy/);
    expect((await emu.call('POST', '/v1/department', department({ destination: ['agent||000'] }))).body.message).toMatch(/agent 000/);
    const { ring_strategy: _r, ...noStrategy } = department();
    expect((await emu.call('POST', '/v1/department', noStrategy)).body.message).toMatch(/ring_strategy/);
    await emu.call('POST', '/v1/department', department());
    expect((await emu.call('POST', '/v1/department', department({ name: 'sales' }))).status).toBe(422);
  });

  it('deleting a user takes its agent out of departments', async () => {
    const emu = await start();
    const { id, agent_id } = (await emu.call('POST', '/v1/user', newUser())).body.data;
    await emu.call('POST', '/v1/department', department({ destination: [`extension||${agent_id}`] }));
    await emu.call('DELETE', `/v1/user/${id}`);
    expect((await emu.call('GET', '/v1/departments')).body[0].agents).toEqual([]);
  });
});
