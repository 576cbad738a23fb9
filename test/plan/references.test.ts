/**
 * What an object refers to (references.ts), the cases dependencies.test.ts leaves: a failover target is a
 * user or a department by its type only, `never` is no schedule, and only a department's delete lets go
 * of its members' users.
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { live, org, planOf } from './builders.js';

/** `kind address` → the `kind address` of each action it waits for. */
function edges(plan: Plan): Record<string, string[]> {
  const name = new Map(plan.actions.map((a) => [a.id, `${a.kind === 'manual' ? `manual(${a.intent})` : a.kind} ${a.address}`]));
  return Object.fromEntries(plan.actions.map((a) => [name.get(a.id)!, a.dependsOn.map((id) => name.get(id)!).sort()]));
}

describe('references', () => {
  it('a failover target is a user or a department by the failover type, never both, and an external number is neither', () => {
    // Names chosen so that every kind of target also names an object of another kind being created.
    const desired = org()
      .user('ops@x.test', { extension: null, panelAccess: false })
      .department('ops@x.test')
      .department('+912240001000')
      .department('Sales', { failover: { type: 'user', target: 'ops@x.test' } })
      .department('Night', { failover: { type: 'department', target: 'ops@x.test' } })
      .department('Late', { failover: { type: 'external', target: '+912240001000' } })
      .department('Mail', { failover: { type: 'voicemail', target: null } });
    const e = edges(planOf(desired, live()));
    expect(e['create department["Sales"]']).toEqual(['create user["ops@x.test"]']);
    expect(e['create department["Night"]']).toEqual(['create department["ops@x.test"]']);
    expect(e['create department["Late"]']).toEqual([]);
    expect(e['create department["Mail"]']).toEqual([]);
  });

  it('receiveCalls never names no schedule, even when a live schedule is called that', () => {
    const desired = org().prune({ schedules: true }).user('a@x.test', { receiveCalls: 'always' });
    const current = live().schedule('never').user('a@x.test', { receiveCalls: 'never' });
    expect(edges(planOf(desired, current))).toEqual({
      'delete schedule["never"]': [],
      'update user["a@x.test"]': [],
    });
  });

  it('a department that stays lets go of no user by keeping or losing members: the user delete waits for the member removal only', () => {
    const desired = org().prune({ users: true }).user('keep@x.test').department('Q', { ringTimeout: 40, members: ['keep@x.test'] });
    const current = live().user('keep@x.test').user('gone@x.test').department('Q', { members: ['keep@x.test', 'gone@x.test'] });
    expect(edges(planOf(desired, current))).toEqual({
      'update department["Q"]': [],
      'remove-member member["Q"]["gone@x.test"]': [],
      'delete user["gone@x.test"]': ['remove-member member["Q"]["gone@x.test"]'],
    });
  });
});
