/**
 * Identity (src/plan/identity.ts): which live object a desired one is. A live object is claimed once,
 * exact emails before `previously` ones, and a rename never takes another declared user's account.
 */
import { describe, expect, it } from 'vitest';
import type { LiveUser } from '../../src/model/live.js';
import { pairByKey, pairUsers, withDesiredEmails } from '../../src/plan/identity.js';
import { user } from '../helpers/model.js';
import { live, org, planOf, summary } from './builders.js';

const liveUser = (email: string): LiveUser => ({ id: `user:${email}`, data: user(email), inviteStatus: 'accepted' });
const shape = (pairs: ReturnType<typeof pairUsers>) => pairs.map((p) => [p.address, p.desired?.email ?? null, p.live?.id ?? null]);

describe('pairUsers', () => {
  it('never renames a declared user\'s live account to another user named in `previously`', () => {
    // a-new@x says it used to be z@x, but z@x is declared too: z@x keeps its account, a-new@x is created.
    const desired = [user('a-new@x', { previously: ['z@x'] }), user('z@x')];
    expect(shape(pairUsers(desired, [liveUser('z@x')]))).toEqual([
      ['user["a-new@x"]', 'a-new@x', null],
      ['user["z@x"]', 'z@x', 'user:z@x'],
    ]);
    const plan = planOf(org().user('a-new@x', { previously: ['z@x'] }).user('z@x'), live().user('z@x'));
    expect(summary(plan)).toEqual(['create user["a-new@x"]', 'invite user["a-new@x"]']);
  });

  it('gives a live account to one rename only, the first declared', () => {
    const desired = [user('b@x', { previously: ['old@x'] }), user('a@x', { previously: ['OLD@x'] })];
    expect(shape(pairUsers(desired, [liveUser('old@x')]))).toEqual([
      ['user["a@x"]', 'a@x', null],
      ['user["b@x"]', 'b@x', 'user:old@x'],
    ]);
  });

  it('takes the first live `previously` email and leaves the others', () => {
    const desired = [user('new@x', { previously: ['gone@x', 'o1@x', 'o2@x'] })];
    expect(shape(pairUsers(desired, [liveUser('o2@x'), liveUser('o1@x')]))).toEqual([
      ['user["new@x"]', 'new@x', 'user:o1@x'],
      ['user["o2@x"]', null, 'user:o2@x'],
    ]);
  });

  it('pairs case-insensitively and lists unclaimed live users once, sorted by address', () => {
    const desired = [user('C@x'), user('a@x')];
    expect(shape(pairUsers(desired, [liveUser('d@x'), liveUser('c@X'), liveUser('b@x')]))).toEqual([
      ['user["C@x"]', 'C@x', 'user:c@X'],
      ['user["a@x"]', 'a@x', null],
      ['user["b@x"]', null, 'user:b@x'],
      ['user["d@x"]', null, 'user:d@x'],
    ]);
  });
});

describe('a live listing that repeats a user', () => {
  it('pairs the same record and orders the pairs the same, whatever the order of the listing', () => {
    const a1 = liveUser('a@x');
    const a2: LiveUser = { ...liveUser('A@x'), id: 'user:a@x#2' };
    const a0: LiveUser = { ...liveUser('a@x'), id: 'user:0' };
    const expected = [
      ['user["A@x"]', null, 'user:a@x#2'],
      ['user["a@x"]', 'a@x', 'user:0'],
      ['user["a@x"]', null, 'user:a@x'],
    ];
    for (const listing of [[a1, a2, a0], [a0, a2, a1], [a2, a1, a0], [a1, a0, a2]]) {
      expect(shape(pairUsers([user('a@x')], listing))).toEqual(expected);
    }
    // The same id twice with different data (a record that changed while the listing was paged).
    const ann: LiveUser = { id: 'user:a', data: user('a@x', { name: 'Ann' }), inviteStatus: 'accepted' };
    const bob: LiveUser = { id: 'user:a', data: user('a@x', { name: 'Bob' }), inviteStatus: 'accepted' };
    const later: LiveUser = { id: 'user:b', data: user('a@x', { name: 'Al' }), inviteStatus: 'accepted' };
    for (const listing of [[ann, bob, later], [later, bob, ann], [bob, later, ann]]) {
      expect(pairUsers([user('a@x')], listing).find((p) => p.desired)!.live!.data.name).toBe('Ann');
    }
    const undeclared = [liveUser('b@x'), { ...liveUser('b@x'), id: 'user:a' }];
    expect(shape(pairUsers([], undeclared))).toEqual(shape(pairUsers([], [...undeclared].reverse())));
    expect(shape(pairUsers([], undeclared))).toEqual([['user["b@x"]', null, 'user:a'], ['user["b@x"]', null, 'user:b@x']]);
  });
});

describe('pairByKey', () => {
  it('pairs by key, keeps live-only objects once, sorted by address', () => {
    const key = (s: { name: string }) => s.name;
    const l = (name: string) => ({ id: `id-${name}`, data: { name } });
    const pairs = pairByKey('schedule', [{ name: 'b' }, { name: 'c' }], [l('d'), l('b'), l('a')], key);
    expect(pairs.map((p) => [p.address, p.desired?.name ?? null, p.live?.id ?? null])).toEqual([
      ['schedule["a"]', null, 'id-a'],
      ['schedule["b"]', 'b', 'id-b'],
      ['schedule["c"]', 'c', null],
      ['schedule["d"]', null, 'id-d'],
    ]);
  });
});

describe('withDesiredEmails', () => {
  it('rewrites live managers, members and user failovers to the desired spelling, nothing else', () => {
    const current = live()
      .user('old@x')
      .department('Q', { manager: 'OLD@x', members: ['old@x', 'other@x'], failover: { type: 'user', target: 'Old@x' } })
      .department('R', { failover: { type: 'department', target: 'old@x' } })
      .department('S', { failover: { type: 'user', target: null } })
      .build();
    const users = pairUsers([user('new@x', { previously: ['old@x'] })], current.users);
    const renamed = withDesiredEmails(current, users);
    const [q, r, s] = renamed.departments.map((d) => d.data);
    expect([q!.manager, q!.members.map((m) => m.user), q!.failover]).toEqual(['new@x', ['new@x', 'other@x'], { type: 'user', target: 'new@x' }]);
    expect(r!.failover).toEqual({ type: 'department', target: 'old@x' });
    expect(s!.failover).toEqual({ type: 'user', target: null });
    expect(current.departments[0]!.data.manager).toBe('OLD@x');
  });

  it('leaves live state as it is when no user is paired', () => {
    const current = live().user('a@x').department('Q', { manager: 'a@x' }).build();
    expect(withDesiredEmails(current, pairUsers([], current.users))).toBe(current);
  });
});
