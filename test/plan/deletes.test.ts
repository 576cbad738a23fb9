/**
 * The delete guards and the declared-user invariant (issue 13, "Deletes need corroboration"): every
 * counted collection and intent, the limits' boundaries, "all or nearly all" at any size, and no plan
 * that deletes a user org.yaml declares, whatever the live state says.
 */
import { describe, expect, it } from 'vitest';
import type { LiveOrg } from '../../src/model/live.js';
import { nearlyAll } from '../../src/plan/guards.js';
import { manual, replace } from '../../src/model/capabilities.js';
import { caps, live, org, planOf, summary } from './builders.js';

const users = (n: number) => Array.from({ length: n }, (_, i) => `u${String(i).padStart(2, '0')}@x`);
const liveUsers = (n: number) => users(n).reduce((l, e) => l.user(e), live());
/** Declares the first `keep` of n users, with prune.users on. */
const keeping = (keep: number, n: number) => users(n).slice(0, keep).reduce((o, e) => o.user(e), org().prune({ users: true }));
const codes = (plan: ReturnType<typeof planOf>) => plan.guards.map((g) => g.code);

describe('all or nearly all of a collection needs --force at any size', () => {
  it('defines "nearly all" as all, or all but max(1, ⌊n/10⌋) when at least two go', () => {
    const cases: Array<[number, number, boolean]> = [
      [0, 0, false], [0, 5, false], [1, 1, true], [1, 2, false], [2, 2, true], [2, 3, true], [1, 3, false],
      [8, 9, true], [7, 9, false], [9, 9, true], [18, 20, true], [17, 20, false], [90, 100, true], [89, 100, false],
      [3, 4, true], [2, 4, false], [10, 11, true], [9, 11, false], [3, 2, true],
    ];
    for (const [deleted, liveCount, expected] of cases) expect([deleted, liveCount, nearlyAll(deleted, liveCount)]).toEqual([deleted, liveCount, expected]);
  });

  it('stops `users: []` with prune.users on a 9-user org, naming the file, the lines and the fix', () => {
    const origin = { file: '/srv/org.yaml', lines: { users: 12, 'settings.prune.users': 4 } };
    const plan = planOf(keeping(0, 9), liveUsers(9), { origin });
    expect(plan.actions.filter((a) => a.kind === 'delete')).toHaveLength(9);
    expect(plan.guards).toEqual([
      {
        code: 'nearly-all',
        message:
          'the plan deletes all 9 users, all or nearly all of them (`users:` at /srv/org.yaml:12 with `prune.users: true` at /srv/org.yaml:4); declare the users to keep, or run again with --force if this is intended',
        forceable: true,
        addresses: users(9).map((e) => `user["${e}"]`),
      },
    ]);
  });

  it('stops 8 of 9, not 7 of 9; says when a key is not written, and "in org.yaml" without a file', () => {
    const eight = planOf(keeping(1, 9), liveUsers(9), { origin: { file: 'org.yaml', lines: { 'settings.prune.users': 3 } } });
    expect(eight.guards.map((g) => [g.code, g.addresses.length])).toEqual([['nearly-all', 8]]);
    expect(eight.guards[0]!.message).toContain('deletes 8 of 9 users');
    expect(eight.guards[0]!.message).toContain('(`users:` (not written) in org.yaml with `prune.users: true` at org.yaml:3)');
    expect(planOf(keeping(2, 9), liveUsers(9)).guards).toEqual([]);
    const plain = planOf(keeping(0, 1), liveUsers(1));
    expect(plain.guards[0]!.message).toBe(
      'the plan deletes all 1 users, all or nearly all of them (`users:` in org.yaml with `prune.users: true` in org.yaml); declare the users to keep, or run again with --force if this is intended',
    );
  });

  it('lists the addresses sorted, whatever the order of the actions', () => {
    // The extension a deleted user held is deleted after that user; a free one before.
    const current = live().user('a@x').user('hand@x', { extension: '150' }).extension('190');
    const plan = planOf(org().prune({ users: true, extensions: true }).user('a@x'), current);
    expect(summary(plan)).toEqual(['delete extension["190"]', 'delete user["hand@x"]', 'delete extension["150"]']);
    expect(plan.guards.map((g) => [g.code, g.addresses])).toEqual([['nearly-all', ['extension["150"]', 'extension["190"]']]]);
    const ten = ['100', '101', '102', '103', '104', '105', '106', '107', '108', '109'];
    const many = ten.reduce((l, n) => l.extension(n), live().user('a@x').user('hand@x', { extension: '100' }).user('b@x').user('c@x').user('d@x'));
    const declared = ten.slice(4).reduce((o, n) => o.extension(n), org().prune({ users: true, extensions: true }).user('a@x').user('b@x').user('c@x').user('d@x'));
    const percent = planOf(declared, many);
    expect(summary(percent).filter((s) => s.startsWith('delete')).at(-1)).toBe('delete extension["100"]');
    expect(percent.guards.map((g) => [g.code, g.addresses])).toEqual([['max-delete-percent', ['extension["100"]', 'extension["101"]', 'extension["102"]', 'extension["103"]']]]);
  });

  it('trips once per collection, instead of the percent guard, and counts only managed live objects', () => {
    const all = planOf(keeping(0, 12), liveUsers(12));
    expect(codes(all)).toEqual(['nearly-all']);
    const ignored = keeping(0, 3).ignore({ email: 'u00@x' });
    expect(planOf(ignored, liveUsers(3)).guards.map((g) => [g.code, g.message.slice(0, 34)])).toEqual([['nearly-all', 'the plan deletes all 2 users, all ']]);
  });

  it('counts deletes of every collection, not only users', () => {
    const current = live().extension('201').schedule('S').role('R').department('D');
    const desired = org().prune({ extensions: true, schedules: true, roles: true, departments: true });
    expect(planOf(desired, current).guards.map((g) => [g.code, g.addresses])).toEqual([
      ['nearly-all', ['department["D"]']],
      ['nearly-all', ['extension["201"]']],
      ['nearly-all', ['role["R"]']],
      ['nearly-all', ['schedule["S"]']],
    ]);
  });

  it('does not count a replace as emptying a collection', () => {
    const capabilities = caps().field('extension', 'type', replace('type is fixed')).build();
    const plan = planOf(org().extension('201', { type: 'sip' }), live().extension('201'), { caps: capabilities });
    expect(summary(plan)).toEqual(['replace extension["201"]']);
    expect(plan.guards).toEqual([]);
  });
});

