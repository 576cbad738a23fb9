/** Canonical JSON (canonical.ts): what the planner calls "the same value", and the copies actions carry. */
import { describe, expect, it } from 'vitest';
import { canonicalJson, plain, sameValue } from '../../src/plan/canonical.js';

describe('canonical JSON', () => {
  it('sorts keys at every depth, keeps array order, drops undefined members, writes undefined items as null', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: undefined, b: null } })).toBe('{"a":{"b":null,"d":[3,1]},"b":1}');
    expect(canonicalJson([undefined, { y: 1, x: 2 }])).toBe('[null,{"x":2,"y":1}]');
  });

  it('two values are the same when only their key order differs, not when an array is reordered or a value changes', () => {
    expect(sameValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: [1, 2] }, { a: 1, b: [2, 1] })).toBe(false);
    expect(sameValue('101', '101')).toBe(true);
    expect(sameValue('101', 101)).toBe(false);
    expect(sameValue(null, undefined)).toBe(false);
    expect(sameValue({ a: undefined }, {})).toBe(true);
  });

  it('a plain copy is equal but shares nothing with the original', () => {
    const original = { failover: { type: 'user', target: 'a@x' }, members: [{ user: 'a@x' }] };
    const copy = plain(original);
    expect(copy).toEqual(original);
    expect(copy.failover).not.toBe(original.failover);
    expect(copy.members[0]).not.toBe(original.members[0]);
  });
});
