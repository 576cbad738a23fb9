/**
 * Found by "the plan never lies" (sandbox, seed -831460386): with prune.schedules on, a schedule left out of
 * org.yaml was deleted while a user whose call hours org.yaml leaves unmanaged still used it; the vendor
 * refused the delete (409 "in use") after a clean plan. Such a schedule is now left alone, with a warning.
 */
import { describe, expect, it } from 'vitest';
import { loadOrgTextOrThrow } from '../../src/config/load.js';
import { live, org, planOf, summary } from './builders.js';

describe('a schedule still in use is never deleted', () => {
  it('used by a live user that stays unmanaged (prune.users off)', () => {
    const desired = org().prune({ schedules: true, users: false });
    const current = live().schedule('Office').user('a@x', { receiveCalls: 'Office' });
    const plan = planOf(desired, current);
    expect(summary(plan)).toEqual([]);
    expect(plan.warnings.join('\n')).toContain('schedule["Office"] is not in org.yaml but user["a@x"] still uses it');
  });

  it('used by a declared user whose receiveCalls org.yaml leaves out (unmanaged)', () => {
    const desired = loadOrgTextOrThrow(
      '/tmp/org.yaml',
      'version: 1\nprovider:\n  type: sandbox\nsettings:\n  prune: {schedules: true}\nusers:\n  - {email: a@x.io, name: A}\n',
      'org.yaml',
    );
    const plan = planOf(desired, live().schedule('Office').user('a@x.io', { name: 'A', receiveCalls: 'Office' }));
    expect(summary(plan)).toEqual([]);
  });

  it('one nobody uses is still pruned', () => {
    const plan = planOf(org().prune({ schedules: true }), live().schedule('Office'));
    expect(summary(plan)).toEqual(['delete schedule["Office"]']);
  });
});
