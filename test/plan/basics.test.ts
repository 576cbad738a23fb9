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
      'create extension["200"]',
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
      'extension["200"]',
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
