import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/plan/types.js';
import type { Provider } from '../../../src/contract/provider.js';
import { createSandboxProvider } from '../../../src/providers/sandbox/index.js';
import { createA, deleteA, inviteA, memberA, replaceA, updateA, manualA } from '../../helpers/actions.js';
import { department, extension, role, sandboxConfig, schedule, user } from '../../helpers/model.js';
import { tmpDir } from '../../helpers/tmp.js';
import { rejection } from '../../helpers/rejection.js';
import { RingformError } from '../../../src/errors.js';

const noIds = () => undefined;

async function sandbox(...setup: Action[]): Promise<Provider> {
  const provider = createSandboxProvider(sandboxConfig(await tmpDir()));
  for (const action of setup) await provider.apply(action, noIds);
  return provider;
}

const alice = user('alice@x.com', { extension: '101', panelAccess: true });
const bob = user('bob@x.com', { panelAccess: false });
const sales = department('Sales', { extension: '200', members: [{ user: 'alice@x.com', priority: 1 }] });

describe('sandbox: creates', () => {
  it('creates objects with fresh ids, users not yet invited', async () => {
    const p = await sandbox();
    const { id: extId } = await p.apply(createA('extension', extension('101')), noIds);
    const { id: userId } = await p.apply(createA('user', alice), noIds);
    expect(extId).toBe('e-1');
    expect(userId).toBe('u-2');
    const live = await p.read();
    expect(live.users).toEqual([{ id: 'u-2', data: alice, inviteStatus: 'none' }]);
  });

  it('refuses a duplicate email', async () => {
    const p = await sandbox(createA('user', bob));
    expect((await rejection(p.apply(createA('user', bob), noIds), RingformError)).message).toMatch('409 conflict: a user with email bob@x.com already exists');
  });

  it("refuses a user's extension that is not an extension object yet", async () => {
    const p = await sandbox();
    expect((await rejection(p.apply(createA('user', alice), noIds), RingformError)).message).toMatch('422 unprocessable: extension 101 does not exist; create it first');
  });

  it('refuses an extension another user holds', async () => {
    const p = await sandbox(createA('extension', extension('101')), createA('user', alice));
    const carol = user('carol@x.com', { extension: '101' });
    expect((await rejection(p.apply(createA('user', carol), noIds), RingformError)).message).toMatch('409 conflict: extension 101 is held by user["alice@x.com"]');
  });

  it('refuses an extension a department holds, and a department on a user extension', async () => {
    const p = await sandbox(createA('extension', extension('101')), createA('extension', extension('200')), createA('user', alice));
    await p.apply(createA('department', department('Support', { extension: '200' })), noIds);
    const carol = user('carol@x.com', { extension: '200' });
    expect((await rejection(p.apply(createA('user', carol), noIds), RingformError)).message).toMatch('extension 200 is held by department["Support"]');
    expect((await rejection(p.apply(createA('department', department('Ops', { extension: '101' })), noIds), RingformError)).message).toMatch(
      'extension 101 is held by user["alice@x.com"]',
    );
  });

  it('refuses duplicate extensions, departments, roles and schedules', async () => {
    const p = await sandbox(
      createA('extension', extension('101')),
      createA('department', department('Sales')),
      createA('role', role('lead')),
      createA('schedule', schedule('hours')),
    );
    expect((await rejection(p.apply(createA('extension', extension('101')), noIds), RingformError)).message).toMatch('extension 101 already exists');
    expect((await rejection(p.apply(createA('department', department('Sales')), noIds), RingformError)).message).toMatch('department "Sales" already exists');
    expect((await rejection(p.apply(createA('role', role('lead')), noIds), RingformError)).message).toMatch('role "lead" already exists');
    expect((await rejection(p.apply(createA('schedule', schedule('hours')), noIds), RingformError)).message).toMatch('schedule "hours" already exists');
  });

  it('refuses a custom role or schedule that does not exist; built-in roles always exist', async () => {
    const p = await sandbox();
    await p.apply(createA('user', user('a@x.com', { role: 'supervisor' })), noIds);
    expect((await rejection(p.apply(createA('user', user('b@x.com', { role: 'lead' })), noIds), RingformError)).message).toMatch('role "lead" does not exist');
    expect((await rejection(p.apply(createA('user', user('c@x.com', { receiveCalls: 'hours' })), noIds), RingformError)).message).toMatch(
      'schedule "hours" (receiveCalls) does not exist',
    );
    await p.apply(createA('user', user('d@x.com', { receiveCalls: 'never' })), noIds);
  });

  it('refuses departments naming users, or hours, that do not exist', async () => {
    const p = await sandbox(createA('user', bob));
    expect((await rejection(p.apply(createA('department', department('A', { manager: 'zed@x.com' })), noIds), RingformError)).message).toMatch(
      'manager zed@x.com is not a user',
    );
    expect(
      (await rejection(p.apply(createA('department', department('B', { failover: { type: 'user', target: 'zed@x.com' } })), noIds), RingformError)).message,
    ).toMatch('failover target zed@x.com is not a user');
    expect(
      (await rejection(p.apply(createA('department', department('C', { failover: { type: 'department', target: 'Nope' } })), noIds), RingformError)).message,
    ).toMatch('failover target department "Nope" does not exist');
    expect((await rejection(p.apply(createA('department', department('D', { hours: 'hours' })), noIds), RingformError)).message).toMatch('schedule "hours" (hours)');
    await p.apply(createA('department', department('E', { manager: 'bob@x.com', members: [{ user: 'bob@x.com', priority: 1 }] })), noIds);
    expect((await p.read()).departments[0]!.data.members).toEqual([]);
  });

  it('starts a new department empty: members come one by one', async () => {
    const p = await sandbox(createA('user', bob));
    await p.apply(createA('department', department('Q', { members: [{ user: 'zed@x.com', priority: 1 }] })), noIds);
    await p.apply(memberA('add-member', 'Q', 'bob@x.com', 1), noIds);
    expect((await p.read()).departments[0]!.data.members).toEqual([{ user: 'bob@x.com', priority: 1 }]);
  });

  it('treats emails case-insensitively', async () => {
    const p = await sandbox(createA('user', bob), createA('department', department('Q')));
    expect((await rejection(p.apply(createA('user', user('BOB@x.com')), noIds), RingformError)).message).toMatch('a user with email BOB@x.com already exists');
    await p.apply(memberA('add-member', 'Q', 'Bob@X.com', 1), noIds);
    expect((await rejection(p.apply(memberA('add-member', 'Q', 'bob@x.com', 1), noIds), RingformError)).message).toMatch('already a member');
    expect((await rejection(p.apply(deleteA('user', user('BOB@x.com')), noIds), RingformError)).message).toMatch('is still a member of department["Q"]');
  });
});

