/**
 * Review: an existing Smartflo user's callerIds, agentGroups and allowedIps are never compared (GET /v1/user/{id}
 * shows none of them), and the plan said "No changes. The live organisation matches org.yaml." for an org.yaml that
 * set them. Through the real CLI against the emulator: the plan names the user under each unverified field, its
 * headline does not claim a match, it is still no change (exit 0 with --detailed-exitcode: never a diff forever),
 * and the plan JSON carries the declared addresses. An org.yaml that sets none of them still reads as in sync.
 */
import { writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { closeOpened, run, smartfloHead, smartfloScratch } from '../helpers/smartflo-cli.js';

afterEach(closeOpened);

const org = (url: string, extra: string) => `${smartfloHead(url)}users:
  - email: ben@example.com
    name: Ben Das
    phone: "+919800000102"
    panelAccess: false
${extra}`;

describe('Smartflo settings the read cannot see, on a user that exists', () => {
  it('are named as unverified for that user, never "matches org.yaml", never a change', async () => {
    const { emu, file, env } = await smartfloScratch('ringform-unread-');
    await writeFile(file, org(emu.url, ''));
    expect((await run(['apply', file, '--auto-approve'], env)).code).toBe(0);

    const plain = await run(['plan', file, '--detailed-exitcode'], env);
    expect(plain.code, plain.out + plain.err).toBe(0);
    expect(plain.out).toContain('No changes. The live organisation matches org.yaml.');

    await writeFile(file, org(emu.url, '    callerIds: ["+912240001001"]\n    agentGroups: [Outbound]\n    allowedIps: [203.0.113.9]\n'));
    const planned = await run(['plan', file, '--detailed-exitcode'], env);
    expect(planned.code, planned.out + planned.err).toBe(0);
    expect(planned.out).not.toContain('matches org.yaml.');
    expect(planned.out).toContain('3 declared settings it cannot read are unverified');
    for (const field of ['callerIds', 'agentGroups', 'allowedIps']) {
      expect(planned.out).toMatch(new RegExp(`Unverified: users\\.${field} — .*org\\.yaml sets it for user\\["ben@example\\.com"\\]: not compared`));
    }
    const json = JSON.parse((await run(['plan', file, '--format', 'json'], env)).out) as { actions: unknown[]; unverified: Array<{ field?: string; declared?: string[] }> };
    expect(json.actions).toEqual([]);
    expect(json.unverified.filter((u) => u.declared).map((u) => [u.field, u.declared])).toEqual([
      ['callerIds', ['user["ben@example.com"]']],
      ['agentGroups', ['user["ben@example.com"]']],
      ['allowedIps', ['user["ben@example.com"]']],
    ]);
    // Nothing was sent for them: the emulator still holds what the create gave.
    const ben = emu.state.findUser((u) => u.email === 'ben@example.com')!;
    expect({ callerIds: ben.callerIds, agentGroups: ben.agentGroups }).toEqual({ callerIds: [101], agentGroups: [] });
  }, 120_000);
});
