import { describe, expect, it } from 'vitest';
import { live, org, planOf } from './builders.js';

const manyUsers = (n: number) => {
  const l = live();
  for (let i = 0; i < n; i++) l.user(`u${String(i).padStart(2, '0')}@x`);
  return l;
};
const keep = (n: number, from: number) => {
  const o = org().prune({ users: true });
  for (let i = from; i < n; i++) o.user(`u${String(i).padStart(2, '0')}@x`);
  return o;
};

describe('guards', () => {
  it('flags more deletes than maxDeletes, forceable, and still plans everything', () => {
    const plan = planOf(keep(5, 3).guards({ maxDeletes: 2 }), manyUsers(5));
    expect(plan.actions).toHaveLength(3);
    expect(plan.guards).toEqual([
      {
        code: 'max-deletes',
        message: 'the plan deletes or replaces 3 objects, more than settings.guards.maxDeletes (2)',
        forceable: true,
        addresses: ['user["u00@x"]', 'user["u01@x"]', 'user["u02@x"]'],
      },
    ]);
  });

  it('flags a share of deletes above maxDeletePercent only for collections of at least 10', () => {
    const plan = planOf(keep(10, 4), manyUsers(10));
    expect(plan.guards.map((g) => [g.code, g.forceable, g.addresses.length])).toEqual([['max-delete-percent', true, 4]]);
    expect(plan.guards[0]!.message).toContain('4 of 10 users (40%)');
    expect(planOf(keep(10, 3), manyUsers(10)).guards).toEqual([]);
    expect(planOf(keep(9, 4), manyUsers(9)).guards).toEqual([]);
  });

  it('protects listed users from deletion, disabling and demotion, unforceably', () => {
    const current = live().user('boss@x', { role: 'admin' }).user('ops@x', { role: 'admin' }).user('keep@x', { role: 'manager' });
    const guard = { protectedUsers: ['Keep@x'] };
    const deleting = planOf(org().prune({ users: true }).guards(guard).user('boss@x', { role: 'admin' }).user('ops@x', { role: 'admin' }), current);
    expect(deleting.guards).toEqual([
      { code: 'protected-user', message: 'keep@x is listed in settings.guards.protectedUsers; the plan must not delete them', forceable: false, addresses: ['user["keep@x"]'] },
    ]);
    const demoting = planOf(org().guards(guard).user('boss@x', { role: 'admin' }).user('ops@x', { role: 'admin' }).user('keep@x', { role: 'agent' }), current);
    expect(demoting.guards[0]!.message).toBe('keep@x is listed in settings.guards.protectedUsers; the plan must not demote (manager → agent) them');
    const disabling = planOf(org().guards(guard).user('boss@x', { role: 'admin' }).user('ops@x', { role: 'admin' }).user('keep@x', { role: 'manager', status: 'disabled' }), current);
    expect(disabling.guards[0]!.message).toContain('must not disable');
    const promoting = planOf(org().guards(guard).user('boss@x', { role: 'admin' }).user('ops@x', { role: 'admin' }).user('keep@x', { role: 'admin' }), current);
    expect(promoting.guards).toEqual([]);
  });

  it('protects owners, including custom roles based on owner', () => {
    const current = live().role('founder', { base: 'owner' }).user('o@x', { role: 'owner' }).user('f@x', { role: 'founder' }).user('a@x', { role: 'admin' });
    const plan = planOf(org().prune({ users: true }).role('founder', { base: 'owner' }).user('a@x', { role: 'admin' }), current);
    // Deleting 2 of 3 users is also "nearly all" (a forceable limit); the owners' protection is not.
    expect(plan.guards.filter((g) => g.code === 'protected-user').map((g) => g.message)).toEqual([
      'f@x is an owner; the plan must not delete them',
      'o@x is an owner; the plan must not delete them',
    ]);
  });

  it('protects the last active admin', () => {
    const current = live().role('lead-admin', { base: 'admin' }).user('a@x', { role: 'admin' }).user('b@x', { role: 'lead-admin' }).user('c@x');
    const desired = () => org().role('lead-admin', { base: 'admin' }).user('c@x');
    // Demoting one admin is fine while the other remains.
    expect(planOf(desired().user('a@x').user('b@x', { role: 'lead-admin' }), current).guards).toEqual([]);
    // Losing both is not, and a newly created admin does not count: it does not exist yet.
    const plan = planOf(desired().user('a@x').user('b@x', { role: 'lead-admin', status: 'disabled' }).user('new@x', { role: 'admin' }), current);
    expect(plan.guards.map((g) => [g.code, g.forceable, g.message])).toEqual([
      ['protected-user', false, 'a@x is the last active admin; the plan must not demote (admin → agent) them'],
      ['protected-user', false, 'b@x is the last active admin; the plan must not disable them'],
    ]);
  });

  it('lets a replace keep a protected user when role and status stay', async () => {
    const { caps } = await import('./builders.js');
    const { replace } = await import('../../src/model/capabilities.js');
    const capabilities = caps().field('user', 'phone', replace('phone is the login')).build();
    const plan = planOf(org().guards({ protectedUsers: ['a@x'] }).user('a@x', { role: 'admin', phone: '+1555' }), live().user('a@x', { role: 'admin' }), { caps: capabilities });
    expect(plan.actions.map((a) => a.kind)).toEqual(['replace', 'invite']);
    expect(plan.guards).toEqual([]);
  });
});
