/**
 * Review: org.yaml `Ann@x.com` against live `ann@x.com`, without `previously`, planned "No changes." and said nothing,
 * though apply never sends that spelling (ringform holds emails in lower case). Through the real CLI against the
 * Smartflo emulator: a new user written with capitals is planned, created and stored in lower case, and the plan says
 * so; once it exists, the plan says "No changes." and, beside it, that the case is not applied.
 */
import { writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { closeOpened, run, smartfloHead, smartfloScratch } from '../helpers/smartflo-cli.js';

afterEach(closeOpened);

const org = (url: string, email: string) => `${smartfloHead(url)}users:
  - email: ${email}
    name: Ann Roy
    phone: "+919800000102"
    panelAccess: false
`;

describe('an email org.yaml writes with capitals (Smartflo)', () => {
  it('is created in lower case and then is no change, and every plan says the case is not applied', async () => {
    const { emu, file, env } = await smartfloScratch('ringform-email-case-');
    await writeFile(file, org(emu.url, 'Ann@Example.com'));

    const first = await run(['plan', file], env);
    expect(first.out).toContain('+ email        = "ann@example.com"');
    expect(first.out).toContain(
      'Warning: user["ann@example.com"]: org.yaml writes the email Ann@Example.com, but ringform handles emails in lower case (they compare without regard to case): apply creates the user as ann@example.com, not Ann@Example.com',
    );
    const applied = await run(['apply', file, '--auto-approve'], env);
    expect(applied.code, applied.out + applied.err).toBe(0);
    expect([...emu.state.users.values()].map((u) => u.email)).toContain('ann@example.com');
    expect([...emu.state.users.values()].map((u) => u.email)).not.toContain('Ann@Example.com');

    // Before: "No changes. The live organisation matches org.yaml." and nothing else.
    const again = await run(['plan', file, '--detailed-exitcode'], env);
    expect(again.code, again.out + again.err).toBe(0);
    expect(again.out).toContain('No changes.');
    expect(again.out).toContain(
      'Warning: user["ann@example.com"]: org.yaml writes the email Ann@Example.com, but ringform handles emails in lower case (they compare without regard to case): the vendor\'s reads as ann@example.com, so this is no change, and apply never sends Ann@Example.com',
    );
    // Written in lower case, the note goes.
    await writeFile(file, org(emu.url, 'ann@example.com'));
    expect((await run(['plan', file], env)).out).not.toContain('org.yaml writes the email');
  }, 120_000);
});
