/**
 * Issue 16 items 4 and 5 through the real CLI (a child process) against the emulators:
 * - MyOperator import: without a role map the file still validates (users' `role_id` left unmanaged, the
 *   header says so) and plans to "No changes"; with `--role-map` the roles are named and written.
 * - Smartflo import carries `--caller-id` into provider.vendor.smartflo.caller_id, and a user holding the tenant
 *   role "Team Lead" imports as `role: team-lead` (declared), and plans to "No changes".
 * Before this work the MyOperator import exited 1 ("import wrote an org.yaml that does not validate": RF217
 * role "role_id 2") and the Smartflo one wrote `role: Team Lead`, refused the same way.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startMyoperatorEmulator } from '../../src/emulators/myoperator/index.js';
import { startSmartfloEmulator } from '../../src/emulators/smartflo/index.js';
import { ringform } from '../reliability/cli.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function dir(): Promise<string> {
  const d = await mkdtemp(path.join(os.tmpdir(), 'ringform-import-flags-'));
  cleanups.push(() => rm(d, { recursive: true, force: true }));
  return d;
}

async function run(args: string[], env: Record<string, string>) {
  const child = ringform(args, env);
  const { code } = await child.exited;
  return { code, out: child.stdout(), err: child.stderr() };
}

describe('import from the CLI produces what plan accepts', () => {
  it('MyOperator: role_id without a map is left unmanaged; --role-map names it; both plan to no changes', async () => {
    const emu = await startMyoperatorEmulator({
      port: 0,
      tokens: ['tok'],
      seed: {
        users: [
          { name: 'Asha Rao', contact_number: '9876500001', email: 'Asha@Example.com', role_id: '2' },
          { name: 'Ben Das', contact_number: '9876500002', email: 'ben@example.com', role_id: '1', is_active: '0' },
        ],
      },
    });
    cleanups.push(() => emu.close());
    const d = await dir();
    const env = { MYO_TOKEN: 'tok' };
    const base = ['import', '--provider', 'myoperator', '--endpoint', emu.url, '--token-env', 'MYO_TOKEN'];

    const plain = await run([...base, '--out', path.join(d, 'plain.yaml')], env);
    expect(plain.code, plain.err).toBe(0);
    const plainText = await readFile(path.join(d, 'plain.yaml'), 'utf8');
    expect(plainText).not.toContain('role:');
    expect(plainText).toMatch(/Users holding "role_id 1", "role_id 2" are written without `role`/);
    const planPlain = await run(['plan', path.join(d, 'plain.yaml'), '--detailed-exitcode'], env);
    expect(planPlain.out + planPlain.err).toContain('No changes.');
    expect(planPlain.code).toBe(0);

    const mapped = await run([...base, '--role-map', 'agent=1,supervisor=2', '--role-map', 'admin=3', '--out', path.join(d, 'mapped.yaml')], env);
    expect(mapped.code, mapped.err).toBe(0);
    const text = await readFile(path.join(d, 'mapped.yaml'), 'utf8');
    expect(text).toMatch(/roleIds:\s*\n\s+agent: 1\s*\n\s+supervisor: 2\s*\n\s+admin: 3/);
    expect(text).toMatch(/email: asha@example.com\n\s+name: Asha Rao\n(.*\n)*?\s+role: supervisor/);
    const planMapped = await run(['plan', path.join(d, 'mapped.yaml'), '--detailed-exitcode'], env);
    expect(planMapped.out + planMapped.err).toContain('No changes.');
    expect(planMapped.code).toBe(0);

    const bad = await run([...base, '--role-map', 'Team Lead=4'], env);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('is not an org.yaml role name');
  }, 120_000);

  it('Smartflo: --caller-id is written; a user holding "Team Lead" imports as team-lead and plans to no changes', async () => {
    const emu = await startSmartfloEmulator({ port: 0, strict: true });
    cleanups.push(() => emu.close());
    const teamLead = emu.state.fixtures.roles.find((r) => r.name === 'Team Lead')!.id;
    const { createUser } = await import('../../src/emulators/smartflo/users.js');
    createUser(emu.state, {
      name: 'Tee Lead', number: '9876500011', create_agent: true, create_web_login: true, email: 'tl@example.com',
      login_id: 'teelead1', user_role: teamLead, password: 'Seeded-pw-1!', status: true, caller_id: [101],
    });
    const d = await dir();
    const env = { SF_LOGIN: emu.admin.loginId, SF_PW: emu.admin.password };
    const out = path.join(d, 'org.yaml');
    const imported = await run(['import', '--provider', 'smartflo', '--endpoint', emu.url, '--username-env', 'SF_LOGIN', '--password-env', 'SF_PW', '--caller-id', '+912240001000', '--out', out], env);
    expect(imported.code, imported.err).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text).toMatch(/caller_id:\s*\n\s+- "?'?\+912240001000/);
    expect(text).toMatch(/- name: team-lead/);
    expect(text).toMatch(/role: team-lead/);
    const planned = await run(['plan', out, '--detailed-exitcode'], env);
    expect(planned.out + planned.err).toContain('No changes.');
    expect(planned.code).toBe(0);

    const wrong = await run(['import', '--provider', 'netsapiens', '--endpoint', emu.url, '--caller-id', '+912240001000'], env);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('--caller-id is for smartflo');
  }, 120_000);
});
