import { describe, expect, it } from 'vitest';
import { RingformError } from '../../src/errors.js';
import { live, org, planOf, summary } from './builders.js';

const desired = () =>
  org()
    .role('lead', { base: 'supervisor' })
    .user('a@x', { extension: '101', role: 'lead' })
    .user('b@x')
    .department('D', { members: ['a@x', 'b@x'] })
    .department('E', { members: ['b@x'] });

describe('targets', () => {
  it('plans only the targets and what they depend on; ids are renumbered', () => {
    const plan = planOf(desired(), live().department('E'), { targets: ['user["a@x"]'] });
    expect(summary(plan)).toEqual([
      'create role["lead"]',
      'create extension["101"]',
      'create user["a@x"]',
      'invite user["a@x"]',
      'create department["D"]',
      'add-member member["D"]["a@x"]',
    ]);
    expect(plan.actions.map((a) => a.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(plan.actions[5]!.dependsOn).toEqual(['3', '5']);
  });

  it('includes a department target with its members', () => {
    const plan = planOf(desired(), live().user('a@x', { extension: '101', role: 'lead' }).role('lead', { base: 'supervisor' }).user('b@x'), { targets: ['department["E"]'] });
    expect(summary(plan)).toEqual(['create department["E"]', 'add-member member["E"]["b@x"]']);
  });

  it('accepts a member address', () => {
    const plan = planOf(desired(), live(), { targets: ['member["E"]["b@x"]'] });
    expect(summary(plan)).toEqual(['create user["b@x"]', 'create department["E"]', 'add-member member["E"]["b@x"]']);
  });

  it('rejects a target that names no object', () => {
    expect(() => planOf(desired(), live(), { targets: ['user["nobody@x"]'] })).toThrow(RingformError);
    expect(() => planOf(desired(), live(), { targets: ['user["nobody@x"]'] })).toThrow(/unknown target user\["nobody@x"\]/);
    expect(() => planOf(desired(), live(), { targets: ['garbage'] })).toThrow(/unknown target garbage/);
  });
});
