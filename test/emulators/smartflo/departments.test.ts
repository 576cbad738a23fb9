import { describe, expect, it } from 'vitest';
import { newUser, start } from './helpers.js';

const department = (extra: Record<string, unknown> = {}) => ({ name: 'Sales', description: 'Sales', ring_strategy: 'Order by', sticky_agent: { enable: 0 }, timeout: 20, ...extra });

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
    const put = await emu.call('PUT', '/v1/department/1', { ring_strategy: 'Round Robin', timeout: 30, destination: [`extension||${a}`], sticky_agent: { enable: 1, time: '12h' } });
    expect(put.status).toBe(200);
    const [after] = (await emu.call('GET', '/v1/departments')).body;
    expect([after.ring_strategy, after.sticky_agent, after.agents]).toEqual([
      'round robin', { enabled: true, time_period: 12, format: 'hours' }, [{ id: slotOfA, name: 'User 1', eid: a, timeout: '30' }],
    ]);
  });

  it('sticky_agent: the documented {enable, time} form; a bare boolean only outside evidence-only mode; at most 10 days', async () => {
    const emu = await start();
    expect((await emu.call('POST', '/v1/department', department({ sticky_agent: true }))).status).toBe(200);
    expect((await emu.call('POST', '/v1/department', department({ name: 'Long', sticky_agent: { enable: 1, time: '11d' } }))).status).toBe(422);
    expect((await emu.call('POST', '/v1/department', department({ name: 'Day', sticky_agent: { enable: 1, time: '1d' } }))).status).toBe(200);
    const listed = (await emu.call('GET', '/v1/departments')).body;
    expect(listed.map((d: { sticky_agent: unknown }) => d.sticky_agent)).toEqual([
      { enabled: true, time_period: null, format: null },
      { enabled: true, time_period: 1, format: 'days' },
    ]);
    const strict = await start({ evidenceOnly: true });
    const bare = await strict.call('POST', '/v1/department', department({ sticky_agent: true }));
    expect([bare.status, bare.body.message]).toEqual([422, 'The sticky agent must be an object {enable, time}.']);
    expect((await strict.call('POST', '/v1/department', department({ sticky_agent: { enable: 1 } }))).status).toBe(200);
    const { agent_id } = (await strict.call('POST', '/v1/user', newUser())).body.data;
    expect((await strict.call('POST', '/v1/department', department({ name: 'Old form', destination: [`agent||${agent_id}`] }))).status).toBe(422);
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