describe('sandbox: deletes', () => {
  const base = () => [
    createA('extension', extension('101')),
    createA('user', alice),
    createA('department', sales),
    memberA('add-member', 'Sales', 'alice@x.com', 1),
  ];

  it('refuses to delete a user who is still a member or manager', async () => {
    const p = await sandbox(...base(), createA('user', bob), createA('department', department('Ops', { manager: 'bob@x.com' })));
    expect((await rejection(p.apply(deleteA('user', alice), noIds), RingformError)).message).toMatch(
      '409 conflict: user["alice@x.com"] is still a member of department["Sales"]',
    );
    expect((await rejection(p.apply(deleteA('user', bob), noIds), RingformError)).message).toMatch('user["bob@x.com"] is still the manager of department["Ops"]');
  });

  it('deletes a user once no department refers to them, freeing the extension', async () => {
    const p = await sandbox(...base());
    expect((await rejection(p.apply(deleteA('extension', extension('101')), noIds), RingformError)).message).toMatch('extension 101 is held by user["alice@x.com"]');
    await p.apply(memberA('remove-member', 'Sales', 'alice@x.com', 1), noIds);
    await p.apply(deleteA('user', alice), noIds);
    await p.apply(deleteA('extension', extension('101')), noIds);
    const live = await p.read();
    expect(live.users).toEqual([]);
    expect(live.extensions).toEqual([]);
  });

  it('refuses to delete a schedule or role in use', async () => {
    const p = await sandbox(
      createA('schedule', schedule('hours')),
      createA('schedule', schedule('night')),
      createA('role', role('lead')),
      createA('user', user('a@x.com', { role: 'lead', receiveCalls: 'hours' })),
      createA('department', department('Night', { hours: 'night' })),
    );
    expect((await rejection(p.apply(deleteA('schedule', schedule('hours')), noIds), RingformError)).message).toMatch('schedule "hours" is used by user["a@x.com"]');
    expect((await rejection(p.apply(deleteA('schedule', schedule('night')), noIds), RingformError)).message).toMatch('schedule "night" is used by department["Night"]');
    expect((await rejection(p.apply(deleteA('role', role('lead')), noIds), RingformError)).message).toMatch('role "lead" is assigned to user["a@x.com"]');
  });

  it('refuses to delete a department another one fails over to', async () => {
    const p = await sandbox(
      createA('department', department('Day')),
      createA('department', department('Night', { failover: { type: 'department', target: 'Day' } })),
    );
    expect((await rejection(p.apply(deleteA('department', department('Day')), noIds), RingformError)).message).toMatch(
      'department["Day"] is still the failover target of department["Night"]',
    );
    await p.apply(deleteA('department', department('Night')), noIds);
    await p.apply(deleteA('department', department('Day')), noIds);
  });

  it('answers 404 for an object that does not exist, or an id that is stale', async () => {
    const p = await sandbox(createA('user', bob));
    expect((await rejection(p.apply(deleteA('user', alice), noIds), RingformError)).message).toMatch('404 not found: user["alice@x.com"]');
    expect((await rejection(p.apply(deleteA('user', bob), () => 'u-99'), RingformError)).message).toMatch('404 not found: no user with id u-99');
  });
});

