import { describe, expect, it } from 'vitest';
import { org, live, liveFrom, planOf, summary } from './builders.js';

const sample = () =>
  org()
    .role('team-lead', { base: 'supervisor', permissions: { reports: true } })
    .schedule('business-hours')
    .user('a@x', { extension: '101', role: 'team-lead' })
    .user('b@x', { extension: '102', receiveCalls: 'business-hours' })
    .department('Sales', { extension: '200', manager: 'a@x', hours: 'business-hours', members: ['a@x', 'b@x'] });

describe('fresh org', () => {
  it('creates everything in dependency order, then invites', () => {
    const plan = planOf(sample(), live());
    expect(summary(plan)).toEqual([
      'create role["team-lead"]',
      'create schedule["business-hours"]',
      'create extension["101"]',
      'create extension["102"]',
      'create user["a@x"]',
      'create user["b@x"]',
      'invite user["a@x"]',
      'invite user["b@x"]',
      'create department["Sales"]',
      'add-member member["Sales"]["a@x"]',
      'add-member member["Sales"]["b@x"]',
    ]);
    const byAddress = (kind: string, address: string) => plan.actions.find((a) => a.kind === kind && a.address === address)!;
    const userA = byAddress('create', 'user["a@x"]');
    expect(userA.dependsOn).toEqual([byAddress('create', 'role["team-lead"]').id, byAddress('create', 'extension["101"]').id]);
    const sales = byAddress('create', 'department["Sales"]');
    expect(sales.dependsOn.map((id) => plan.actions[Number(id) - 1]!.address)).toEqual([
      'schedule["business-hours"]',
      'user["a@x"]',
    ]);
    expect(plan.actions.every((a) => a.reason.length > 0)).toBe(true);
  });

  it('plans zero actions for an org in sync', () => {
    const desired = sample().build();
    const plan = planOf(desired, liveFrom(desired));
    expect(plan.actions).toEqual([]);
    expect(plan.guards).toEqual([]);
    expect(plan.warnings).toEqual([]);
  });
});

describe('field updates', () => {
  it('lists only the changed fields, with whole before and after', () => {
    const desired = sample().user('b@x', { extension: '102', receiveCalls: 'business-hours', name: 'Bea', phone: '+15550100' }).build();
    const current = liveFrom(sample().build());
    const plan = planOf(desired, current);
    expect(summary(plan)).toEqual(['update user["b@x"]']);
    const action = plan.actions[0]!;
    if (action.kind !== 'update') throw new Error('expected an update');
    expect(action.reason).toBe('name, phone changed');
    expect(action.changes).toEqual([
      { field: 'name', before: 'b', after: 'Bea' },
      { field: 'phone', before: null, after: '+15550100' },
    ]);
    expect(action.before['name']).toBe('b');
    expect(action.after['name']).toBe('Bea');
    expect(action.vendorId).toBe('user:b@x');
  });

  it('ignores key order, holiday order, invite policy, previously and vendor fields', () => {
    const desired = org()
      .schedule('h', {
        holidays: [
          { date: '2026-12-25', name: 'Christmas' },
          { date: '2026-01-01', name: null },
        ],
      })
      .user('a@x', { invite: 'never', previously: ['old@x'], vendor: { sandbox: { color: 'red' } } })
      .department('D', { members: ['a@x'] })
      .build();
    const current = liveFrom(desired);
    current.schedules[0]!.data.holidays.reverse();
    const weekly = current.schedules[0]!.data.weekly;
    current.schedules[0]!.data.weekly = Object.fromEntries(Object.entries(weekly).reverse()) as typeof weekly;
    current.users[0]!.data.invite = 'auto';
    current.users[0]!.data.vendor = {};
    current.departments[0]!.data.vendor = { sandbox: { anything: 1 } };
    expect(planOf(desired, current).actions).toEqual([]);
  });

  it('updates departments, extensions, schedules and roles field by field', () => {
    const base = sample().extension('101', { type: 'sip' });
    const desired = sample()
      .extension('101', { type: 'sip-tls', callerId: '+15550199' })
      .role('team-lead', { base: 'supervisor', permissions: { reports: false } })
      .department('Sales', { extension: '200', manager: 'a@x', hours: 'business-hours', members: ['a@x', 'b@x'], routing: 'round-robin' })
      .build();
    const plan = planOf(desired, liveFrom(base.build()));
    expect(plan.actions.map((a) => [a.address, a.reason])).toEqual([
      ['role["team-lead"]', 'permissions changed'],
      ['extension["101"]', 'type, callerId changed'],
      ['department["Sales"]', 'routing changed'],
    ]);
  });
});

