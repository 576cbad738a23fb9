import { describe, expect, it } from 'vitest';
import type { LiveUser } from '../../src/model/live.js';
import type { User } from '../../src/model/org.js';
import type { Pair } from '../../src/plan/identity.js';
import { emailCaseNotes } from '../../src/plan/email-case.js';

const origin = { file: 'org.yaml', lines: {}, spelledEmails: () => new Map([['chen.li@example.com', 'Chen.Li@Example.com']]) };
const pair = (liveEmail: string | null): Pair<User, LiveUser> =>
  ({
    address: 'user["chen.li@example.com"]',
    desired: { email: 'chen.li@example.com' } as User,
    live: liveEmail === null ? null : ({ id: '1', data: { email: liveEmail } } as LiveUser),
  }) as unknown as Pair<User, LiveUser>;

describe('emailCaseNotes', () => {
  it('a case-only difference: no change, the capitals never sent', () => {
    expect(emailCaseNotes([pair('chen.li@example.com')], origin)[0]).toContain("the vendor's reads as chen.li@example.com, so this is no change, and apply never sends Chen.Li@Example.com");
  });

  it('a rename (previously): says apply changes the email to the lower-case one, not "no change" (review finding)', () => {
    const [note] = emailCaseNotes([pair('chen@example.com')], origin);
    expect(note).toContain('apply changes the email from chen@example.com to chen.li@example.com, not Chen.Li@Example.com');
    expect(note).not.toContain('no change');
  });

  it('a create: the user is created in lower case', () => {
    expect(emailCaseNotes([pair(null)], origin)[0]).toContain('apply creates the user as chen.li@example.com, not Chen.Li@Example.com');
  });
});
