/**
 * What the planner must leave alone even with prune on (issue 13, data-loss paths b, c, d): what an
 * unmanaged user or department holds, unmanaged users' queue memberships, and whatever settings.ignore
 * matches, live roles and an ignored department's extension included.
 */
import { describe, expect, it } from 'vitest';
import { live, org, planOf, summary } from './builders.js';

describe('extensions held by unmanaged users and departments (prune.extensions on)', () => {
  const current = () => live().user('a@x').user('hand@x', { extension: '150' }).department('Old', { extension: '160' }).extension('160').extension('190');

  it('keeps an extension held by a user that stays unmanaged (prune.users off), deletes a free one', () => {
    const plan = planOf(org().prune({ extensions: true }).user('a@x').department('Old', { extension: '160' }), current());
    expect(summary(plan)).toEqual(['delete extension["190"]']);
    expect(plan.unmanaged).toEqual([
      { address: 'extension["150"]', reason: 'not-declared' },
      { address: 'user["hand@x"]', reason: 'not-declared' },
    ]);
  });

  it('keeps an extension held by a department that stays unmanaged (prune.departments off)', () => {
    const plan = planOf(org().prune({ extensions: true, users: true }).user('a@x').user('x@x').user('y@x'), current().user('x@x').user('y@x'));
    expect(summary(plan).sort()).toEqual(['delete extension["150"]', 'delete extension["190"]', 'delete user["hand@x"]']);
    expect(plan.unmanaged).toEqual([
      { address: 'department["Old"]', reason: 'not-declared' },
      { address: 'extension["160"]', reason: 'not-declared' },
    ]);
  });

  it('deletes both when the holders are pruned too', () => {
    const plan = planOf(org().prune({ extensions: true, users: true, departments: true }).user('a@x').user('x@x').user('y@x').department('D'), current().user('x@x').user('y@x').department('D'));
    expect(summary(plan).sort()).toEqual(['delete department["Old"]', 'delete extension["150"]', 'delete extension["160"]', 'delete extension["190"]', 'delete user["hand@x"]']);
  });
});

describe('queue members who are not in org.yaml (prune.members on, the default)', () => {
  it('never removes a live user that stays unmanaged from a declared department', () => {
    const current = live().user('a@x').user('hand@x').department('Q', { members: ['a@x', 'hand@x', 'ghost@x'] });
    const plan = planOf(org().user('a@x').department('Q', { members: ['a@x'] }), current);
    // ghost@x is no live user at all: the member is pruned; hand@x is a live user ringform does not manage.
    expect(summary(plan)).toEqual(['remove-member member["Q"]["ghost@x"]']);
    expect(plan.unmanaged).toEqual([
      { address: 'member["Q"]["hand@x"]', reason: 'not-declared' },
      { address: 'user["hand@x"]', reason: 'not-declared' },
    ]);
  });

  it('keeps members of users ignored by settings.ignore, declared or not', () => {
    const current = live().user('a@x').user('bot@x').department('Q', { members: ['a@x', 'bot@x'] });
    const plan = planOf(org().ignore({ email: 'bot@*' }).user('a@x').department('Q', { members: ['a@x'] }), current);
    expect(plan.actions).toEqual([]);
    expect(plan.unmanaged).toEqual([
      { address: 'member["Q"]["bot@x"]', reason: 'ignored' },
      { address: 'user["bot@x"]', reason: 'ignored' },
    ]);
  });

  it('removes a member that is not declared when prune.members is on, and only then', () => {
    const current = live().user('a@x').user('b@x').department('Q', { members: ['a@x', 'b@x'] });
    const declared = () => org().user('a@x').user('b@x').department('Q', { members: ['a@x'] });
    expect(summary(planOf(declared(), current))).toEqual(['remove-member member["Q"]["b@x"]']);
    const off = planOf(declared().prune({ members: false }), current);
    expect(off.actions).toEqual([]);
    expect(off.unmanaged).toEqual([{ address: 'member["Q"]["b@x"]', reason: 'not-declared' }]);
  });
});

describe('settings.ignore with prune on', () => {
  const pruneAll = () => org().prune({ users: true, extensions: true, departments: true, schedules: true, roles: true });

  it('leaves matching live roles and schedules alone', () => {
    const current = live().role('vendor-role').role('custom').schedule('vendor-hours').schedule('old');
    const plan = planOf(pruneAll().ignore({ name: 'vendor-*' }), current);
    expect(summary(plan)).toEqual(['delete role["custom"]', 'delete schedule["old"]']);
    expect(plan.unmanaged).toEqual([
      { address: 'role["vendor-role"]', reason: 'ignored' },
      { address: 'schedule["vendor-hours"]', reason: 'ignored' },
    ]);
  });

  it('leaves an ignored department\'s extension alone, and an ignored user\'s', () => {
    const current = live().department('Lab', { extension: '300' }).extension('300').user('bot@x', { extension: '301' }).extension('302');
    const plan = planOf(pruneAll().ignore({ name: 'Lab' }).ignore({ email: 'bot@x' }), current);
    expect(summary(plan)).toEqual(['delete extension["302"]']);
    expect(plan.unmanaged).toEqual([
      { address: 'department["Lab"]', reason: 'ignored' },
      { address: 'extension["300"]', reason: 'ignored' },
      { address: 'extension["301"]', reason: 'ignored' },
      { address: 'user["bot@x"]', reason: 'ignored' },
    ]);
  });

  it('matches a department by its extension, and never a rule with no field', () => {
    const current = live().department('Lab', { extension: '300' }).department('Ops', { extension: '400' });
    const plan = planOf(pruneAll().ignore({ extension: '3*' }).ignore({}), current);
    expect(summary(plan)).toEqual(['delete department["Ops"]']);
    expect(plan.unmanaged.map((u) => u.address)).toEqual(['department["Lab"]']);
  });
});
