/**
 * The dependency edges (graph.ts, references.ts), each checked by address: forward (what an object comes
 * to refer to is created first), backward (what stops referring to X runs before X's delete), and on one
 * object (a cancel-invite first, an invite last).
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { live, org, planOf } from './builders.js';

/** `kind address` → the `kind address` of each action it waits for. */
function edges(plan: Plan): Record<string, string[]> {
  const name = new Map(plan.actions.map((a) => [a.id, `${a.kind === 'manual' ? `manual(${a.intent})` : a.kind} ${a.address}`]));
  return Object.fromEntries(plan.actions.map((a) => [name.get(a.id)!, a.dependsOn.map((id) => name.get(id)!).sort()]));
}

describe('dependencies', () => {
  it('create what an object comes to refer to first: extension, custom role, schedule, manager, failover targets, the user of a member', () => {
    const desired = org()
      .role('lead', { base: 'supervisor' })
      .schedule('office')
      .extension('101')
      .user('a@x.test', { extension: '101', role: 'lead', receiveCalls: 'office' })
      .user('b@x.test', { role: 'admin', receiveCalls: 'always' })
      .department('Backup', { extension: '201' })
      .department('Sales', { extension: '200', hours: 'office', manager: 'a@x.test', failover: { type: 'department', target: 'Backup' }, members: ['b@x.test'] })
      .department('Desk', { extension: '202', failover: { type: 'user', target: 'b@x.test' } });
    expect(edges(planOf(desired, live()))).toEqual({
      'create role["lead"]': [],
      'create schedule["office"]': [],
      'create extension["101"]': [],
      'create user["a@x.test"]': ['create extension["101"]', 'create role["lead"]', 'create schedule["office"]'],
      'create user["b@x.test"]': [],
      'invite user["a@x.test"]': ['create user["a@x.test"]'],
      'invite user["b@x.test"]': ['create user["b@x.test"]'],
      'create department["Backup"]': [],
      'create department["Desk"]': ['create user["b@x.test"]'],
      'create department["Sales"]': ['create department["Backup"]', 'create schedule["office"]', 'create user["a@x.test"]'],
      'add-member member["Sales"]["b@x.test"]': ['create department["Sales"]', 'create user["b@x.test"]'],
    });
  });

  it('delete what nothing refers to any more, after what let go of it', () => {
    const desired = org()
      .prune({ users: true, extensions: true, schedules: true, roles: true, departments: true })
      .user('keep@x.test', { receiveCalls: 'always', role: 'agent', extension: null })
      .user('k2@x.test')
      .user('k3@x.test')
      .department('Sales', { extension: '200', manager: null, failover: null, members: ['keep@x.test'] });
    const current = live()
      .role('lead')
      .schedule('old')
      .extension('150')
      .user('keep@x.test', { receiveCalls: 'old', role: 'lead', extension: '150' })
      .user('k2@x.test')
      .user('k3@x.test')
      .user('gone@x.test', {}, { inviteStatus: 'pending' })
      .department('Sales', { extension: '200', manager: 'gone@x.test', failover: { type: 'department', target: 'Legacy' }, members: ['keep@x.test', 'gone@x.test'] })
      .department('Legacy', { extension: '299', members: ['gone@x.test'] });
    const plan = planOf(desired, current);
    expect(edges(plan)).toEqual({
      'update user["keep@x.test"]': [],
      'delete role["lead"]': ['update user["keep@x.test"]'],
      'delete schedule["old"]': ['update user["keep@x.test"]'],
      'delete extension["150"]': ['update user["keep@x.test"]'],
      'update department["Sales"]': [],
      'remove-member member["Sales"]["gone@x.test"]': [],
      'delete department["Legacy"]': ['update department["Sales"]'],
      'cancel-invite user["gone@x.test"]': [],
      'delete user["gone@x.test"]': [
        'cancel-invite user["gone@x.test"]',
        'delete department["Legacy"]',
        'remove-member member["Sales"]["gone@x.test"]',
        'update department["Sales"]',
      ],
    });
  });
});
