import { describe, expect, it } from 'vitest';
import { RingformError } from '../../src/errors.js';
import { caps, live, org, planOf, summary } from './builders.js';

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

// Review: on a vendor whose ring order is positions (Smartflo) every member action writes the department's whole
// order, so a targeted change to one member moved the others with no plan line. The plan now brings in every member
// action of that department, and says so.
describe('targets on a vendor whose ring order is positions', () => {
  const positional = { ...caps().build(), ringOrderIsPosition: true };
  const users = <B extends { user(email: string): B }>(o: B): B => o.user('a@x').user('b@x').user('c@x').user('n@x');
  const current = () => users(live()).department('Sales', { members: ['a@x', 'b@x', 'c@x'] }).department('Support', { members: ['a@x'] });
  const wanted = () => users(org()).department('Sales', { members: ['n@x', 'c@x', 'a@x'] }).department('Support', { members: ['b@x'] });
  const prunes = () => {
    const built = wanted().build();
    return { ...built, settings: { ...built.settings, prune: { ...built.settings.prune, members: true } } };
  };

  it('a member target brings in every member action of its department (adds, moves, removals), nothing of another, and names them', () => {
    const plan = planOf(prunes(), current(), { caps: positional, targets: ['member["Sales"]["c@x"]'] });
    expect(summary(plan).sort()).toEqual([
      'add-member member["Sales"]["n@x"]',
      'remove-member member["Sales"]["b@x"]',
      'update member["Sales"]["a@x"]',
      'update member["Sales"]["c@x"]',
    ]);
    expect(plan.warnings.filter((w) => w.startsWith('--target:'))).toEqual([
      // n's add comes as a dependency (c's move waits on the add before it: graph.ts linkRingPositions).
      '--target: member["Sales"]["a@x"] and member["Sales"]["b@x"] are in this plan though no target names them: the vendor keeps the ring order of Sales as positions, and the changes to member["Sales"]["c@x"] and member["Sales"]["n@x"] write that whole order, so every member change of Sales is applied with it',
    ]);
    // The department's part is its part of the full plan.
    const full = planOf(prunes(), current(), { caps: positional });
    const sales = (p: typeof plan) => p.actions.filter((a) => a.address.startsWith('member["Sales"]')).map(({ id: _id, dependsOn: _d, ...rest }) => rest);
    expect(sales(plan)).toEqual(sales(full));
  });

  it('a user target brings in the other members of each department its member actions touch', () => {
    const plan = planOf(prunes(), current(), { caps: positional, targets: ['user["b@x"]'] });
    expect(summary(plan).filter((s) => s.includes('member["Sales"]')).length).toBe(4);
    expect(summary(plan)).toContain('add-member member["Support"]["b@x"]');
    expect(summary(plan)).toContain('remove-member member["Support"]["a@x"]');
  });

  it('a department with one member change brings in nothing, says nothing; without the capability a target stays alone', () => {
    const one = planOf(wanted().department('Sales', { members: ['a@x', 'b@x', 'c@x', 'n@x'] }), current(), { caps: positional, targets: ['member["Sales"]["n@x"]'] });
    expect(summary(one)).toEqual(['add-member member["Sales"]["n@x"]']);
    expect(one.warnings.filter((w) => w.startsWith('--target:'))).toEqual([]);
    const numbered = planOf(prunes(), current(), { caps: { ...positional, ringOrderIsPosition: false }, targets: ['member["Sales"]["c@x"]'] });
    expect(summary(numbered)).toEqual(['update member["Sales"]["c@x"]']);
    expect(numbered.warnings.filter((w) => w.startsWith('--target:'))).toEqual([]);
  });
});