describe('maxDeletes and maxDeletePercent count every collection, deletes, replaces and manual ones', () => {
  const mixed = () => live().extension('201').extension('202').schedule('S').schedule('T').role('R').role('Q').department('D').department('E').user('a@x').user('b@x');
  const pruneAll = () => org().prune({ users: true, extensions: true, schedules: true, roles: true, departments: true });
  /** Declares all but one of each collection, so each loses one of two (no nearly-all). */
  const halfOfEach = () => pruneAll().extension('202').schedule('T').role('Q').department('E').user('b@x');

  it('is at the limit with maxDeletes deletes, and over it with one more', () => {
    expect(planOf(halfOfEach().guards({ maxDeletes: 5 }), mixed()).guards).toEqual([]);
    const over = planOf(halfOfEach().guards({ maxDeletes: 4 }), mixed());
    expect(over.guards).toEqual([
      {
        code: 'max-deletes',
        message: 'the plan deletes or replaces 5 objects, more than settings.guards.maxDeletes (4)',
        forceable: true,
        addresses: ['department["D"]', 'extension["201"]', 'role["R"]', 'schedule["S"]', 'user["a@x"]'],
      },
    ]);
    expect(planOf(org(), live()).guards).toEqual([]);
    expect(planOf(org().guards({ maxDeletes: 0 }), live()).guards).toEqual([]);
    expect(codes(planOf(halfOfEach().guards({ maxDeletes: 0 }), mixed()))).toEqual(['max-deletes']);
  });

  it('counts replaces of every kind', () => {
    const capabilities = caps()
      .field('extension', 'type', replace('type'))
      .field('schedule', 'timezone', replace('timezone'))
      .field('role', 'base', replace('base'))
      .field('department', 'routing', replace('routing'))
      .field('user', 'phone', replace('phone'))
      .build();
    const current = live().extension('201').schedule('S').role('R').department('D').user('a@x');
    const desired = org().extension('201', { type: 'sip' }).schedule('S', { timezone: 'Asia/Kolkata' }).role('R', { base: 'supervisor' }).department('D', { routing: 'serial' }).user('a@x', { phone: '+15550100' });
    const plan = planOf(desired.guards({ maxDeletes: 4 }), current, { caps: capabilities });
    expect(plan.actions.filter((a) => a.kind === 'replace')).toHaveLength(5);
    expect(plan.guards.map((g) => [g.code, g.addresses])).toEqual([
      ['max-deletes', ['department["D"]', 'extension["201"]', 'role["R"]', 'schedule["S"]', 'user["a@x"]']],
    ]);
  });

  it('counts a replace towards maxDeletePercent', () => {
    const capabilities = caps().field('user', 'phone', replace('phone')).build();
    const desired = users(10).reduce((o, e, i) => o.user(e, i < 4 ? { phone: `+1555010${i}` } : {}), org());
    const plan = planOf(desired, liveUsers(10), { caps: capabilities });
    expect(plan.guards.map((g) => [g.code, g.message])).toEqual([
      ['max-delete-percent', 'the plan deletes or replaces 4 of 10 users (40%), more than settings.guards.maxDeletePercent (30%)'],
    ]);
  });

  it('counts manual deletes: a plan telling a person to delete is as dangerous', () => {
    const capabilities = caps().operation('user', 'delete', manual('by hand', 'Delete {email}')).build();
    const plan = planOf(keeping(1, 2).guards({ maxDeletes: 0 }), liveUsers(2), { caps: capabilities });
    expect(summary(plan)).toEqual(['manual(delete) user["u01@x"]']);
    expect(plan.guards.map((g) => [g.code, g.addresses])).toEqual([['max-deletes', ['user["u01@x"]']]]);
  });

  it('does not count creates, updates or member removals', () => {
    const current = live().user('a@x', { name: 'Old' }).user('b@x').department('D', { members: ['a@x', 'b@x'] });
    const desired = org().guards({ maxDeletes: 0 }).user('a@x', { name: 'New' }).user('b@x').user('c@x').department('D', { members: ['a@x'] });
    const plan = planOf(desired, current);
    expect(plan.actions.map((a) => a.kind).sort()).toEqual(['create', 'invite', 'remove-member', 'update']);
    expect(plan.guards).toEqual([]);
  });

  it('checks the percent of collections of 10 or more at maxDeletePercent exactly', () => {
    expect(planOf(keeping(7, 10), liveUsers(10)).guards).toEqual([]);
    expect(codes(planOf(keeping(6, 10), liveUsers(10)))).toEqual(['max-delete-percent']);
    expect(codes(planOf(keeping(6, 10).guards({ maxDeletePercent: 40 }), liveUsers(10)))).toEqual([]);
    // Below 10 live objects only nearly-all applies: 3 of 9 (33%) passes.
    expect(planOf(keeping(6, 9), liveUsers(9)).guards).toEqual([]);
  });
});

