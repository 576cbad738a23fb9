/**
 * Roles on a vendor with coarser roles (role-levels.ts, Capabilities.roleLevels): a live role on the level of
 * the declared one is taken as the declared role (no step that could never clear); a role on another level,
 * or a role the table does not list (its own level), is still a change. Squaretalk's own table is tested end
 * to end in test/providers/squaretalk/levels.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Capabilities } from '../../src/model/capabilities.js';
import type { Plan } from '../../src/plan/types.js';
import { caps, live, org, planOf } from './builders.js';

const coarse = (): Capabilities => ({ ...caps().build(), roleLevels: { supervisor: 'manager', manager: 'manager' } });
const changes = (plan: Plan) => plan.actions.map((a) => `${a.kind} ${a.address} ${'changes' in a ? a.changes.map((c) => `${c.field}:${String(c.before)}->${String(c.after)}`).join(',') : ''}`.trim());

describe('role levels', () => {
  it('take a live role on the declared role\'s level as the declared role, keeping the rest of the record', () => {
    const desired = org().user('a@x.test', { role: 'supervisor', name: 'Asha' }).user('b@x.test', { role: 'manager' });
    const current = live().user('a@x.test', { role: 'manager', name: 'A' }).user('b@x.test', { role: 'supervisor' });
    expect(changes(planOf(desired, current, { caps: coarse() }))).toEqual(['update user["a@x.test"] name:A->Asha']);
  });

  it('still change a role on another level, or one the table does not list', () => {
    const desired = org().user('a@x.test', { role: 'supervisor' }).user('b@x.test', { role: 'owner' });
    const current = live().user('a@x.test', { role: 'agent' }).user('b@x.test', { role: 'admin' });
    expect(changes(planOf(desired, current, { caps: coarse() }))).toEqual([
      'update user["a@x.test"] role:agent->supervisor',
      'update user["b@x.test"] role:admin->owner',
    ]);
  });

  it('compare roles exactly on a vendor without levels', () => {
    const plan = planOf(org().user('a@x.test', { role: 'supervisor' }), live().user('a@x.test', { role: 'manager' }));
    expect(changes(plan)).toEqual(['update user["a@x.test"] role:manager->supervisor']);
  });

  it('leave users only declared or only live as they are', () => {
    const desired = org().prune({ users: true }).user('new@x.test', { role: 'supervisor' });
    const current = live().user('old@x.test', { role: 'manager' });
    const plan = planOf(desired, current, { caps: coarse() });
    expect(plan.actions.map((a) => `${a.kind} ${a.address}`).sort()).toEqual(['create user["new@x.test"]', 'delete user["old@x.test"]', 'invite user["new@x.test"]']);
    expect(plan.actions.find((a) => a.kind === 'delete')).toMatchObject({ before: { role: 'manager' } });
    expect(plan.actions.find((a) => a.kind === 'create')).toMatchObject({ after: { role: 'supervisor' } });
  });
});
