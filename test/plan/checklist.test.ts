/**
 * Checklist kinds (unverified.ts), the parts unverified.test.ts leaves: which API actions wait for a
 * checklist step and which go ahead, how the kinds a vendor cannot read are split, and the create of an
 * object the read cannot show while it is empty (LiveOrg.hiddenWhenEmpty).
 */
import { describe, expect, it } from 'vitest';
import { manual, unsupported } from '../../src/model/capabilities.js';
import type { LiveOrg } from '../../src/model/live.js';
import type { Plan } from '../../src/plan/types.js';
import { CHECKLIST_REASON, splitUnverified, unreadableKinds } from '../../src/plan/unverified.js';
import { caps, live, org, planOf, summary } from './builders.js';

/** Each action's headline with the headlines of what it waits for. */
function waits(plan: Plan): Record<string, string[]> {
  const byId = new Map(plan.actions.map((a) => [a.id, a]));
  const head = (a: Plan['actions'][number]) => `${a.kind === 'manual' ? `manual(${a.intent})` : a.kind} ${a.address}`;
  return Object.fromEntries(plan.actions.map((a) => [head(a), a.dependsOn.map((id) => head(byId.get(id)!))]));
}

describe('API actions and checklist steps', () => {
  it('a user create does not wait for the check of a custom role the vendor cannot read', () => {
    const limited = caps().operation('role', 'read', manual('roles are in the panel')).build();
    const plan = planOf(org().role('lead', { base: 'agent' }).user('a@x.test', { role: 'lead' }), live(), { caps: limited });
    expect(waits(plan)).toEqual({
      'manual(create) role["lead"]': [],
      'create user["a@x.test"]': [],
      'invite user["a@x.test"]': ['create user["a@x.test"]'],
    });
  });

  it('a user create does not wait for the check of a schedule the read knows exists', () => {
    const limited = caps().operation('schedule', 'read', manual('hours are in the panel')).build();
    const current = live().build();
    current.account = { knownSchedules: ['office'] };
    const plan = planOf(org().schedule('office').user('a@x.test', { receiveCalls: 'office' }), current, { caps: limited });
    expect(waits(plan)['create user["a@x.test"]']).toEqual([]);
    expect(waits(plan)['manual(create) schedule["office"]']).toEqual([]);
  });

  it('a user create waits for the check of a schedule the read does not know, even when it knows others', () => {
    const limited = caps().operation('schedule', 'read', manual('hours are in the panel')).build();
    const current = live().build();
    current.account = { knownSchedules: ['night'] };
    const plan = planOf(org().schedule('office').user('a@x.test', { receiveCalls: 'office' }), current, { caps: limited });
    expect(waits(plan)['create user["a@x.test"]']).toEqual(['manual(create) schedule["office"]']);
  });

  it('a manual user step does not wait for the check of a schedule (a person does both)', () => {
    const limited = caps()
      .operation('schedule', 'read', manual('hours are in the panel'))
      .operation('user', 'create', manual('users are made in the panel', 'Add {email}.'))
      .build();
    const plan = planOf(org().schedule('office').user('a@x.test', { receiveCalls: 'office' }), live(), { caps: limited });
    expect(waits(plan)['manual(create) user["a@x.test"]']).toEqual([]);
  });

  it('checklist steps keep their order among themselves', () => {
    // Departments are a checklist; the member check waits for the department check (unverified.test.ts), and
    // the department's hours, readable through the API, are created first.
    const limited = caps().operation('department', 'read', manual('queues are in the panel')).build();
    const plan = planOf(org().schedule('office').user('a@x.test').department('D', { hours: 'office', members: ['a@x.test'] }), live().user('a@x.test'), { caps: limited });
    expect(waits(plan)).toEqual({
      'create schedule["office"]': [],
      'manual(create) department["D"]': ['create schedule["office"]'],
      'manual(add-member) member["D"]["a@x.test"]': ['manual(create) department["D"]'],
    });
  });
});

describe('splitting the kinds a vendor cannot read', () => {
  it('hides members with a department the vendor cannot read at all, even when a member list exists', () => {
    const limited = caps().operation('department', 'read', unsupported('no queue API')).build();
    const { hidden, checklist } = splitUnverified(limited, unreadableKinds(limited));
    expect([...hidden].sort()).toEqual(['department', 'member']);
    expect([...checklist]).toEqual([]);
  });

  it('checks members off with a department read in the panel', () => {
    const limited = caps().operation('department', 'read', manual('queues are in the panel')).build();
    const { hidden, checklist } = splitUnverified(limited, unreadableKinds(limited));
    expect([...hidden]).toEqual([]);
    expect([...checklist].sort()).toEqual(['department', 'member']);
  });
});

describe('an object the read cannot show while it is empty', () => {
  const limited = caps().operation('department', 'create', manual('groups are made in the panel', 'Create {name}.')).build();
  const hiddenWhenEmpty = (current: LiveOrg): LiveOrg => ({ ...current, hiddenWhenEmpty: [{ resource: 'department', why: 'the export shows a group only through its members' }] });

  it('makes the manual create of an empty one a checklist step, saying why', () => {
    const plan = planOf(org().department('D'), hiddenWhenEmpty(live().build()), { caps: limited });
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0]).toMatchObject({
      kind: 'manual', intent: 'create', address: 'department["D"]', reason: CHECKLIST_REASON,
      why: 'groups are made in the panel; the export shows a group only through its members', steps: ['Create D.'],
    });
  });

  it('leaves the manual create of one with members as it is, and any vendor that shows empty ones', () => {
    const withMembers = planOf(org().user('a@x.test').department('D', { members: ['a@x.test'] }), hiddenWhenEmpty(live().user('a@x.test').build()), { caps: limited });
    const create = withMembers.actions.find((a) => a.address === 'department["D"]')!;
    expect(create).toMatchObject({ kind: 'manual', intent: 'create', why: 'groups are made in the panel' });
    expect(create.kind === 'manual' && create.reason).not.toBe(CHECKLIST_REASON);

    const shown = planOf(org().department('D'), live(), { caps: limited });
    expect(shown.actions[0]).toMatchObject({ kind: 'manual', why: 'groups are made in the panel' });
    expect(shown.actions[0]!.kind === 'manual' && shown.actions[0]!.reason).not.toBe(CHECKLIST_REASON);
  });

  it('leaves other kinds, API creates and manual updates alone', () => {
    const roleManual = caps().operation('role', 'create', manual('roles are made in the panel')).build();
    const role = planOf(org().role('lead', { base: 'agent' }), hiddenWhenEmpty(live().build()), { caps: roleManual });
    expect(role.actions[0]).toMatchObject({ kind: 'manual', address: 'role["lead"]', why: 'roles are made in the panel' });

    const api = planOf(org().department('D'), hiddenWhenEmpty(live().build()));
    expect(summary(api)).toEqual(['create department["D"]']);
    expect(api.actions[0]!.reason).toBe('not in live state');

    const updates = caps().operation('department', 'update', manual('groups are edited in the panel')).build();
    const update = planOf(org().department('D', { ringTimeout: 40 }), hiddenWhenEmpty(live().department('D').build()), { caps: updates });
    expect(update.actions[0]).toMatchObject({ kind: 'manual', intent: 'update', why: 'groups are edited in the panel' });
  });
});
