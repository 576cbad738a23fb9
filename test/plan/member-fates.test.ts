/**
 * Members by what happens to their user and department (members.ts): re-created departments and users get
 * their members back, each with its reason; a deleted user leaves a department the plan keeps; an ignored
 * user is never added; with prune.members off an undeclared member stays.
 */
import { describe, expect, it } from 'vitest';
import { replace } from '../../src/model/capabilities.js';
import { caps, live, org, planOf, summary } from './builders.js';

const reasons = (plan: ReturnType<typeof planOf>) =>
  plan.actions.filter((a) => a.resource === 'member').map((a) => `${a.kind} ${a.address}: ${a.reason}`);

describe('members by the fate of their department and user', () => {
  it('adds every member of a department being replaced, and of a new one, saying which', () => {
    const queueIdIsNumber = caps().field('department', 'extension', replace('the queue id is its number')).build();
    const desired = org().user('a@x.test').user('b@x.test').department('Sales', { extension: '201', members: ['a@x.test', 'b@x.test'] }).department('New', { extension: '300', members: ['a@x.test'] });
    const current = live().user('a@x.test').user('b@x.test').department('Sales', { extension: '200', members: ['a@x.test', 'b@x.test'] });
    const plan = planOf(desired, current, { caps: queueIdIsNumber });
    expect(reasons(plan).sort()).toEqual([
      'add-member member["New"]["a@x.test"]: department is new',
      'add-member member["Sales"]["a@x.test"]: department is re-created',
      'add-member member["Sales"]["b@x.test"]: department is re-created',
    ]);
  });

  it('adds a user being replaced back to its departments; a plain new member says it was not one', () => {
    const loginIsEmail = caps().field('user', 'extension', replace('the user id is the extension')).build();
    const desired = org().user('a@x.test', { extension: '102' }).user('b@x.test').department('Sales', { extension: '200', members: ['a@x.test', 'b@x.test'] });
    const current = live().user('a@x.test', { extension: '101' }).user('b@x.test').department('Sales', { extension: '200', members: ['a@x.test'] });
    const plan = planOf(desired, current, { caps: loginIsEmail });
    expect(reasons(plan)).toEqual([
      'add-member member["Sales"]["a@x.test"]: user is re-created',
      'add-member member["Sales"]["b@x.test"]: not a member of Sales in live state',
    ]);
  });

  it('takes a user being deleted out of a department org.yaml does not list, which stays', () => {
    const desired = org().prune({ users: true }).user('a@x.test').user('b@x.test').user('c@x.test');
    const current = live().user('a@x.test').user('b@x.test').user('c@x.test').user('gone@x.test').department('Old', { extension: '299', members: ['a@x.test', 'gone@x.test'] });
    const plan = planOf(desired, current);
    expect(summary(plan)).toEqual(['remove-member member["Old"]["gone@x.test"]', 'delete user["gone@x.test"]']);
    expect(reasons(plan)).toEqual(['remove-member member["Old"]["gone@x.test"]: user is being deleted']);
  });

  it('never adds an ignored user to a department, even one org.yaml lists', () => {
    const desired = org().ignore({ email: 'bot@*' }).user('a@x.test').department('Sales', { extension: '200', members: ['a@x.test', 'bot@x.test'] });
    const current = live().user('a@x.test').user('bot@x.test').department('Sales', { extension: '200', members: ['a@x.test'] });
    const plan = planOf(desired, current);
    expect(summary(plan)).toEqual([]);
  });

  it('leaves an undeclared member alone when prune.members is off, listing it as unmanaged', () => {
    const desired = org().prune({ members: false }).user('a@x.test').user('b@x.test').department('Sales', { extension: '200', members: ['a@x.test'] });
    const current = live().user('a@x.test').user('b@x.test').department('Sales', { extension: '200', members: ['a@x.test', 'b@x.test'] });
    const plan = planOf(desired, current);
    expect(summary(plan)).toEqual([]);
    expect(plan.unmanaged).toEqual([{ address: 'member["Sales"]["b@x.test"]', reason: 'not-declared' }]);
    // prune.members on (the default): removed.
    const pruned = planOf(org().user('a@x.test').user('b@x.test').department('Sales', { extension: '200', members: ['a@x.test'] }), current);
    expect(reasons(pruned)).toEqual(["remove-member member[\"Sales\"][\"b@x.test\"]: not in Sales's members in org.yaml (prune.members is on)"]);
  });
});

describe('a user being deleted, with prune.members off', () => {
  it('is still removed from the declared departments it is in first', () => {
    const desired = org().prune({ users: true, members: false }).user('a@x.test').user('b@x.test').user('c@x.test').department('Sales', { extension: '200', members: ['a@x.test'] });
    const current = live().user('a@x.test').user('b@x.test').user('c@x.test').user('gone@x.test').department('Sales', { extension: '200', members: ['a@x.test', 'gone@x.test'] });
    const plan = planOf(desired, current);
    expect(reasons(plan)).toEqual(['remove-member member["Sales"]["gone@x.test"]: user is being deleted']);
    expect(plan.unmanaged).toEqual([]);
  });
});
