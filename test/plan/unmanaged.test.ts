import { describe, expect, it } from 'vitest';
import { live, org, planOf, summary } from './builders.js';

const extra = () =>
  live()
    .user('a@x')
    .user('hand@x', { extension: '150' })
    .department('Old', { members: ['hand@x'] })
    .schedule('Legacy')
    .role('custom')
    .role('admin')
    .extension('190');

describe('prune off (the default): undeclared live objects are unmanaged', () => {
  it('lists them and plans nothing', () => {
    const plan = planOf(org().user('a@x'), extra());
    expect(plan.actions).toEqual([]);
    expect(plan.unmanaged).toEqual([
      { address: 'department["Old"]', reason: 'not-declared' },
      { address: 'extension["150"]', reason: 'not-declared' },
      { address: 'extension["190"]', reason: 'not-declared' },
      { address: 'role["custom"]', reason: 'not-declared' },
      { address: 'schedule["Legacy"]', reason: 'not-declared' },
      { address: 'user["hand@x"]', reason: 'not-declared' },
    ]);
  });
});

describe('prune on: undeclared live objects are deleted', () => {
  it('deletes them with a reason, never a built-in role, and members go with their department', () => {
    const desired = org().prune({ users: true, extensions: true, departments: true, schedules: true, roles: true }).user('a@x');
    const plan = planOf(desired, extra());
    expect(summary(plan)).toEqual([
      'delete role["custom"]',
      'delete schedule["Legacy"]',
      'delete extension["190"]',
      'delete department["Old"]',
      'delete user["hand@x"]',
      'delete extension["150"]',
    ]);
    expect(plan.actions.find((a) => a.address === 'user["hand@x"]')!.reason).toBe('not in org.yaml (prune.users is on)');
    expect(plan.unmanaged).toEqual([]);
  });

  it('keeps a live extension that a declared user has', () => {
    const desired = org().prune({ extensions: true }).user('a@x', { extension: '101' }).build();
    desired.extensions = [];
    expect(planOf(desired, live().user('a@x', { extension: '101' })).actions).toEqual([]);
  });
});

describe('ignore rules', () => {
  const current = () =>
    live()
      .user('a@x')
      .user('bot@vendor.example', { extension: '901' })
      .department('Support', { members: ['a@x', 'bot@vendor.example'] })
      .department('Test queue')
      .schedule('Test hours');

  it('leaves matching live objects alone entirely, even with prune on', () => {
    const desired = org()
      .prune({ users: true, extensions: true, departments: true, schedules: true })
      .ignore({ email: '*@VENDOR.example' })
      .ignore({ name: 'test *' })
      .user('a@x')
      .department('Support', { members: ['a@x'] });
    const plan = planOf(desired, current());
    expect(plan.actions).toEqual([]);
    expect(plan.unmanaged).toEqual([
      { address: 'department["Test queue"]', reason: 'ignored' },
      { address: 'extension["901"]', reason: 'ignored' },
      { address: 'member["Support"]["bot@vendor.example"]', reason: 'ignored' },
      { address: 'schedule["Test hours"]', reason: 'ignored' },
      { address: 'user["bot@vendor.example"]', reason: 'ignored' },
    ]);
  });

  it('needs every field of a rule to match', () => {
    const desired = org().prune({ users: true }).ignore({ email: '*@vendor.example', extension: '8*' }).user('a@x');
    const plan = planOf(desired, live().user('a@x').user('bot@vendor.example', { extension: '901' }));
    expect(summary(plan)).toEqual(['delete user["bot@vendor.example"]']);
  });

  it('matches extension globs against users, extensions and departments', () => {
    const desired = org().prune({ users: true, extensions: true, departments: true }).ignore({ extension: '9*' });
    const plan = planOf(desired, live().user('bot@x', { extension: '901' }).department('Night', { extension: '950' }).extension('999'));
    expect(plan.actions).toEqual([]);
    expect(plan.unmanaged.map((u) => u.address)).toEqual([
      'department["Night"]',
      'extension["901"]',
      'extension["999"]',
      'user["bot@x"]',
    ]);
  });

  it('wins over a declaration, with a warning', () => {
    const desired = org().ignore({ email: 'bot@*' }).user('bot@x', { name: 'Changed' });
    const plan = planOf(desired, live().user('bot@x'));
    expect(plan.actions).toEqual([]);
    expect(plan.warnings).toEqual(['user["bot@x"] is declared in org.yaml but matches settings.ignore; it is left alone']);
    expect(plan.unmanaged).toEqual([{ address: 'user["bot@x"]', reason: 'ignored' }]);
  });
});
