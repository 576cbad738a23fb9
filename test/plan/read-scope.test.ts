/**
 * The read scope (plan/read-scope.ts) decides what a provider reads in detail, and the planner never diffs
 * what was not read (Live.unread): no update, no member change, and a delete shows only what was read.
 */
import { describe, expect, it } from 'vitest';
import type { LiveOrg } from '../../src/model/live.js';
import { readScopeOf } from '../../src/plan/read-scope.js';
import { live, org, planOf, summary } from './builders.js';

const listed = (email: string, extension: string | null = null, name = 'Someone') => ({ email, extension, name });

describe('readScopeOf', () => {
  it('a declared user: a field org.yaml manages is needed, one it leaves out is not', () => {
    const desired = org().user('ann@x.example', { extension: '101' }).user('bob@x.example', { extension: '102' }).build();
    desired.unset.user['bob@x.example'] = ['receiveCalls'];
    const scope = readScopeOf(desired);
    expect(scope.userField(listed('ANN@x.example', '101'), 'receiveCalls')).toBe(true);
    expect(scope.userField(listed('bob@x.example', '102'), 'receiveCalls')).toBe(false);
  });

  it('a left-out field is still needed when the declared number differs (a re-create carries the live value)', () => {
    const desired = org().user('bob@x.example', { extension: '102' }).build();
    desired.unset.user['bob@x.example'] = ['receiveCalls'];
    expect(readScopeOf(desired).userField(listed('bob@x.example', '999'), 'receiveCalls')).toBe(true);
  });

  it('a renamed user is found by a previously email', () => {
    const desired = org().user('new@x.example', { previously: ['old@x.example'] }).build();
    expect(readScopeOf(desired).userField(listed('old@x.example'), 'receiveCalls')).toBe(true);
  });

  it('an undeclared user: needed only with prune.users on, never when ignored', () => {
    const off = readScopeOf(org().user('ann@x.example').build());
    expect(off.userField(listed('zed@x.example', '500'), 'receiveCalls')).toBe(false);
    const on = readScopeOf(org().user('ann@x.example').prune({ users: true }).ignore({ extension: '5??' }).build());
    expect(on.userField(listed('zed@x.example', '500'), 'receiveCalls')).toBe(false);
    expect(on.userField(listed('yan@x.example', '600'), 'receiveCalls')).toBe(true);
  });

  it('members: of declared departments; of all with prune.departments, or with prune.users when a user will be deleted', () => {
    const users = [listed('ann@x.example', '101')];
    const base = org().user('ann@x.example').department('Sales', { members: ['ann@x.example'] });
    expect(readScopeOf(base.build()).members({ name: 'Sales', extension: '900' }, users)).toBe(true);
    expect(readScopeOf(base.build()).members({ name: 'Other', extension: '901' }, users)).toBe(false);
    expect(readScopeOf(org().prune({ departments: true }).build()).members({ name: 'Other', extension: '901' }, users)).toBe(true);
    const pruneUsers = readScopeOf(org().user('ann@x.example').prune({ users: true }).build());
    expect(pruneUsers.members({ name: 'Other', extension: '901' }, users)).toBe(false);
    expect(pruneUsers.members({ name: 'Other', extension: '901' }, [...users, listed('zed@x.example')])).toBe(true);
  });
});

function unread(current: LiveOrg, email: string, fields: string[]): LiveOrg {
  return { ...current, users: current.users.map((u) => (u.data.email === email ? { ...u, unread: fields } : u)) };
}

describe('what is not read is never compared', () => {
  it('an unread receiveCalls that differs plans no update', () => {
    const desired = org().user('ann@x.example', { receiveCalls: 'never' });
    const current = unread(live().user('ann@x.example', { receiveCalls: 'always' }).build(), 'ann@x.example', ['receiveCalls']);
    expect(summary(planOf(desired, current))).toEqual([]);
    // The same difference, read, is an update: the test above could fail.
    expect(summary(planOf(desired, live().user('ann@x.example', { receiveCalls: 'always' })))).toEqual(['update user["ann@x.example"]']);
  });

  it('a pruned user is deleted, and its delete shows only what was read', () => {
    const desired = org().user('ann@x.example').prune({ users: true });
    const current = unread(live().user('ann@x.example').user('zed@x.example', { extension: '500' }).build(), 'zed@x.example', ['receiveCalls']);
    const del = planOf(desired, current).actions.find((a) => a.kind === 'delete' && a.resource === 'user')!;
    expect(del.address).toBe('user["zed@x.example"]');
    expect('before' in del && del.before).toMatchObject({ email: 'zed@x.example', extension: '500' });
    expect('before' in del && Object.keys(del.before as object)).not.toContain('receiveCalls');
  });

  it('a department whose members were not read plans no member change, and says so', () => {
    const desired = org().user('ann@x.example').user('bob@x.example').department('Sales', { members: ['ann@x.example'] });
    const read = live().user('ann@x.example').user('bob@x.example').department('Sales', { members: ['bob@x.example'] }).build();
    expect(summary(planOf(desired, read)).sort()).toEqual(['add-member member["Sales"]["ann@x.example"]', 'remove-member member["Sales"]["bob@x.example"]']);
    const notRead: LiveOrg = { ...read, departments: read.departments.map((d) => ({ ...d, data: { ...d.data, members: [] }, unread: ['members'] })) };
    const plan = planOf(desired, notRead);
    expect(summary(plan)).toEqual([]);
    expect(plan.warnings).toContain('department["Sales"]: its members were not read, so they are not compared');
  });
});
