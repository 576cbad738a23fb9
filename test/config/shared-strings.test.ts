import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareRepeatedStrings } from '../../src/config/shared-strings.js';

describe('shareRepeatedStrings', () => {
  it('leaves the data equal', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copy = structuredClone(value);
        shareRepeatedStrings(copy);
        expect(copy).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves an own __proto__ key and the prototype alone', () => {
    const data = JSON.parse('{"__proto__": "x", "a": "x"}') as Record<string, unknown>;
    shareRepeatedStrings(data);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toBe('x');
    expect(data.a).toBe('x');
  });
});
