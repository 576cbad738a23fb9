/**
 * Fields a read could not see (LiveOrg.unreadable, adopt.ts withUnreadableAsUnset): for objects that exist
 * they are never compared, like fields org.yaml leaves out, together with those; objects still to be
 * created send their declared value.
 */
import { describe, expect, it } from 'vitest';
import type { CreateAction, UpdateAction } from '../../src/plan/types.js';
import { live, org, planOf, summary } from './builders.js';

describe('fields the read could not see', () => {
  const desired = () =>
    org()
      .schedule('office')
      .user('a@x.test', { name: 'Ann', receiveCalls: 'office', phone: '+15550001' })
      .user('new@x.test', { receiveCalls: 'office' })
      .department('Sales', { extension: '200', ringTimeout: 40, routing: 'serial' })
      .build();
  const current = () => {
    const l = live()
      .schedule('office')
      .user('a@x.test', { name: 'Old name', receiveCalls: 'always', phone: '+15550002' })
      .department('Sales', { extension: '200', ringTimeout: 25, routing: 'simultaneous' })
      .build();
    l.unreadable = [
      { resource: 'user', field: 'receiveCalls', why: 'not in the listing' },
      { resource: 'user', field: 'phone', why: 'not in the listing' },
      { resource: 'department', field: 'ringTimeout', why: 'not in the listing' },
    ];
    return l;
  };

  it('are not compared for objects that exist, whatever their live value; the other fields are', () => {
    const plan = planOf(desired(), current());
    const user = plan.actions.find((a): a is UpdateAction => a.kind === 'update' && a.address === 'user["a@x.test"]')!;
    expect(user.changes).toEqual([{ field: 'name', before: 'Old name', after: 'Ann' }]);
    const sales = plan.actions.find((a): a is UpdateAction => a.kind === 'update' && a.address === 'department["Sales"]')!;
    expect(sales.changes).toEqual([{ field: 'routing', before: 'simultaneous', after: 'serial' }]);
  });

  it('are sent as declared when the object is created', () => {
    const plan = planOf(desired(), current());
    const created = plan.actions.find((a): a is CreateAction => a.kind === 'create' && a.address === 'user["new@x.test"]')!;
    expect(created.after).toMatchObject({ receiveCalls: 'office' });
  });

  it('join the fields org.yaml leaves out of the same object', () => {
    const d = desired();
    d.unset.user = { 'a@x.test': ['name'] };
    const plan = planOf(d, current());
    expect(summary(plan)).toEqual(['create user["new@x.test"]', 'invite user["new@x.test"]', 'update department["Sales"]']);
  });

  it('leave the plan as it was when the read saw everything', () => {
    const seen = current();
    seen.unreadable = [];
    const plan = planOf(desired(), seen);
    const user = plan.actions.find((a): a is UpdateAction => a.kind === 'update' && a.address === 'user["a@x.test"]')!;
    expect(user.changes.map((c) => c.field)).toEqual(['name', 'phone', 'receiveCalls']);
  });
});

describe('fields org.yaml leaves out, for every kind keyed by name or number', () => {
  it('take the live value, so only the fields written are compared', () => {
    const desired = org()
      .role('lead', { description: 'written', permissions: { listenIn: true } })
      .schedule('office', { timezone: 'Asia/Kolkata' })
      .extension('101', { type: 'sip', callerId: '+15550001' })
      .department('Sales', { extension: '200', ringTimeout: 40, routing: 'serial' })
      .build();
    desired.unset.role = { lead: ['permissions'] };
    desired.unset.schedule = { office: ['weekly'] };
    desired.unset.extension = { '101': ['callerId'] };
    desired.unset.department = { Sales: ['routing'] };
    const current = live()
      .role('lead', { description: 'old', permissions: { listenIn: false } })
      .schedule('office', { timezone: 'UTC', weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: ['10:00-12:00'], sun: [] } })
      .extension('101', { type: 'web', callerId: null })
      .department('Sales', { extension: '200', ringTimeout: 25, routing: 'simultaneous' });
    const plan = planOf(desired, current);
    const fields = Object.fromEntries(plan.actions.map((a) => [a.address, a.kind === 'update' ? a.changes.map((c) => c.field) : a.kind]));
    expect(fields).toEqual({
      'role["lead"]': ['description'],
      'schedule["office"]': ['timezone'],
      'extension["101"]': ['type'],
      'department["Sales"]': ['ringTimeout'],
    });
  });
});
