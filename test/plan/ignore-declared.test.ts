/**
 * settings.ignore (ignore.ts), the cases left-alone.test.ts and unmanaged.test.ts leave: a declared role or
 * schedule a rule matches is left alone with a warning naming it (not reported as unmanaged), and globs
 * match names that start with a dot.
 */
import { describe, expect, it } from 'vitest';
import { live, org, planOf, summary } from './builders.js';

describe('ignore rules', () => {
  it('leave a declared role and a declared schedule alone, warning about each by its address', () => {
    const desired = org().ignore({ name: 'vendor-*' }).role('vendor-lead', { base: 'agent' }).schedule('vendor-hours').role('lead', { base: 'agent' });
    const plan = planOf(desired, live());
    expect(summary(plan)).toEqual(['create role["lead"]']);
    expect(plan.warnings).toEqual([
      'role["vendor-lead"] is declared in org.yaml but matches settings.ignore; it is left alone',
      'schedule["vendor-hours"] is declared in org.yaml but matches settings.ignore; it is left alone',
    ]);
    expect(plan.unmanaged).toEqual([]);
  });

  it('match names that start with a dot', () => {
    const desired = org().prune({ departments: true, schedules: true }).ignore({ name: '*hidden' });
    const plan = planOf(desired, live().department('.hidden').schedule('.hidden'));
    expect(summary(plan)).toEqual([]);
    expect(plan.unmanaged).toEqual([
      { address: 'department[".hidden"]', reason: 'ignored' },
      { address: 'schedule[".hidden"]', reason: 'ignored' },
    ]);
  });
});
