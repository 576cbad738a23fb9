/**
 * Review: `provider.vendor.smartflo.agentGroups:` with no value (YAML null) was refused by RF468 ("a null, not a
 * list of names"), and so was `timeGroups:`. Unset means unmanaged: through the real CLI against the emulator, a
 * key with no value validates, the plan names the agent groups it sends unchecked and says a key with no value
 * reads as left out, exactly as with the key left out, and apply lands them; the next plan sends nothing.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeOpened, run, smartfloHead, smartfloScratch } from '../helpers/smartflo-cli.js';

afterEach(closeOpened);

const org = (url: string, lists: string) => `${smartfloHead(url, lists)}users:
  - email: ben@example.com
    name: Ben Das
    phone: "+919800000102"
    panelAccess: false
    agentGroups: [Inbound]
    receiveCalls: Weekend
schedules:
  - name: Weekend
    weekly: { sat: ["10:00-14:00"] }
`;

describe('Smartflo: agentGroups / timeGroups with no value read as left out', () => {
  it('validate passes; plan and apply behave as with the keys left out, and the plan says so', async () => {
    const { emu, dir: d, file, env } = await smartfloScratch('ringform-unset-lists-');
    const absent = path.join(d, 'absent.yaml');
    await writeFile(file, org(emu.url, '      agentGroups:\n      timeGroups:\n'));
    await writeFile(absent, org(emu.url, ''));

    // Before: exit 1, "RF468 provider.vendor.smartflo.agentGroups is a null, not a list of names" (and timeGroups).
    const validated = await run(['validate', file], env);
    expect(validated.code, validated.out + validated.err).toBe(0);
    expect(validated.out).not.toContain('RF468');
    const text = await run(['plan', file], env);
    expect(text.out).toContain(
      'Unverified: users.agentGroups — GET /v1/user/{id} does not show a user\'s agent groups; a new user gets the declared ones (check others in the panel: Users → All Users → Edit); "Inbound" sent unchecked by user["ben@example.com"]: no Smartflo API lists agent groups, so the plan cannot tell whether they exist and Smartflo may refuse the create; list the account\'s groups under provider.vendor.smartflo.agentGroups (a key with no value reads as left out) and the plan checks them (RF466)',
    );

    // Everything but the checksum of org.yaml (the two files differ by the keys with no value).
    const json = async (f: string) => {
      const { checksums: _checksums, ...plan } = JSON.parse((await run(['plan', f, '--format', 'json'], env)).out) as {
        checksums: unknown;
        actions: Array<{ kind: string; address: string; intent?: string }>;
        unverified: unknown[];
        blocking?: unknown[];
      };
      return plan;
    };
    const planned = await json(file);
    expect(planned.blocking).toBeUndefined();
    // The same plan as with the keys left out: the group is sent unchecked (said so), the time group is known
    // to exist only through a panel step (no live user has it), so the user waits on it.
    expect(planned).toEqual(await json(absent));
    expect(JSON.stringify(planned.unverified)).toContain('\\"Inbound\\" sent unchecked by user[\\"ben@example.com\\"]');
    expect(planned.actions.map((a) => `${a.kind === 'manual' ? `manual(${a.intent})` : a.kind} ${a.address}`)).toEqual(['manual(create) schedule["Weekend"]', 'create user["ben@example.com"]']);

    // The panel step is done: Weekend is a time group of the account (the emulator's default fixtures have it).
    await writeFile(file, org(emu.url, '      agentGroups:\n      timeGroups: [Weekend]\n'));
    const applied = await run(['apply', file, '--auto-approve'], env);
    expect(applied.code, applied.out + applied.err).toBe(0);
    const ben = emu.state.findUser((u) => u.email === 'ben@example.com')!;
    expect({ agentGroups: ben.agentGroups, timeGroup: ben.agent?.timeGroup?.name }).toEqual({ agentGroups: ['Inbound'], timeGroup: 'Weekend' });
    // Nothing left to send (the schedule stays a panel check: Smartflo cannot read time groups).
    expect((await json(file)).actions.filter((a) => a.kind !== 'manual')).toEqual([]);
  }, 120_000);
});