describe('rename via previously', () => {
  it('updates the email of the live user with the old one, without touching memberships', () => {
    const desired = sample().user('alice@x', { name: 'a', extension: '101', role: 'team-lead', previously: ['a@x'] });
    const current = liveFrom(sample().build());
    const withoutA = desired.build();
    withoutA.users = withoutA.users.filter((u) => u.email !== 'a@x');
    withoutA.departments[0]!.manager = 'alice@x';
    withoutA.departments[0]!.members[0]!.user = 'alice@x';
    const plan = planOf(withoutA, current);
    expect(summary(plan)).toEqual(['update user["alice@x"]']);
    const action = plan.actions[0]!;
    expect(action.vendorId).toBe('user:a@x');
    if (action.kind !== 'update') throw new Error('expected an update');
    expect(action.changes).toEqual([{ field: 'email', before: 'a@x', after: 'alice@x' }]);
    expect(action.reason).toBe('email changed (renamed from a@x)');
  });

  it('prefers a live user that already has the new email', () => {
    const desired = org().user('new@x', { previously: ['old@x'] }).build();
    const current = live().user('new@x').user('old@x').build();
    expect(planOf(desired, current).actions).toEqual([]);
  });

  it('matches emails case-insensitively', () => {
    const desired = org().user('Ann@X.example', { name: 'Ann' }).department('D', { members: ['Ann@X.example'] }).build();
    const current = live().user('ann@x.example', { name: 'Ann' }).department('D', { members: ['ann@x.example'] }).build();
    expect(planOf(desired, current).actions).toEqual([]);
  });
});

describe('determinism and checksums', () => {
  it('gives byte-identical JSON for the same input, whatever the input order', () => {
    const desired = sample().build();
    const current = live().user('z@x', { extension: '101' }).user('b@x', { name: 'B' }).build();
    const first = JSON.stringify(planOf(desired, current));
    expect(JSON.stringify(planOf(structuredClone(desired), structuredClone(current)))).toBe(first);
    const shuffled = structuredClone(desired);
    shuffled.users.reverse();
    shuffled.extensions.reverse();
    const shuffledLive = structuredClone(current);
    shuffledLive.users.reverse();
    const again = planOf(shuffled, shuffledLive);
    expect(JSON.stringify(again.actions)).toBe(JSON.stringify(JSON.parse(first).actions));
  });

  it('checksums ignore baseDir, raw vendor objects and key order', () => {
    const desired = sample().build();
    const current = liveFrom(desired);
    const plan = planOf(desired, current);
    const moved = structuredClone(desired);
    moved.provider.baseDir = '/somewhere/else';
    const withRaw = structuredClone(current);
    withRaw.users[0]!.raw = { fetchedAt: 12345 };
    const again = planOf(moved, withRaw);
    expect(again.checksums).toEqual(plan.checksums);
    expect(plan.checksums.desired).toMatch(/^[0-9a-f]{64}$/);
    const changed = structuredClone(desired);
    changed.users[0]!.name = 'Other';
    expect(planOf(changed, current).checksums.desired).not.toBe(plan.checksums.desired);
  });
});