describe('sandbox: updates and replaces', () => {
  it('applies only the changed fields', async () => {
    const p = await sandbox(createA('user', bob));
    // `after` says something else for `phone`: only `changes` count.
    const action = updateA('user', bob, { name: 'Bob Stone' });
    action.after = { ...action.after, phone: '+1555' };
    await p.apply(action, noIds);
    expect((await p.read()).users[0]!.data).toEqual({ ...bob, name: 'Bob Stone' });
  });

  it('renames a user, following them into departments', async () => {
    const p = await sandbox(
      createA('user', bob),
      createA('department', department('Ops', { manager: 'bob@x.com' })),
      memberA('add-member', 'Ops', 'bob@x.com', 1),
    );
    await p.apply(updateA('user', bob, { email: 'robert@x.com' }), noIds);
    const live = await p.read();
    expect(live.users.map((u) => u.data.email)).toEqual(['robert@x.com']);
    expect(live.departments[0]!.data.manager).toBe('robert@x.com');
    expect(live.departments[0]!.data.members).toEqual([{ user: 'robert@x.com', priority: 1 }]);
  });

  it('checks an update like a create, ignoring the object itself', async () => {
    const p = await sandbox(createA('extension', extension('101')), createA('extension', extension('102')), createA('user', alice), createA('user', bob));
    await p.apply(updateA('user', alice, { name: 'Alice' }), noIds);
    expect((await rejection(p.apply(updateA('user', bob, { extension: '101' }), noIds), RingformError)).message).toMatch('extension 101 is held by user["alice@x.com"]');
    await p.apply(updateA('user', bob, { extension: '102' }), noIds);
  });

  it('updates nested fields by dotted path', async () => {
    const p = await sandbox(createA('user', bob), createA('department', department('Ops')));
    await p.apply(updateA('department', department('Ops'), { ringTimeout: 45 }), noIds);
    const action = updateA('department', department('Ops'), {});
    action.changes = [{ field: 'vendor.sandbox.colour', before: undefined, after: 'blue' }];
    await p.apply(action, noIds);
    const live = await p.read();
    expect(live.departments[0]!.data).toMatchObject({ ringTimeout: 45, vendor: { sandbox: { colour: 'blue' } } });
  });

  it('replaces: deletes, then creates with a new id, checked as if the old one were gone', async () => {
    const p = await sandbox(
      createA('extension', extension('101')),
      createA('extension', extension('102')),
      createA('user', alice),
      createA('department', department('Sales', { manager: 'alice@x.com' })),
      memberA('add-member', 'Sales', 'alice@x.com', 1),
    );
    const { id } = await p.apply(replaceA('user', alice, { extension: '102' }), noIds);
    const live = await p.read();
    expect(live.users).toEqual([{ id, data: { ...alice, extension: '102' }, inviteStatus: 'none' }]);
    expect(id).not.toBe('u-3');
    // The old user's memberships went with it; the manager (by email) still resolves.
    expect(live.departments[0]!.data).toMatchObject({ manager: 'alice@x.com', members: [] });
  });

  it('refuses to set members through a department update', async () => {
    const p = await sandbox(createA('department', department('Q')));
    expect((await rejection(p.apply(updateA('department', department('Q'), { members: [] }), noIds), RingformError)).message).toMatch('use add-member');
  });
});

