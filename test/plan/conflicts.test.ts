/** A managed object given a number an unmanaged one holds is warned about (conflicts.ts), and only then. */
import { describe, expect, it } from 'vitest';
import { live, org, planOf, summary } from './builders.js';

describe('extension numbers held by unmanaged objects', () => {
  it('warns when a managed user takes a number an unmanaged user holds', () => {
    const plan = planOf(org().user('a@x.test', { extension: '150' }), live().user('a@x.test').user('hand@x.test', { extension: '150' }));
    expect(summary(plan)).toEqual(['update user["a@x.test"]']);
    expect(plan.warnings).toEqual(['user["a@x.test"] takes extension 150, which unmanaged user["hand@x.test"] holds; the vendor may refuse']);
  });

  it('warns when a managed department takes a number an unmanaged department holds', () => {
    const plan = planOf(org().department('Sales', { extension: '300' }), live().department('Sales', { extension: '200' }).department('Old', { extension: '300' }));
    expect(plan.warnings).toEqual(['department["Sales"] takes extension 300, which unmanaged department["Old"] holds; the vendor may refuse']);
  });

  it('does not warn when the holder is managed too (the plan frees the number), or pruned', () => {
    const swap = planOf(
      org().user('a@x.test', { extension: '102' }).user('b@x.test', { extension: '101' }),
      live().user('a@x.test', { extension: '101' }).user('b@x.test', { extension: '102' }),
    );
    expect(swap.warnings).toEqual([]);
    const pruned = planOf(org().prune({ users: true }).user('a@x.test', { extension: '150' }).user('c@x.test').user('d@x.test'), live().user('a@x.test').user('c@x.test').user('d@x.test').user('hand@x.test', { extension: '150' }));
    expect(summary(pruned)).toContain('delete user["hand@x.test"]');
    expect(pruned.warnings).toEqual([]);
  });

  it('does not warn about a number an object keeps', () => {
    const plan = planOf(org().user('a@x.test', { extension: '150', name: 'New name' }), live().user('a@x.test', { extension: '150' }));
    expect(summary(plan)).toEqual(['update user["a@x.test"]']);
    expect(plan.warnings).toEqual([]);
  });
});
