/**
 * The field diff's rules for live objects org.yaml does not list (diff.ts): a record that repeats a
 * declared user's vendor id is never deleted, a department's own number listed as an extension is not
 * "unmanaged", and an extension a declared department leaves is free to prune.
 */
import { describe, expect, it } from 'vitest';
import { live, org, planOf, summary } from './builders.js';

describe('a live user left unpaired', () => {
  it('is never deleted when it repeats the vendor id of a second record of a declared user', () => {
    // The listing holds a@ twice (ids u-1 and u-2: u-1 is paired), and u-2 again under another email.
    const current = live()
      .user('a@x.test', {}, { id: 'u-1' })
      .user('keep@x.test', {}, { id: 'k-1' })
      .build();
    current.users.push({ ...structuredClone(current.users[0]!), id: 'u-2' });
    current.users.push({ ...structuredClone(current.users[0]!), id: 'u-2', data: { ...current.users[0]!.data, email: 'other@x.test' } });
    const plan = planOf(org().prune({ users: true }).user('a@x.test').user('keep@x.test'), current);
    expect(summary(plan)).toEqual([]);
    expect(plan.warnings).toEqual([
      'user["a@x.test"]: a second live record (vendor id u-2) is the same user as one org.yaml declares (by email, a previously email, or vendor id); it is left alone, never deleted',
      'user["other@x.test"]: a second live record (vendor id u-2) is the same user as one org.yaml declares (by email, a previously email, or vendor id); it is left alone, never deleted',
    ]);
  });

  it('is deleted (prune.users on) when nothing ties it to a declared user', () => {
    const current = live().user('a@x.test', {}, { id: 'u-1' }).user('gone@x.test', {}, { id: 'u-9' }).user('b@x.test').user('c@x.test');
    const plan = planOf(org().prune({ users: true }).user('a@x.test').user('b@x.test').user('c@x.test'), current);
    expect(summary(plan)).toEqual(['delete user["gone@x.test"]']);
    expect(plan.warnings).toEqual([]);
  });
});

describe('live extensions org.yaml does not list', () => {
  it('leaves a declared department\'s own number alone, listed as an extension or not', () => {
    const desired = org().prune({ extensions: true }).department('Sales', { extension: '200' });
    const plan = planOf(desired, live().department('Sales', { extension: '200' }).extension('200'));
    expect(summary(plan)).toEqual([]);
    expect(plan.unmanaged).toEqual([]);
    // Without prune, the same: not even listed as unmanaged.
    const kept = planOf(org().department('Sales', { extension: '200' }), live().department('Sales', { extension: '200' }).extension('200'));
    expect(kept.unmanaged).toEqual([]);
  });

  it('prunes the number a declared department moves away from (it holds it no longer once planned)', () => {
    const desired = org().prune({ extensions: true }).department('Sales', { extension: '200' });
    const plan = planOf(desired, live().department('Sales', { extension: '299' }).extension('299'));
    expect(summary(plan)).toEqual(['update department["Sales"]', 'delete extension["299"]']);
  });
});