describe('sandbox: invites and members', () => {
  it('invites users with panel access, and cancels invites', async () => {
    const p = await sandbox(createA('extension', extension('101')), createA('user', alice), createA('user', bob));
    await p.apply(inviteA('alice@x.com'), noIds);
    expect((await p.read()).users[0]!.inviteStatus).toBe('pending');
    await p.apply({ ...inviteA('alice@x.com'), kind: 'cancel-invite' } as Action, noIds);
    expect((await p.read()).users[0]!.inviteStatus).toBe('none');
    expect((await rejection(p.apply(inviteA('bob@x.com'), noIds), RingformError)).message).toMatch('422 unprocessable: user["bob@x.com"] has no panel access');
    expect((await rejection(p.apply(inviteA('zed@x.com'), noIds), RingformError)).message).toMatch('404 not found: user["zed@x.com"]');
  });

  it('keeps members sorted by priority, then by when they were added', async () => {
    const people = ['a', 'b', 'c', 'd'].map((n) => user(`${n}@x.com`));
    const p = await sandbox(...people.map((u) => createA('user', u)), createA('department', department('Q')));
    await p.apply(memberA('add-member', 'Q', 'a@x.com', 2), noIds);
    await p.apply(memberA('add-member', 'Q', 'b@x.com', 1), noIds);
    await p.apply(memberA('add-member', 'Q', 'c@x.com', 2), noIds);
    await p.apply(memberA('add-member', 'Q', 'd@x.com', 3), noIds);
    const members = async () => (await p.read()).departments[0]!.data.members.map((m) => `${m.user}:${m.priority}`);
    expect(await members()).toEqual(['b@x.com:1', 'a@x.com:2', 'c@x.com:2', 'd@x.com:3']);

    const reprioritise = updateA('department', department('Q'), {});
    await p.apply(
      { ...reprioritise, resource: 'member', address: 'member["Q"]["d@x.com"]', changes: [{ field: 'priority', before: 3, after: 0 }] },
      noIds,
    );
    expect(await members()).toEqual(['d@x.com:0', 'b@x.com:1', 'a@x.com:2', 'c@x.com:2']);

    expect((await rejection(p.apply(memberA('add-member', 'Q', 'a@x.com', 5), noIds), RingformError)).message).toMatch('409 conflict: a@x.com is already a member');
    expect((await rejection(p.apply(memberA('add-member', 'Q', 'zed@x.com', 5), noIds), RingformError)).message).toMatch('member zed@x.com is not a user');
    expect((await rejection(p.apply(memberA('add-member', 'Nope', 'a@x.com', 5), noIds), RingformError)).message).toMatch('404 not found: department["Nope"]');
    await p.apply(memberA('remove-member', 'Q', 'a@x.com', 2), noIds);
    expect((await rejection(p.apply(memberA('remove-member', 'Q', 'a@x.com', 2), noIds), RingformError)).message).toMatch('404 not found: a@x.com is not a member');
  });

  it('never performs manual steps', async () => {
    const p = await sandbox();
    expect((await rejection(p.apply(manualA('user["a@x.com"]', ['do it']), noIds), RingformError)).message).toMatch('is a manual step');
  });
});
