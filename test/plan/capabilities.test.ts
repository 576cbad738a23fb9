import { describe, expect, it } from 'vitest';
import type { ManualAction, ReplaceAction } from '../../src/plan/types.js';
import { manual, replace, unsupported } from '../../src/model/capabilities.js';
import { caps, live, org, planOf, summary } from './builders.js';

describe('capabilities', () => {
  it('warns once per kind and field the vendor cannot change, and plans the rest', () => {
    const capabilities = caps().field('user', 'phone', unsupported('the API has no phone field')).build();
    const desired = org().user('a@x', { phone: '+1', name: 'A' }).user('b@x', { phone: '+2' });
    const plan = planOf(desired, live().user('a@x').user('b@x'), { caps: capabilities });
    expect(summary(plan)).toEqual(['update user["a@x"]']);
    expect(plan.actions[0]).toMatchObject({ changes: [{ field: 'name', before: 'a', after: 'A' }] });
    expect(plan.actions[0]).toMatchObject({ after: { phone: null, name: 'A' } });
    expect(plan.warnings).toEqual(['user field phone cannot be changed on this vendor: the API has no phone field']);
  });

  it('replaces an object whose field cannot change in place', () => {
    const capabilities = caps().field('extension', 'type', replace('the device type is fixed at creation')).build();
    const plan = planOf(org().extension('101', { type: 'sip', callerId: '+1' }), live().extension('101'), { caps: capabilities });
    const action = plan.actions[0] as ReplaceAction;
    expect(summary(plan)).toEqual(['replace extension["101"]']);
    expect(action.replaceFields).toEqual(['type']);
    expect(action.reason).toBe('vendor cannot change type in place: the device type is fixed at creation');
    expect(action.changes.map((c) => c.field)).toEqual(['callerId', 'type']);
    expect(action.vendorId).toBe('extension:101');
  });

  it('re-adds members and re-invites after replacing a user', () => {
    const capabilities = caps().field('user', 'email', replace('email is the login')).build();
    const desired = org().user('new@x', { name: 'a', previously: ['a@x'] }).department('D', { members: ['new@x'] });
    const plan = planOf(desired, live().user('a@x').department('D', { members: ['a@x'] }), { caps: capabilities });
    expect(summary(plan)).toEqual(['replace user["new@x"]', 'invite user["new@x"]', 'add-member member["D"]["new@x"]']);
    expect(plan.actions[2]!.dependsOn).toEqual(['1']);
  });

  it('turns a replace into a manual action when the vendor cannot delete or create', () => {
    const capabilities = caps()
      .field('extension', 'type', replace('fixed at creation'))
      .operation('extension', 'delete', manual('no delete in the API', 'Delete extension {number} in the panel'))
      .build();
    const plan = planOf(org().extension('101', { type: 'sip' }), live().extension('101'), { caps: capabilities });
    const action = plan.actions[0] as ManualAction;
    expect(action).toMatchObject({ kind: 'manual', intent: 'replace', steps: ['Delete extension 101 in the panel', 'Then run `ringform apply` again: it creates the new one.'] });
    expect(action.why).toContain('vendor cannot change type in place: fixed at creation');
  });

  it('plans manual operations with filled steps', () => {
    const capabilities = caps()
      .operation('user', 'create', manual('no user API', 'Add {name} <{email}> with extension {number}'))
      .operation('user', 'invite', manual('invites are sent from the panel', 'Invite {email}'))
      .operation('member', 'create', manual('queues are edited by hand', 'Add {user} to {department}'))
      .field('department', 'routing', manual('routing is panel-only', 'Set {name}: {changes}'))
      .build();
    const desired = org().user('a@x', { name: 'Ann', extension: '101' }).department('D', { routing: 'serial', members: ['a@x'] });
    const plan = planOf(desired, live().department('D', { routing: 'simultaneous' }).extension('101'), { caps: capabilities });
    const manuals = plan.actions.filter((a): a is ManualAction => a.kind === 'manual');
    expect(manuals.map((m) => [m.intent, m.address, m.why, m.steps])).toEqual([
      ['create', 'user["a@x"]', 'no user API', ['Add Ann <a@x> with extension 101']],
      ['invite', 'user["a@x"]', 'invites are sent from the panel', ['Invite a@x']],
      ['update', 'department["D"]', 'routing is panel-only', ['Set D: routing: "simultaneous" → "serial"']],
      ['add-member', 'member["D"]["a@x"]', 'queues are edited by hand', ['Add a@x to D']],
    ]);
    expect(manuals[2]!.changes).toEqual([{ field: 'routing', before: 'simultaneous', after: 'serial' }]);
    expect(plan.actions.find((a) => a.address === 'member["D"]["a@x"]')!.dependsOn).toEqual([manuals[0]!.id]);
  });

  it('turns unsupported operations into manual actions with the reason and no steps; an unsupported field is a warning', () => {
    const capabilities = caps().operation('user', 'delete', unsupported('the API cannot delete users')).operation('role', 'update', unsupported('roles are read-only')).build();
    const desired = org().prune({ users: true }).role('r', { description: 'new' });
    const plan = planOf(desired, live().user('a@x').role('r'), { caps: capabilities });
    expect(plan.actions.map((a) => a.kind === 'manual' && [a.intent, a.address, a.why, a.steps])).toEqual([
      ['delete', 'user["a@x"]', 'the API cannot delete users', []],
    ]);
    expect(plan.warnings).toEqual(['role field description cannot be changed on this vendor: roles are read-only']);
  });

  it('plans nothing for a kind the vendor cannot read at all, and says so', () => {
    const capabilities = caps().operation('schedule', 'read', unsupported('the API has no schedule endpoint')).build();
    const desired = org().prune({ schedules: true }).schedule('hours').user('a@x', { receiveCalls: 'hours' });
    const plan = planOf(desired, live().user('a@x', { receiveCalls: 'hours' }).schedule('old'), { caps: capabilities });
    expect(plan.actions).toEqual([]);
    expect(plan.unverified).toEqual([{ resource: 'schedule', why: 'the API has no schedule endpoint' }]);
  });

  it('turns a kind only a person can read into a checklist of what is declared, never deletes, and lets API actions go on', () => {
    const capabilities = caps().operation('department', 'read', manual('queues are only in the panel')).build();
    const desired = org().prune({ departments: true }).user('a@x').department('D', { members: ['a@x'] });
    const plan = planOf(desired, live().department('Old'), { caps: capabilities });
    expect(summary(plan)).toEqual(['create user["a@x"]', 'invite user["a@x"]', 'manual(create) department["D"]', 'manual(add-member) member["D"]["a@x"]']);
    const checklist = plan.actions.filter((a) => a.kind === 'manual');
    expect(checklist.every((a) => a.reason === 'cannot be read through the vendor API: check it is set up as declared')).toBe(true);
    expect(checklist[0]).toMatchObject({ why: 'queues are only in the panel', changes: expect.arrayContaining([{ field: 'name', before: null, after: 'D' }]) });
    // The member step follows the department step; the user's create waits on nothing unverifiable.
    expect(checklist[1]!.dependsOn).toContain(checklist[0]!.id);
    expect(plan.actions[0]!.dependsOn).toEqual([]);
    expect(plan.unverified.map((u) => u.resource)).toEqual(['department', 'member']);
  });
});
