/**
 * Kinds a vendor cannot read (unverified.ts): members follow their departments, a hidden kind plans
 * nothing, a checklist kind plans manual checks that API actions do not wait for.
 */
import { describe, expect, it } from 'vitest';
import { manual, unsupported } from '../../src/model/capabilities.js';
import { caps, live, org, planOf, summary } from './builders.js';

describe('kinds the vendor cannot read', () => {
  it('make members unverified with their departments, saying why', () => {
    const plan = planOf(org().user('a@x.test').department('D', { members: ['a@x.test'] }), live().user('a@x.test'), {
      caps: caps().operation('department', 'read', unsupported('no queue API')).build(),
    });
    expect(plan.unverified).toEqual([
      { resource: 'department', why: 'no queue API' },
      { resource: 'member', why: 'members are read with departments, which cannot be read: no queue API' },
    ]);
    expect(summary(plan)).toEqual([]);
  });

  it('keep the members\' own reason when members cannot be read either', () => {
    const limited = caps().operation('department', 'read', manual('queues are in the panel')).operation('member', 'read', unsupported('no member list')).build();
    const plan = planOf(org().user('a@x.test').department('D', { members: ['a@x.test'] }), live().user('a@x.test'), { caps: limited });
    expect(plan.unverified).toEqual([
      { resource: 'department', why: 'queues are in the panel' },
      { resource: 'member', why: 'no member list' },
    ]);
    // Departments are a checklist; members are hidden (their own read is unsupported): no member step.
    expect(summary(plan)).toEqual(['manual(create) department["D"]']);
  });

  it('check members off with a department that is a checklist, when members themselves are readable', () => {
    const limited = caps().operation('department', 'read', manual('queues are in the panel')).build();
    const plan = planOf(org().user('a@x.test').department('D', { members: ['a@x.test'] }), live().user('a@x.test'), { caps: limited });
    expect(summary(plan)).toEqual(['manual(create) department["D"]', 'manual(add-member) member["D"]["a@x.test"]']);
    const [department, member] = plan.actions;
    expect(member!.dependsOn).toEqual([department!.id]);
    expect(member).toMatchObject({ kind: 'manual', reason: 'cannot be read through the vendor API: check it is set up as declared', why: 'members are read with departments, which cannot be read: queues are in the panel', steps: [] });
  });

  it('keep a manual step\'s own steps on a checklist kind, with the checklist reason', () => {
    const limited = caps()
      .operation('schedule', 'read', manual('hours are in the panel'))
      .operation('schedule', 'create', manual('no schedule API', 'Create {name} in the panel.'))
      .build();
    const plan = planOf(org().schedule('office').user('a@x.test', { receiveCalls: 'office' }), live().user('a@x.test', { receiveCalls: 'office' }), { caps: limited });
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0]).toMatchObject({
      kind: 'manual', intent: 'create', address: 'schedule["office"]', why: 'no schedule API', steps: ['Create office in the panel.'],
      reason: 'cannot be read through the vendor API: check it is set up as declared',
    });
  });

  // Issue 16 item 2: a schedule no read can see may not exist yet, so the user create that names it waits for the
  // step that creates it (unless the account facts know it exists: test/cli/plan-never-lies.test.ts).
  it('make an API action that refers to a checklist schedule it cannot see wait for that step', () => {
    const limited = caps().operation('schedule', 'read', manual('hours are in the panel')).build();
    const plan = planOf(org().schedule('office').user('a@x.test', { receiveCalls: 'office' }), live(), { caps: limited });
    expect(summary(plan)).toEqual(['manual(create) schedule["office"]', 'create user["a@x.test"]', 'invite user["a@x.test"]']);
    expect(plan.actions[1]!.dependsOn).toEqual([plan.actions[0]!.id]);
    expect(plan.actions[0]).toMatchObject({ changes: expect.arrayContaining([{ field: 'name', before: null, after: 'office' }]) });
  });

  // Issue 16, the sandbox → Smartflo migration: Sales is [u3, u5] and u3's create waits on the time group a person
  // creates. Smartflo's ring order is positions, so u5 added alone lands at 1, apply reported success and every
  // later plan moved u5 from 1 to 2 without effect. u5 now waits behind u3's add.
  it('on a vendor whose ring order is positions, a member waits for the adds of the members before it', () => {
    const positional = { ...caps().operation('schedule', 'read', manual('hours are in the panel')).build(), ringOrderIsPosition: true };
    const desired = org().schedule('late').user('u3@x.test', { receiveCalls: 'late' }).user('u5@x.test').department('Sales', { members: ['u3@x.test', 'u5@x.test'] });
    const plan = planOf(desired, live().user('u5@x.test').department('Sales'), { caps: positional });
    const id = (s: string) => plan.actions.find((a) => `${a.kind === 'manual' ? `manual(${a.intent})` : a.kind} ${a.address}` === s)!.id;
    const u5 = plan.actions.find((a) => a.address === 'member["Sales"]["u5@x.test"]')!;
    expect(u5.dependsOn).toContain(id('add-member member["Sales"]["u3@x.test"]'));
    expect(plan.actions.find((a) => a.address === 'member["Sales"]["u3@x.test"]')!.dependsOn).not.toContain(u5.id);
    // A priority move waits the same way; without the capability nothing links members to each other.
    const moved = planOf(desired, live().user('u5@x.test').department('Sales', { members: ['u5@x.test'] }), { caps: positional });
    const move = moved.actions.find((a) => a.kind === 'update' && a.address === 'member["Sales"]["u5@x.test"]')!;
    expect(move.dependsOn).toContain(moved.actions.find((a) => a.kind === 'add-member')!.id);
    // A chain, one edge per member: the third of a new department's members waits on the second's add only.
    const many = ['a', 'b', 'c', 'd'].map((n) => `${n}@x.test`);
    const chain = planOf(many.reduce((o, e) => o.user(e), org()).department('Big', { members: many }), many.reduce((l, e) => l.user(e), live()), { caps: positional });
    const addOf = (e: string) => chain.actions.find((a) => a.address === `member["Big"]["${e}"]`)!;
    expect(many.map((e) => addOf(e).dependsOn.filter((id) => chain.actions.find((a) => a.id === id)!.resource === 'member'))).toEqual([[], [addOf(many[0]!).id], [addOf(many[1]!).id], [addOf(many[2]!).id]]);
    const numbered = planOf(desired, live().user('u5@x.test').department('Sales'), { caps: { ...positional, ringOrderIsPosition: false } });
    const memberIds = new Set(numbered.actions.filter((a) => a.resource === 'member').map((a) => a.id));
    for (const a of numbered.actions.filter((x) => x.resource === 'member')) expect(a.dependsOn.filter((d) => memberIds.has(d))).toEqual([]);
  });

  // The same migration's next plan: Sales is empty (its members wait), so its ring timeout (kept per agent on
  // Smartflo) cannot be seen; sent alone it would be reported done and planned again on every run.
  it('a department field the read sees only with members is updated after the first member add', () => {
    const desired = org().user('u3@x.test').user('u5@x.test').department('Sales', { ringTimeout: 20, members: ['u3@x.test', 'u5@x.test'] });
    const current = live().user('u3@x.test').user('u5@x.test').department('Sales', { ringTimeout: 0 }).build();
    const plan = planOf(desired, { ...current, unreadable: [{ resource: 'department', field: 'ringTimeout', why: 'no agents', keys: ['Sales'], whileEmpty: true }] });
    const update = plan.actions.find((a) => a.address === 'department["Sales"]')!;
    expect(update).toMatchObject({ kind: 'update', changes: [{ field: 'ringTimeout', before: 0, after: 20 }] });
    expect(update.dependsOn).toEqual([plan.actions.find((a) => a.address === 'member["Sales"]["u3@x.test"]')!.id]);
    // A field the read does see is not held back.
    const seen = planOf(desired, current);
    expect(seen.actions.find((a) => a.address === 'department["Sales"]')!.dependsOn).toEqual([]);
  });
});
