/**
 * The read scope (read-scope.ts) and --target (targets.ts), the cases read-scope.test.ts and targets.test.ts
 * leave: ignore rules matched on org.yaml's side, a declared user whose number org.yaml leaves out, members
 * only when a user delete can come of them; every kind of address as a target, a member target in any case.
 */
import { describe, expect, it } from 'vitest';
import { READ_EVERYTHING, readScopeOf } from '../../src/plan/read-scope.js';
import { selectTargets } from '../../src/plan/targets.js';
import { makeDraft } from '../../src/plan/draft.js';
import { live, org, planOf, summary } from './builders.js';

const listed = (email: string, extension: string | null = null, name = 'Someone') => ({ email, extension, name });

describe('read scope', () => {
  it('import and drift read everything', () => {
    expect(READ_EVERYTHING.userField(listed('a@x.test'), 'receiveCalls')).toBe(true);
    expect(READ_EVERYTHING.members({ name: 'Q', extension: null }, [])).toBe(true);
  });

  it('a declared user an ignore rule matches by its org.yaml name needs nothing, whatever the listing says', () => {
    const desired = org().ignore({ name: 'Bot *' }).user('bot@x.test', { name: 'Bot One' }).build();
    expect(readScopeOf(desired).userField(listed('bot@x.test', null, 'B'), 'receiveCalls')).toBe(false);
  });

  it('a field left out with the number left out too is not needed, whatever number the listing shows', () => {
    const desired = org().user('bob@x.test', { extension: null }).build();
    desired.unset.user['bob@x.test'] = ['receiveCalls', 'extension'];
    expect(readScopeOf(desired).userField(listed('bob@x.test', '999'), 'receiveCalls')).toBe(false);
  });

  it('a department an ignore rule matches, by the listing or by org.yaml, needs no members', () => {
    const desired = org().prune({ departments: true }).ignore({ extension: '9*' }).department('Q', { extension: '900' }).build();
    const scope = readScopeOf(desired);
    expect(scope.members({ name: 'Q', extension: null }, [])).toBe(false);
    expect(scope.members({ name: 'Other', extension: '901' }, [])).toBe(false);
    expect(scope.members({ name: 'Other', extension: '800' }, [])).toBe(true);
  });

  it('an undeclared department needs members only when prune.users would delete some live user', () => {
    const users = [listed('stranger@x.test')];
    expect(readScopeOf(org().build()).members({ name: 'Q', extension: null }, users)).toBe(false);
    expect(readScopeOf(org().prune({ users: true }).build()).members({ name: 'Q', extension: null }, users)).toBe(true);
    expect(readScopeOf(org().prune({ users: true }).user('stranger@x.test').build()).members({ name: 'Q', extension: null }, users)).toBe(false);
  });
});

describe('--target', () => {
  const desired = () => org().role('lead', { base: 'agent' }).schedule('office').extension('150').user('b@x.test').department('E', { members: ['b@x.test'] });

  it('accepts a role, a schedule and an extension as targets', () => {
    expect(summary(planOf(desired(), live(), { targets: ['role["lead"]'] }))).toEqual(['create role["lead"]']);
    expect(summary(planOf(desired(), live(), { targets: ['schedule["office"]'] }))).toEqual(['create schedule["office"]']);
    expect(summary(planOf(desired(), live(), { targets: ['extension["150"]'] }))).toEqual(['create extension["150"]']);
  });

  it('accepts live-only roles, schedules and extensions as targets (their deletes)', () => {
    const pruning = org().prune({ roles: true, schedules: true, extensions: true });
    const current = live().role('old', { base: 'agent' }).schedule('night').extension('160');
    expect(summary(planOf(pruning, current, { targets: ['role["old"]'] }))).toEqual(['delete role["old"]']);
    expect(summary(planOf(pruning, current, { targets: ['schedule["night"]'] }))).toEqual(['delete schedule["night"]']);
    expect(summary(planOf(pruning, current, { targets: ['extension["160"]'] }))).toEqual(['delete extension["160"]']);
  });

  it('accepts a member target whatever the case of its email', () => {
    expect(summary(planOf(desired(), live().user('b@x.test').department('E'), { targets: ['member["E"]["B@X.test"]'] }))).toEqual(['add-member member["E"]["b@x.test"]']);
  });

  it('a department called "undefined" selects itself and its members, nothing else', () => {
    const d = org().role('lead', { base: 'agent' }).user('a@x.test').user('c@x.test').department('undefined', { members: ['a@x.test'] });
    expect(summary(planOf(d, live().user('a@x.test'), { targets: ['department["undefined"]'] }))).toEqual([
      'create department["undefined"]',
      'add-member member["undefined"]["a@x.test"]',
    ]);
  });

  it('no targets select every draft', () => {
    const drafts = [makeDraft({ kind: 'create', resource: 'role', address: 'role["lead"]', reason: 'not in live state', vendorId: null, after: { name: 'lead' } } as never, null, { name: 'lead' })];
    expect(selectTargets(drafts, [], new Set())).toEqual(drafts);
  });
});

describe('compared fields', () => {
  it('a schedule with holidays differs from one whose holidays are missing, and holidays in another order do not', async () => {
    const { diffFields } = await import('../../src/plan/fields.js');
    const christmas = { date: '2026-12-25' };
    const newYear = { date: '2027-01-01' };
    expect(diffFields('schedule', { name: 'office' }, { name: 'office', holidays: [christmas] })).toEqual([{ field: 'holidays', before: null, after: [christmas] }]);
    expect(diffFields('schedule', { name: 'office', holidays: [newYear, christmas] }, { name: 'office', holidays: [christmas, newYear] })).toEqual([]);
  });
});
