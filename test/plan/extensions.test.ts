import { describe, expect, it } from 'vitest';
import { RingformError } from '../../src/errors.js';
import type { Plan, UpdateAction } from '../../src/plan/types.js';
import { manual, replace } from '../../src/model/capabilities.js';
import { caps, live, org, planOf, summary } from './builders.js';

const at = (plan: Plan, address: string) => plan.actions.filter((a) => a.address === address);
const indexOf = (plan: Plan, id: string) => plan.actions.findIndex((a) => a.id === id);

describe('extension moves', () => {
  it('moves a number from one user to another after it is released', () => {
    const desired = org().user('a@x', { extension: '103' }).user('b@x', { extension: '101' }).extension('102');
    const current = live().user('a@x', { extension: '101' }).user('b@x', { extension: '102' });
    const plan = planOf(desired, current);
    expect(summary(plan)).toEqual(['create extension["103"]', 'update user["a@x"]', 'update user["b@x"]']);
    expect(plan.actions[2]!.dependsOn).toEqual(['2']);
  });

  it('waits for a user being deleted to release its number', () => {
    const desired = org().prune({ users: true }).user('b@x', { extension: '101' }).extension('102');
    const current = live().user('a@x', { extension: '101' }).user('b@x', { extension: '102' });
    const plan = planOf(desired, current);
    expect(summary(plan)).toEqual(['delete user["a@x"]', 'update user["b@x"]']);
    expect(plan.actions[1]!.dependsOn).toEqual(['1']);
  });

  it('breaks a swap with an extra update that releases one number first', () => {
    const desired = org().user('a@x', { extension: '102' }).user('b@x', { extension: '101' });
    const current = live().user('a@x', { extension: '101' }).user('b@x', { extension: '102' });
    const plan = planOf(desired, current);
    expect(summary(plan)).toEqual(['update user["a@x"]', 'update user["b@x"]', 'update user["a@x"]']);
    const [release, b, a] = plan.actions as UpdateAction[];
    expect(release!.reason).toBe('release extension 101 so it can be swapped');
    expect(release!.changes).toEqual([{ field: 'extension', before: '101', after: null }]);
    expect(release!.after['extension']).toBeNull();
    expect(b!.dependsOn).toEqual([release!.id]);
    expect(b!.changes).toEqual([{ field: 'extension', before: '102', after: '101' }]);
    expect(a!.dependsOn).toEqual([release!.id, b!.id]);
    expect(a!.changes).toEqual([{ field: 'extension', before: null, after: '102' }]);
    expect(a!.before['extension']).toBeNull();
    expect(new Set(plan.actions.map((x) => x.id)).size).toBe(3);
  });

  it('breaks a three-way rotation', () => {
    const desired = org().user('a@x', { extension: '102' }).user('b@x', { extension: '103' }).user('c@x', { extension: '101' });
    const current = live().user('a@x', { extension: '101' }).user('b@x', { extension: '102' }).user('c@x', { extension: '103' });
    const plan = planOf(desired, current);
    expect(plan.actions.map((a) => `${a.address} ${(a as UpdateAction).changes.map((c) => `${c.before}→${c.after}`).join()}`)).toEqual([
      'user["a@x"] 101→null',
      'user["c@x"] 103→101',
      'user["b@x"] 102→103',
      'user["a@x"] null→102',
    ]);
    for (const a of plan.actions) for (const d of a.dependsOn) expect(indexOf(plan, d)).toBeLessThan(indexOf(plan, a.id));
  });

  it('breaks a swap between a user and a department', () => {
    const desired = org().user('a@x', { extension: '200' }).department('D', { extension: '101' });
    const current = live().user('a@x', { extension: '101' }).department('D', { extension: '200' });
    const plan = planOf(desired, current);
    // The user needs an extension object for 200 (a department's number is the queue's own, not one).
    expect(summary(plan)).toEqual(['create extension["200"]', 'update department["D"]', 'update user["a@x"]', 'update department["D"]']);
  });

  it('reports a swap it cannot break when the vendor cannot change extensions in place', () => {
    const desired = org().user('a@x', { extension: '102' }).user('b@x', { extension: '101' });
    const current = live().user('a@x', { extension: '101' }).user('b@x', { extension: '102' });
    for (const support of [replace('extension is the user id'), manual('change it in the panel', 'Edit {email}')]) {
      const capabilities = caps().field('user', 'extension', support).build();
      expect(() => planOf(desired, current, { caps: capabilities })).toThrow(RingformError);
      expect(() => planOf(desired, current, { caps: capabilities })).toThrow(/user\["a@x"\], user\["b@x"\]/);
    }
  });

  it('reports any other cycle by name', () => {
    const desired = org()
      .department('A', { failover: { type: 'department', target: 'B' } })
      .department('B', { failover: { type: 'department', target: 'A' } });
    expect(() => planOf(desired, live())).toThrow(/cycle: create department\["A"\], create department\["B"\]/);
  });

  it('orders deletes of what users stop using after those users', () => {
    const desired = org().prune({ extensions: true, roles: true, schedules: true }).user('a@x');
    const current = live().role('lead').schedule('hours').user('a@x', { extension: '101', role: 'lead', receiveCalls: 'hours' });
    const plan = planOf(desired, current);
    expect(summary(plan)).toEqual(['update user["a@x"]', 'delete role["lead"]', 'delete schedule["hours"]', 'delete extension["101"]']);
    for (const a of plan.actions.slice(1)) expect(a.dependsOn).toEqual(['1']);
    expect(at(plan, 'user["a@x"]')).toHaveLength(1);
  });
});

describe('cycles that mix moves and references', () => {
  it('clears a department manager first when the new manager takes the old one\'s number', () => {
    const desired = org().prune({ users: true }).user('new@x', { extension: '101' }).department('D', { manager: 'new@x' });
    const current = live().user('old@x', { extension: '101' }).department('D', { manager: 'old@x' });
    const plan = planOf(desired, current);
    expect(plan.actions.map((a) => `${a.kind} ${a.address}: ${a.reason}`)).toEqual([
      'update department["D"]: clear manager first, to break a dependency cycle',
      'delete user["old@x"]: not in org.yaml (prune.users is on)',
      'create user["new@x"]: not in live state',
      'invite user["new@x"]: new user with panel access',
      'update department["D"]: manager changed',
    ]);
    expect(plan.actions[4]).toMatchObject({ changes: [{ field: 'manager', before: null, after: 'new@x' }], dependsOn: ['1', '3'] });
  });

  it('splits an update whose other fields must go before the number it takes is free', () => {
    const desired = org().prune({ departments: true }).department('Day', { extension: '200', failover: null });
    const current = live().department('Day', { extension: '201', failover: { type: 'department', target: 'Night' } }).department('Night', { extension: '200' });
    const plan = planOf(desired, current);
    expect(plan.actions.map((a) => `${a.kind} ${a.address}: ${a.reason}`)).toEqual([
      'update department["Day"]: failover changed',
      'delete department["Night"]: not in org.yaml (prune.departments is on)',
      'update department["Day"]: take extension 200 once it is released',
    ]);
  });

  it('warns when a managed object takes a number an unmanaged one holds', () => {
    const plan = planOf(org().user('a@x', { extension: '150' }), live().user('a@x').user('hand@x', { extension: '150' }));
    expect(plan.warnings).toEqual(['user["a@x"] takes extension 150, which unmanaged user["hand@x"] holds; the vendor may refuse']);
  });
});
