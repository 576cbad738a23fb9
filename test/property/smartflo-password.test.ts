/**
 * Generated Smartflo passwords always meet the documented rule: at least 8 characters with an upper-case
 * letter, a lower-case letter, a digit and a special character (docs/vendors/smartflo.md#passwords). The
 * random part alone misses a digit about once in 60 draws, so 20 000 draws would catch a missing guarantee.
 */
import { describe, expect, it } from 'vitest';
import { generatePassword } from '../../src/providers/smartflo/password.js';

const RULES: Array<[string, RegExp]> = [
  ['upper', /[A-Z]/],
  ['lower', /[a-z]/],
  ['digit', /\d/],
  ['special', /[^A-Za-z0-9]/],
];

describe('smartflo generated passwords', () => {
  it('always have upper, lower, digit and special characters, at least 8 long, and differ', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const password = generatePassword();
      expect(password.length).toBeGreaterThanOrEqual(8);
      for (const [name, rule] of RULES) if (!rule.test(password)) expect.fail(`${name} missing in a generated password`);
      seen.add(password);
    }
    expect(seen.size).toBe(20_000);
  });
});
