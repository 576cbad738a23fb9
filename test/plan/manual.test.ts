/**
 * What a manual step and a replace carry (capability.ts): the values a person enters or removes, several
 * panel fields of one object as one step, and a replace's changes, forcing fields and fallbacks when the
 * vendor's API cannot delete or create.
 */
import { describe, expect, it } from 'vitest';
import { manual, replace, unsupported } from '../../src/model/capabilities.js';
import type { ManualAction, ReplaceAction } from '../../src/plan/types.js';
import { caps, live, org, planOf } from './builders.js';

const manualOf = (plan: ReturnType<typeof planOf>, address: string) => plan.actions.find((a): a is ManualAction => a.kind === 'manual' && a.address === address)!;

describe('the values of a manual create or delete', () => {
  it('lists every set field of a created object (by name), from nothing; not the empty or unset ones', () => {
    const limited = caps().operation('user', 'create', manual('no user API', 'Add {email}')).build();
    const plan = planOf(org().user('a@x.test', { name: 'Ann', phone: null, extension: null, vendor: {} }), live(), { caps: limited });
    expect(manualOf(plan, 'user["a@x.test"]').changes).toEqual([
      { field: 'email', before: null, after: 'a@x.test' },
      { field: 'name', before: null, after: 'Ann' },
      { field: 'panelAccess', before: null, after: true },
      { field: 'receiveCalls', before: null, after: 'always' },
      { field: 'role', before: null, after: 'agent' },
      { field: 'status', before: null, after: 'active' },
    ]);
  });

  it('keeps a set object or list, and lists a deleted object\'s values as removed', () => {
    const limited = caps().operation('schedule', 'delete', manual('no schedule API', 'Delete {name}')).build();
    const weekly = { mon: ['09:00-17:00'], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    const holidays = [{ date: '2026-12-25', name: 'Christmas' }];
    const plan = planOf(org().prune({ schedules: true }), live().schedule('old', { timezone: 'UTC', weekly, holidays, overrides: [] }), { caps: limited });
    expect(manualOf(plan, 'schedule["old"]').changes).toEqual([
      { field: 'holidays', before: holidays, after: null },
      { field: 'name', before: 'old', after: null },
      { field: 'timezone', before: 'UTC', after: null },
      { field: 'weekly', before: weekly, after: null },
    ]);
  });
});

describe('several panel fields of one object', () => {
  it('are one manual step: the reasons joined, each step once, in order', () => {
    const panel = (why: string, step: string) => manual(why, 'Open Departments → {name}.', step);
    const limited = caps()
      .field('department', 'routing', panel('routing is panel-only', 'Set routing: {changes}.'))
      .field('department', 'ringTimeout', panel('ring time is panel-only', 'Set ring time: {changes}.'))
      .field('department', 'stickyAgent', panel('routing is panel-only', 'Tick sticky agent.'))
      .build();
    const desired = org().department('D', { routing: 'serial', ringTimeout: 40, stickyAgent: true });
    const plan = planOf(desired, live().department('D', { routing: 'simultaneous', ringTimeout: 25, stickyAgent: false }), { caps: limited });
    expect(plan.actions).toHaveLength(1);
    const step = manualOf(plan, 'department["D"]');
    expect(step.intent).toBe('update');
    expect(step.why).toBe('routing is panel-only; ring time is panel-only');
    const changes = 'routing: "simultaneous" → "serial", ringTimeout: 25 → 40, stickyAgent: false → true';
    expect(step.steps).toEqual(['Open Departments → D.', `Set routing: ${changes}.`, `Set ring time: ${changes}.`, 'Tick sticky agent.']);
    expect(step.changes.map((c) => c.field)).toEqual(['routing', 'ringTimeout', 'stickyAgent']);
  });
});

describe('a replace', () => {
  const twoFixed = () =>
    caps()
      .field('department', 'routing', replace('routing is fixed at creation'))
      .field('department', 'extension', replace('the queue id is its number'));

  it('carries every change sorted by field, its forcing fields sorted, and each reason', () => {
    const plan = planOf(
      org().department('D', { extension: '201', routing: 'serial', ringTimeout: 40 }),
      live().department('D', { extension: '200', routing: 'simultaneous', ringTimeout: 25 }),
      { caps: twoFixed().build() },
    );
    const action = plan.actions[0] as ReplaceAction;
    expect(action.kind).toBe('replace');
    expect(action.changes).toEqual([
      { field: 'extension', before: '200', after: '201' },
      { field: 'ringTimeout', before: 25, after: 40 },
      { field: 'routing', before: 'simultaneous', after: 'serial' },
    ]);
    expect(action.replaceFields).toEqual(['extension', 'routing']);
    expect(action.reason).toBe('vendor cannot change extension in place: the queue id is its number; vendor cannot change routing in place: routing is fixed at creation');
  });

  it('is a manual step when the API cannot create, and only then is there no "run apply again"', () => {
    const limited = twoFixed()
      .operation('department', 'create', manual('no queue create', 'Create {name} by hand.'))
      .operation('department', 'delete', manual('no queue delete', 'Delete {name} by hand.'))
      .build();
    const plan = planOf(org().department('D', { routing: 'serial' }), live().department('D', { routing: 'simultaneous' }), { caps: limited });
    const step = manualOf(plan, 'department["D"]');
    expect(step.intent).toBe('replace');
    expect(step.steps).toEqual(['Delete D by hand.', 'Create D by hand.']);
    expect(step.why).toBe("vendor cannot change routing in place: routing is fixed at creation; and the vendor's API cannot delete and re-create a department");
  });

  it('is a manual step without steps to follow when the API cannot delete at all', () => {
    const limited = twoFixed().operation('department', 'delete', unsupported('queues cannot be deleted')).build();
    const plan = planOf(org().department('D', { routing: 'serial' }), live().department('D', { routing: 'simultaneous' }), { caps: limited });
    const step = manualOf(plan, 'department["D"]');
    expect(step.intent).toBe('replace');
    expect(step.steps).toEqual([]);
  });
});

describe('a replace, further', () => {
  it('carries a panel-only field along with the forcing ones, and lists forcing fields alphabetically', () => {
    const limited = caps()
      .field('department', 'routing', replace('routing is fixed at creation'))
      .field('department', 'hours', replace('hours are fixed at creation'))
      .field('department', 'ringTimeout', manual('ring time is panel-only', 'Set {changes}.'))
      .build();
    const plan = planOf(
      org().schedule('office').department('D', { routing: 'serial', hours: 'office', ringTimeout: 40 }),
      live().schedule('office').department('D', { routing: 'simultaneous', hours: null, ringTimeout: 25 }),
      { caps: limited },
    );
    const action = plan.actions.find((a): a is ReplaceAction => a.kind === 'replace')!;
    expect(action.replaceFields).toEqual(['hours', 'routing']);
    expect(action.changes).toEqual([
      { field: 'hours', before: null, after: 'office' },
      { field: 'ringTimeout', before: 25, after: 40 },
      { field: 'routing', before: 'simultaneous', after: 'serial' },
    ]);
  });

  it('is a manual step when the API can delete but not create', () => {
    const limited = caps()
      .field('department', 'routing', replace('routing is fixed at creation'))
      .operation('department', 'create', manual('no queue create', 'Create {name} by hand.'))
      .build();
    const plan = planOf(org().department('D', { routing: 'serial' }), live().department('D', { routing: 'simultaneous' }), { caps: limited });
    const step = manualOf(plan, 'department["D"]');
    expect(step.intent).toBe('replace');
    expect(step.steps).toEqual(['Create D by hand.']);
  });
});
