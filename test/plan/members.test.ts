import { describe, expect, it } from 'vitest';
import { live, org, planOf, summary } from './builders.js';

describe('membership', () => {
  it('adds a member missing from a live department', () => {
    const desired = org().user('a@x').user('b@x').department('D', { members: ['a@x', 'b@x'] });
    const current = live().user('a@x').user('b@x').department('D', { members: ['a@x'] });
    const plan = planOf(desired, current);
    expect(summary(plan)).toEqual(['add-member member["D"]["b@x"]']);
    expect(plan.actions[0]).toMatchObject({ department: 'D', user: 'b@x', priority: 2, dependsOn: [] });
  });

  it('removes a live member that is not declared when prune.members is on (the default)', () => {
    const desired = org().user('a@x').user('b@x').department('D', { members: ['a@x'] });
    const current = live().user('a@x').user('b@x').department('D', { members: ['a@x', 'b@x'] });
    const plan = planOf(desired, current);
    expect(summary(plan)).toEqual(['remove-member member["D"]["b@x"]']);
    expect(plan.actions[0]!.reason).toBe("not in D's members in org.yaml (prune.members is on)");
  });

  it('leaves it as unmanaged when prune.members is off', () => {
    const desired = org().prune({ members: false }).user('a@x').user('b@x').department('D', { members: ['a@x'] });
    const current = live().user('a@x').user('b@x').department('D', { members: ['a@x', 'b@x'] });
    const plan = planOf(desired, current);
    expect(plan.actions).toEqual([]);
    expect(plan.unmanaged).toEqual([{ address: 'member["D"]["b@x"]', reason: 'not-declared' }]);
  });

  it('updates a member whose priority differs', () => {
    const desired = org().user('a@x').user('b@x').department('D', { members: ['b@x', 'a@x'] });
    const current = live().user('a@x').user('b@x').department('D', { members: ['a@x', 'b@x'] });
    const plan = planOf(desired, current);
    expect(summary(plan)).toEqual(['update member["D"]["a@x"]', 'update member["D"]["b@x"]']);
    expect(plan.actions[0]).toMatchObject({ reason: 'priority changed', changes: [{ field: 'priority', before: 1, after: 2 }] });
  });

  it('removes a deleted user from its departments first', () => {
    const desired = org().prune({ users: true }).user('a@x').department('D', { members: ['a@x'] });
    const current = live().user('a@x').user('b@x').department('D', { members: ['a@x', 'b@x'] });
    const plan = planOf(desired, current);
    expect(summary(plan)).toEqual(['remove-member member["D"]["b@x"]', 'delete user["b@x"]']);
    expect(plan.actions[1]!.dependsOn).toEqual(['1']);
    expect(plan.actions[0]!.reason).toBe('user is being deleted');
  });

  it('drops the members of a deleted department implicitly', () => {
    const desired = org().prune({ departments: true }).user('a@x');
    const current = live().user('a@x').department('D', { members: ['a@x'] });
    expect(summary(planOf(desired, current))).toEqual(['delete department["D"]']);
  });

  it('adds every member of a new department after creating it and its users', () => {
    const desired = org().user('a@x').user('n@x').department('D', { members: ['n@x', 'a@x'] });
    const current = live().user('a@x');
    const plan = planOf(desired, current);
    expect(summary(plan)).toEqual([
      'create user["n@x"]',
      'invite user["n@x"]',
      'create department["D"]',
      'add-member member["D"]["a@x"]',
      'add-member member["D"]["n@x"]',
    ]);
    expect(plan.actions[3]!.dependsOn).toEqual(['3']);
    expect(plan.actions[4]!.dependsOn).toEqual(['1', '3']);
  });
});

describe('membership of users being deleted', () => {
  it('removes them from departments left unmanaged too', () => {
    const desired = org().prune({ users: true, departments: false });
    const plan = planOf(desired, live().user('a@x').department('Sales', { members: ['a@x'] }));
    expect(summary(plan)).toEqual(['remove-member member["Sales"]["a@x"]', 'delete user["a@x"]']);
    expect(plan.actions[1]!.dependsOn).toEqual(['1']);
    expect(plan.unmanaged).toEqual([{ address: 'department["Sales"]', reason: 'not-declared' }]);
  });

  it('deletes a pruned department before the users it holds', () => {
    const desired = org().prune({ users: true, departments: true });
    const plan = planOf(desired, live().user('a@x').department('Sales', { members: ['a@x'] }));
    expect(summary(plan)).toEqual(['delete department["Sales"]', 'delete user["a@x"]']);
    expect(plan.actions[1]!.dependsOn).toEqual(['1']);
  });
});
