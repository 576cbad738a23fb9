/** Manual-step templates (steps.ts): each placeholder filled from the object of each kind; others left as written. */
import { describe, expect, it } from 'vitest';
import { describeChanges, fillSteps, stepVars } from '../../src/plan/steps.js';

const ALL = '{name}|{email}|{number}|{department}|{user}|{changes}';
const fill = (...args: Parameters<typeof stepVars>) => fillSteps([ALL], stepVars(...args))[0];

describe('manual step templates', () => {
  it('fill every placeholder from the object of each kind', () => {
    expect(fill('user', { name: 'Asha', email: 'asha@x.test', extension: '101' }, [])).toBe('Asha|asha@x.test|101||asha@x.test|');
    expect(fill('extension', { number: '101', type: 'sip' }, [])).toBe('101||101|||');
    expect(fill('department', { name: 'Sales', extension: '200' }, [])).toBe('Sales||200|Sales||');
    expect(fill('schedule', { name: 'office' }, [])).toBe('office|||||');
    expect(fill('role', { name: 'lead' }, [])).toBe('lead|||||');
    expect(fill('member', { department: 'Sales', user: 'asha@x.test', priority: 2 }, [])).toBe('asha@x.test|asha@x.test||Sales|asha@x.test|');
  });

  it('leave a value that is not text empty (a user without an extension)', () => {
    expect(fill('user', { name: 'Asha', email: 'asha@x.test', extension: null }, [])).toBe('Asha|asha@x.test|||asha@x.test|');
  });

  it('describe the changes as a panel shows them: a failover as its type and target, none for a value that is not there', () => {
    const changes = [
      { field: 'routing', before: 'simultaneous', after: 'round-robin' },
      { field: 'failover', before: undefined, after: { type: 'user', target: 'a@x.test' } },
      { field: 'failover', before: { type: 'voicemail', target: null }, after: null },
      { field: 'weekly', before: { mon: ['09:00-18:00'] }, after: { type: 'x', other: 1 } },
    ];
    expect(describeChanges(changes)).toBe(
      'routing: "simultaneous" → "round-robin", failover: none → user "a@x.test", failover: voicemail → none, weekly: {"mon":["09:00-18:00"]} → {"type":"x","other":1}',
    );
    expect(fill('department', { name: 'Sales' }, changes)).toBe(`Sales|||Sales||${describeChanges(changes)}`);
  });

  it('leave an unknown placeholder as written, and fill one that appears twice both times', () => {
    expect(fillSteps(['Open {nmae} and {name}, then {name}.', 'No placeholder.'], stepVars('role', { name: 'lead' }, []))).toEqual([
      'Open {nmae} and lead, then lead.',
      'No placeholder.',
    ]);
  });
});