describe('protected users: what counts', () => {
  it('lets a protected user change anything but role rank and status', () => {
    const current = live().user('boss@x', { role: 'admin' }).user('p@x', { role: 'manager', name: 'P' });
    const desired = org().guards({ protectedUsers: ['p@x'] }).user('boss@x', { role: 'admin' }).user('p@x', { role: 'manager', name: 'Pat', phone: '+15550100' });
    const plan = planOf(desired, current);
    expect(summary(plan)).toEqual(['update user["p@x"]']);
    expect(plan.guards).toEqual([]);
  });

  it('does not count a user disabled before the plan as disabled by it', () => {
    const current = live().user('boss@x', { role: 'admin' }).user('o@x', { role: 'owner', status: 'disabled' }).user('p@x', { status: 'disabled' });
    const desired = org().guards({ protectedUsers: ['p@x'] }).user('boss@x', { role: 'admin' }).user('o@x', { role: 'owner', status: 'disabled' }).user('p@x', { status: 'disabled', name: 'Pat' });
    expect(planOf(desired, current).guards).toEqual([]);
  });

  it('reports two live records of one protected user in a fixed order', () => {
    const current = live().user('boss@x', { role: 'admin' }).user('p@x', { role: 'manager' }).build();
    const twin = structuredClone(current.users[1]!);
    twin.data.email = 'P@x';
    const desired = org().guards({ protectedUsers: ['p@x'] }).user('boss@x', { role: 'admin' }).user('p@x', { role: 'agent' });
    for (const users of [[...current.users, twin], [twin, ...current.users]]) {
      const plan = planOf(desired, { ...current, users });
      expect(plan.guards.map((g) => g.message)).toEqual([
        'P@x is listed in settings.guards.protectedUsers; the plan must not demote (manager → agent) them',
        'p@x is listed in settings.guards.protectedUsers; the plan must not demote (manager → agent) them',
      ]);
    }
  });

  it('matches protectedUsers whatever the case of the live or declared email', () => {
    const current = live().user('boss@x', { role: 'admin' }).user('Old@X', { role: 'manager' });
    const desired = org().guards({ protectedUsers: ['new@x'] }).user('boss@x', { role: 'admin' }).user('New@x', { role: 'agent', previously: ['old@x'] });
    expect(planOf(desired, current).guards.map((g) => g.message)).toEqual(['Old@X is listed in settings.guards.protectedUsers; the plan must not demote (manager → agent) them']);
    const byOld = org().guards({ protectedUsers: ['old@x'] }).user('boss@x', { role: 'admin' }).user('New@x', { role: 'agent', previously: ['old@x'] });
    expect(planOf(byOld, current).guards).toHaveLength(1);
  });

  it('reports in address order whatever the order of the live listing', () => {
    const current = live().user('a@x', { role: 'owner' }).user('b@x', { role: 'owner' }).user('c@x').build();
    current.users.reverse();
    const plan = planOf(org().user('c@x').prune({ users: true }), current);
    expect(plan.guards.filter((g) => g.code === 'protected-user').map((g) => g.addresses[0])).toEqual(['user["a@x"]', 'user["b@x"]']);
  });

  it('reports by the address the plan gives a user, not by the live email', () => {
    // zed@x is renamed to amy@x and demoted; bob@x is deleted: both owners, reported amy then bob.
    const current = live().user('zed@x', { role: 'owner' }).user('bob@x', { role: 'owner' }).user('c@x', { role: 'admin' });
    const desired = org().prune({ users: true }).user('amy@x', { role: 'admin', previously: ['zed@x'] }).user('c@x', { role: 'admin' });
    for (const users of [current.build().users, current.build().users.reverse()]) {
      const plan = planOf(desired, { ...current.build(), users });
      expect(plan.guards.filter((g) => g.code === 'protected-user').map((g) => g.addresses[0])).toEqual(['user["amy@x"]', 'user["bob@x"]']);
    }
  });

  it('follows only user actions to a live user, even when another kind shares its vendor id', () => {
    // NetSapiens: a user's id is its extension number, and so is the extension's.
    const current = live().user('o@x', { role: 'owner' }).extension('101').build();
    current.users[0]!.id = '101';
    current.extensions[0]!.id = '101';
    const plan = planOf(org().user('o@x', { role: 'owner' }).prune({ extensions: true }), current);
    expect(summary(plan)).toEqual(['delete extension["101"]']);
    expect(plan.guards.filter((g) => g.code === 'protected-user')).toEqual([]);
  });

  it('rounds the share in the message', () => {
    const plan = planOf(keeping(7, 11), liveUsers(11));
    expect(plan.guards.map((g) => g.message)).toEqual(['the plan deletes or replaces 4 of 11 users (36%), more than settings.guards.maxDeletePercent (30%)']);
  });
});

