import { describe, expect, it } from 'vitest';
import { newUser, start } from './helpers.js';

describe('smartflo emulator: users', () => {
  it('creates a user with an agent (13-digit string id, 4-digit intercom) and an optional SIP extension', async () => {
    const emu = await start();
    const created = await emu.call('POST', '/v1/user', newUser({ assign_extension: true, time_group: 'office', agent_group: ['Inbound'] }));
    expect(created.status).toBe(200);
    expect(created.body.success).toBe(true);
    const { id, agent_id, agent_extension } = created.body.data;
    expect(Number.isInteger(id)).toBe(true);
    expect(agent_id).toMatch(/^\d{13}$/);
    expect(agent_extension).toEqual(expect.any(String));
    const one = (await emu.call('GET', `/v1/user/${id}`)).body.data;
    expect(one.id).toBe(String(id));
    expect(one.team_member).toMatchObject({ role: { id: 2, name: 'Agent' }, is_web_login_block: false });
    expect(String(one.agent.intercom)).toMatch(/^\d{4}$/);
    expect(one.agent.time_group).toEqual({ id: 1, name: 'office' });
    expect(one).not.toHaveProperty('password');
  });

  it('validates the create body like the vendor', async () => {
    const emu = await start();
    const refused = async (body: Record<string, unknown>) => {
      const res = await emu.call('POST', '/v1/user', body);
      expect(res.body.success).toBe(false);
      return `${res.status} ${res.body.message}`;
    };
    const { name: _n, ...noName } = newUser();
    expect(await refused(noName)).toBe('422 The name field is required.');
    expect(await refused(newUser({ login_id: 'abc' }))).toMatch(/at least 6/);
    expect(await refused(newUser({ number: '12345' }))).toMatch(/10 digit/);
    expect(await refused(newUser({ user_role: 99 }))).toMatch(/user role is invalid/);
    expect(await refused(newUser({ caller_id: [7] }))).toMatch(/caller id 7 is invalid/);
    expect(await refused(newUser({ time_group: 'Night' }))).toMatch(/time group Night/);
    expect(await refused(newUser({ password: 'simple' }))).toMatch(/password/);
    expect(await refused(newUser({ extra: 1 }))).toBe('400 Unknown field(s): extra');
    const first = newUser();
    await emu.call('POST', '/v1/user', first);
    expect(await refused(newUser({ login_id: first.login_id.toUpperCase() }))).toMatch(/login id has already been taken/);
    expect(await refused(newUser({ email: first.email }))).toMatch(/email has already been taken/);
  });

  it('pages users with last_seen_id / limit / has_more', async () => {
    const emu = await start();
    for (let i = 0; i < 5; i++) await emu.call('POST', '/v1/user', newUser());
    const first = (await emu.call('GET', '/v1/users?limit=2')).body;
    expect(first).toMatchObject({ has_more: true, count: 2 });
    expect(first.data[0]).toMatchObject({ login_id: expect.any(String), user_role: { id: 2, name: 'Agent' } });
    expect(first.data[0]).not.toHaveProperty('email');
    const ids: number[] = first.data.map((u: { id: number }) => u.id);
    let cursor = first.last_seen_id;
    for (;;) {
      const page = (await emu.call('GET', `/v1/users?limit=2&last_seen_id=${cursor}`)).body;
      ids.push(...page.data.map((u: { id: number }) => u.id));
      cursor = page.last_seen_id;
      if (!page.has_more) break;
    }
    expect(ids).toEqual([1, 2, 3, 4, 5]);
    expect((await emu.call('GET', '/v1/users?limit=500')).status).toBe(400);
  });

  it('patches, blocks and deletes; a deleted user is 404', async () => {
    const emu = await start();
    const { id } = (await emu.call('POST', '/v1/user', newUser())).body.data;
    expect((await emu.call('PATCH', `/v1/user/${id}`, { name: 'Renamed', block_agent: true, block_web_login: true, user_role: 3 })).status).toBe(200);
    const one = (await emu.call('GET', `/v1/user/${id}`)).body.data;
    expect([one.name, one.agent.agent_status, one.team_member.is_web_login_block, one.team_member.role.name]).toEqual(['Renamed', 1, true, 'Supervisor']);
    expect((await emu.call('PATCH', `/v1/user/${id}`, { time_group: 'office' })).status).toBe(400);
    expect((await emu.call('DELETE', `/v1/user/${id}`)).status).toBe(200);
    expect(await emu.call('DELETE', `/v1/user/${id}`)).toMatchObject({ status: 404, body: { success: false } });
  });
});
