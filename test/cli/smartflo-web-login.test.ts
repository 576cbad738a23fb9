/**
 * Issue 19 item 3 end to end, through the real CLI (a child process) against the Smartflo emulator (a real HTTP
 * server): an org.yaml using every web-login and agent detail validates, plans (Allowed IPs as a panel step with
 * its path, never a guessed endpoint), applies (the panel step waits, nothing fails), and converges; the
 * emulator holds what the evidence says the API takes; a change is PATCHed; import writes the readable
 * details back and plans to no changes. The same fields on NetSapiens, and a short login id, are refused by
 * validate with the org.yaml position and the fix.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSmartfloEmulator, type SmartfloEmulator } from '../../src/emulators/smartflo/index.js';
import { ringform } from '../reliability/cli.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function dir(): Promise<string> {
  const d = await mkdtemp(path.join(os.tmpdir(), 'ringform-web-login-'));
  cleanups.push(() => rm(d, { recursive: true, force: true }));
  return d;
}

async function run(args: string[], env: Record<string, string>) {
  const child = ringform(args, env);
  const { code } = await child.exited;
  return { code, out: child.stdout(), err: child.stderr() };
}

const provider = (url: string) => `version: 1
provider:
  type: smartflo
  endpoint: ${url}
  credentials: { usernameEnv: SF_LOGIN, passwordEnv: SF_PW }
`;

const USERS = (asha: { calling: boolean; reports: string }) => `users:
  - email: asha@example.com
    name: Asha Rao
    phone: "+919800000101"
    role: supervisor
    loginId: asha.rao
    loginBasedCalling: ${asha.calling}
    callerIds: ["+912240001001"]
    agentGroups: [Inbound]
    reportsOf: ${asha.reports}
    allowedIps: [203.0.113.7]
  - email: ben@example.com
    name: Ben Das
    phone: "+919800000102"
    callerIds: ["+912240001000"]
`;

function byEmail(emu: SmartfloEmulator, email: string) {
  return emu.state.findUser((u) => u.email === email)!;
}

describe('Smartflo web-login and agent details, end to end', () => {
  it('plan → apply → converged; the panel-only field waits as a manual step; a change is PATCHed; import round-trips', async () => {
    const emu = await startSmartfloEmulator({ port: 0, strict: true });
    cleanups.push(() => emu.close());
    const d = await dir();
    const file = path.join(d, 'org.yaml');
    const env = { SF_LOGIN: emu.admin.loginId, SF_PW: emu.admin.password };
    await writeFile(file, provider(emu.url) + USERS({ calling: true, reports: '[ben@example.com]' }));

    const validated = await run(['validate', file], env);
    expect(validated.code, validated.out + validated.err).toBe(0);

    const planned = await run(['plan', file], env);
    expect(planned.code, planned.err).toBe(0);
    expect(planned.out).toContain(`+ user["asha@example.com"]`);
    // Allowed IPs: a manual step after the create, with the panel path; no endpoint is guessed for it.
    expect(planned.out).toContain('Web Login → Allowed IPs');
    expect(planned.out).toContain('203.0.113.7');

    const applied = await run(['apply', file, '--auto-approve'], env);
    expect(applied.code, applied.out + applied.err).toBe(0);
    expect(applied.out).toContain('Apply complete: 2 succeeded, 0 failed, 0 skipped, 3 manual.');
    // The invite step names the login id Asha has, not her email.
    expect(applied.out).toContain('with login id asha.rao using');
    expect(emu.log.requests().filter((r) => r.method !== 'GET' && !r.path.startsWith('/v1/user') && r.path !== '/v1/auth/login')).toEqual([]);

    const ben = byEmail(emu, 'ben@example.com');
    const asha = byEmail(emu, 'asha@example.com');
    // What the create carried, as the create-user reference names it: ids of the account's numbers, agent groups
    // by name, login-based calling, the login id, and user_for_cdr naming Ben's agent.
    expect({ login: asha.loginId, calling: asha.loginBasedCalling, callerIds: asha.callerIds, groups: asha.agentGroups, cdr: asha.usersForCdr }).toEqual({
      login: 'asha.rao', calling: true, callerIds: [102], groups: ['Inbound'], cdr: { type: 'agent', value: [ben.agent!.id] },
    });
    expect(ben.callerIds).toEqual([101]);

    const again = await run(['plan', file, '--detailed-exitcode'], env);
    expect(again.out + again.err).toContain('No changes.');
    expect(again.code).toBe(0);

    // A change of readable details is one PATCH, and converges.
    await writeFile(file, provider(emu.url) + USERS({ calling: false, reports: 'all' }));
    emu.log.clear();
    const changed = await run(['apply', file, '--auto-approve'], env);
    expect(changed.code, changed.out + changed.err).toBe(0);
    const patches = emu.log.requests().filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.path)).toEqual([`/v1/user/${asha.id}`]);
    expect(byEmail(emu, 'asha@example.com').loginBasedCalling).toBe(false);
    expect(byEmail(emu, 'asha@example.com').usersForCdr.type).toBe('all');
    const settled = await run(['plan', file, '--detailed-exitcode'], env);
    expect(settled.code, settled.out).toBe(0);

    // Import writes what the API shows (login id, login-based calling, whose records) and plans to no changes.
    await writeFile(file, provider(emu.url) + USERS({ calling: true, reports: '[ben@example.com]' }));
    await run(['apply', file, '--auto-approve'], env);
    const out = path.join(d, 'imported.yaml');
    const imported = await run(['import', '--provider', 'smartflo', '--endpoint', emu.url, '--username-env', 'SF_LOGIN', '--password-env', 'SF_PW', '--out', out], env);
    expect(imported.code, imported.err).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text).toMatch(/loginId: asha\.rao/);
    expect(text).toMatch(/loginBasedCalling: true/);
    expect(text).toMatch(/reportsOf:\s*\n\s+- ben@example\.com/);
    // Not shown by GET /v1/user/{id}: never written (left out, unmanaged), so never guessed.
    expect(text).not.toMatch(/callerIds|agentGroups|allowedIps/);
    const replanned = await run(['plan', out, '--detailed-exitcode'], env);
    expect(replanned.out + replanned.err).toContain('No changes.');
    expect(replanned.code).toBe(0);
  }, 180_000);

  it('validate refuses a short login id (RF460) and Smartflo-only details on NetSapiens (RF461), at the line, with the fix', async () => {
    const d = await dir();
    const file = path.join(d, 'org.yaml');
    await writeFile(file, provider('https://api-smartflo.tatateleservices.com') + 'users:\n  - email: a@example.com\n    name: A\n    loginId: abc\n');
    const short = await run(['validate', file], {});
    expect(short.code).toBe(1);
    expect(short.out + short.err).toMatch(/org\.yaml:9:14.*RF460/);
    expect(short.out + short.err).toContain('at least 6');

    await writeFile(
      file,
      'version: 1\nprovider:\n  type: netsapiens\n  endpoint: https://pbx.example.com/ns-api/v2\n  domain: acme\nusers:\n  - email: a@example.com\n    name: A\n    extension: "101"\n    agentGroups: [Inbound]\n',
    );
    const ns = await run(['validate', file], {});
    expect(ns.code).toBe(1);
    expect(ns.out + ns.err).toMatch(/org\.yaml:10:\d+.*RF461/);
    expect(ns.out + ns.err).toContain('Remove the field');
  }, 60_000);
});