describe('protected users through replaces and renames', () => {
  const phoneReplace = () => caps().field('user', 'phone', replace('phone is the login')).build();

  it('stops a replace that demotes a protected user', () => {
    const current = live().user('boss@x', { role: 'admin' }).user('p@x', { role: 'manager' });
    const desired = org().guards({ protectedUsers: ['p@x'] }).user('boss@x', { role: 'admin' }).user('p@x', { role: 'agent', phone: '+15550100' });
    const plan = planOf(desired, current, { caps: phoneReplace() });
    expect(summary(plan)).toContain('replace user["p@x"]');
    expect(plan.guards).toEqual([
      { code: 'protected-user', message: 'p@x is listed in settings.guards.protectedUsers; the plan must not demote (manager → agent) them', forceable: false, addresses: ['user["p@x"]'] },
    ]);
  });

  it('stops a replace that demotes or disables the last admin', () => {
    const current = live().user('a@x', { role: 'admin' }).user('c@x');
    const demote = planOf(org().user('a@x', { role: 'agent', phone: '+15550100' }).user('c@x'), current, { caps: phoneReplace() });
    expect(demote.guards.map((g) => g.message)).toEqual(['a@x is the last active admin; the plan must not demote (admin → agent) them']);
    const disable = planOf(org().user('a@x', { role: 'admin', status: 'disabled', phone: '+15550100' }).user('c@x'), current, { caps: phoneReplace() });
    expect(disable.guards.map((g) => g.message)).toEqual(['a@x is the last active admin; the plan must not disable them']);
  });

  it('protects a user listed only by the new email after a rename, or only by the old one', () => {
    const current = live().user('boss@x', { role: 'admin' }).user('old@x', { role: 'manager' });
    const renamed = (listed: string) => org().guards({ protectedUsers: [listed] }).user('boss@x', { role: 'admin' }).user('new@x', { role: 'agent', previously: ['old@x'] });
    for (const listed of ['new@x', 'NEW@x', 'old@x']) {
      const plan = planOf(renamed(listed), current);
      expect(summary(plan)).toEqual(['update user["new@x"]']);
      expect(plan.guards).toEqual([
        { code: 'protected-user', message: 'old@x is listed in settings.guards.protectedUsers; the plan must not demote (manager → agent) them', forceable: false, addresses: ['user["new@x"]'] },
      ]);
    }
  });

  it('names the listing first, then ownership, then being the last admin', () => {
    const current = live().user('o@x', { role: 'owner' }).user('a@x', { role: 'admin' });
    const plan = planOf(org().prune({ users: true }).guards({ protectedUsers: ['o@x'] }), current);
    expect(plan.guards.filter((g) => g.code === 'protected-user').map((g) => g.message)).toEqual([
      'a@x is the last active admin; the plan must not delete them',
      'o@x is listed in settings.guards.protectedUsers; the plan must not delete them',
    ]);
  });

  it('does not protect an admin who is already disabled, nor one whose loss leaves another admin', () => {
    const current = live().user('a@x', { role: 'admin', status: 'disabled' }).user('b@x', { role: 'admin' }).user('c@x');
    expect(planOf(org().prune({ users: true }).user('b@x', { role: 'admin' }).user('c@x'), current).guards).toEqual([]);
    const both = planOf(org().prune({ users: true }).user('c@x'), current);
    expect(both.guards.filter((g) => g.code === 'protected-user').map((g) => g.message)).toEqual(['b@x is the last active admin; the plan must not delete them']);
  });

  it('ranks a custom role by its base, live and desired, and an unknown role as an agent', () => {
    const current = live().role('lead', { base: 'admin' }).user('a@x', { role: 'lead' }).user('c@x');
    // The role's base drops from admin to supervisor: a@x is demoted without changing role name.
    const plan = planOf(org().role('lead', { base: 'supervisor' }).user('a@x', { role: 'lead' }).user('c@x'), current);
    expect(plan.guards.map((g) => g.message)).toEqual(['a@x is the last active admin; the plan must not demote (lead → lead) them']);
    // An unknown role ranks as an agent: it neither keeps an admin nor demotes an agent.
    expect(planOf(org().role('lead', { base: 'admin' }).user('a@x', { role: 'lead' }).user('c@x', { role: 'ghost' }), current).guards).toEqual([]);
    const moved = planOf(org().role('lead', { base: 'admin' }).user('a@x', { role: 'ghost' }).user('c@x'), current);
    expect(moved.guards.map((g) => g.message)).toEqual(['a@x is the last active admin; the plan must not demote (lead → ghost) them']);
  });
});

/** A live org with one user repeated (a listing that shifted while paged), possibly under another id or email. */
function withExtraRecord(current: LiveOrg, email: string, extra: { id?: string; email?: string }): LiveOrg {
  const original = current.users.find((u) => u.data.email === email)!;
  const copy = structuredClone(original);
  if (extra.id) copy.id = extra.id;
  if (extra.email) copy.data.email = extra.email;
  return { ...current, users: [...current.users, copy] };
}

describe('a plan never deletes a user org.yaml declares', () => {
  const declared = () => org().prune({ users: true }).user('a@x').user('b@x').department('D', { members: ['a@x', 'b@x'] });
  const current = () => live().user('a@x').user('b@x').department('D', { members: ['a@x', 'b@x'] }).build();

  it('leaves a repeated record alone, with a warning, whatever its id or the case of its email', () => {
    for (const extra of [{}, { id: 'user:other' }, { email: 'A@X' }, { id: 'user:other', email: 'A@x' }]) {
      const plan = planOf(declared(), withExtraRecord(current(), 'a@x', extra));
      expect(plan.actions).toEqual([]);
      expect(plan.warnings.filter((w) => w.includes('is the same user as one org.yaml declares'))).toHaveLength(1);
      expect(plan.guards).toEqual([]);
    }
  });

  it('leaves alone a live record with a declared user\'s vendor id under another email', () => {
    const plan = planOf(declared(), withExtraRecord(current(), 'a@x', { email: 'ghost@x' }));
    expect(plan.actions).toEqual([]);
    expect(plan.unmanaged).toEqual([{ address: 'user["ghost@x"]', reason: 'not-declared' }]);
    expect(plan.warnings).toEqual([
      'user["ghost@x"]: a second live record (vendor id user:a@x) is the same user as one org.yaml declares (by email, a previously email, or vendor id); it is left alone, never deleted',
    ]);
  });

  it('leaves alone the old account of a renamed user when the new one is live too', () => {
    const desired = org().prune({ users: true }).user('new@x', { previously: ['Old@x'] });
    const plan = planOf(desired, live().user('new@x').user('old@x'));
    expect(plan.actions).toEqual([]);
    expect(plan.unmanaged).toEqual([{ address: 'user["old@x"]', reason: 'not-declared' }]);
  });

  it('still manages the queue memberships of a declared user the listing repeats', () => {
    const desired = org().user('a@x').user('b@x').department('D', { members: [{ user: 'b@x', priority: 2 }] });
    const current = withExtraRecord(live().user('a@x').user('b@x').department('D', { members: ['a@x', 'b@x'] }).build(), 'a@x', { id: 'user:z' });
    expect(summary(planOf(desired, current))).toEqual(['remove-member member["D"]["a@x"]']);
  });

  it('still deletes an undeclared user with prune on, and keeps the declared user\'s memberships', () => {
    const plan = planOf(declared(), withExtraRecord(live().user('a@x').user('b@x').user('gone@x').department('D', { members: ['a@x', 'b@x'] }).build(), 'a@x', {}));
    expect(summary(plan)).toEqual(['delete user["gone@x"]']);
  });
});
