/**
 * The CLI's commands end to end on the sandbox provider: every exit code, saved plans (fresh and stale),
 * the lock, confirmation. The command functions are called directly with captured output.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apply } from '../../src/cli/commands/apply.js';
import { plan } from '../../src/cli/commands/plan.js';
import { show } from '../../src/cli/commands/show.js';
import { validate } from '../../src/cli/commands/validate.js';
import { triage } from '../../src/cli/triage.js';
import { acquireLock, lockRoot } from '../../src/apply/lock.js';
import { orgLockKey } from '../../src/apply/org-lock.js';
import { EXIT } from '../../src/errors.js';
import { workspace, type Workspace } from './workspace.js';
import { systemErrorCode } from '../helpers/rejection.js';
import { defaultWebLogin } from '../../src/model/web-login.js';

const ORG = `settings:
  guards:
    maxDeletes: 1
  prune:
    users: true
users:
  - email: asha@example.com
    name: Asha Rao
    extension: "101"
  - email: ben@example.com
    name: Ben Das
    extension: "102"
departments:
  - name: Sales
    extension: "200"
    members: [asha@example.com, ben@example.com]
`;

const planOpts = { format: 'text' as const, detailedExitcode: true, targets: [], resendInvites: false, force: false, noColor: true };
const applyOpts = { autoApprove: true, force: false, parallelism: 4, targets: [], resendInvites: false, noColor: true };

/** Runs a command the way main.ts does: known errors become exit codes via triage. */
async function run(ws: Workspace, command: (io: ReturnType<Workspace['io']>) => Promise<number>, confirm?: (q: string) => Promise<boolean>) {
  const io = ws.io(confirm);
  const code = await command(io).catch((e: unknown) => triage(e, io));
  return { code, out: io.out(), err: io.err() };
}

describe('ringform CLI', () => {
  it('validate: 0 for a valid file, 1 with positions for an invalid one', async () => {
    const ws = await workspace(ORG);
    expect((await run(ws, (io) => validate({ files: ['org.yaml'], format: 'text', noColor: true }, io))).code).toBe(EXIT.ok);
    await ws.writeOrg('users:\n  - email: not-an-email\n    name: X\n');
    const bad = await run(ws, (io) => validate({ files: ['org.yaml'], format: 'text', noColor: true }, io));
    expect(bad.code).toBe(EXIT.error);
    expect(bad.out).toMatch(/org\.yaml:6:12 +error RF\d+/);
  });

  it('plan: 2 with changes under --detailed-exitcode, 0 without it, 0 when in sync after apply', async () => {
    const ws = await workspace(ORG);
    const first = await run(ws, (io) => plan({ file: 'org.yaml', ...planOpts }, io));
    expect(first.code).toBe(EXIT.changes);
    expect(first.out).toContain('Plan: 5 to create');
    expect((await run(ws, (io) => plan({ file: 'org.yaml', ...planOpts, detailedExitcode: false }, io))).code).toBe(EXIT.ok);
    expect((await run(ws, (io) => apply({ file: 'org.yaml', ...applyOpts }, io))).code).toBe(EXIT.ok);
    const again = await run(ws, (io) => plan({ file: 'org.yaml', ...planOpts }, io));
    expect(again.code).toBe(EXIT.ok);
    expect(again.out).toContain('No changes.');
  });

  it('plan and apply: 1 on an invalid org.yaml, and nothing is read or written', async () => {
    const ws = await workspace('users:\n  - email: a@example.com\n    name: A\n    phone: "12345"\n');
    const result = await run(ws, (io) => apply({ file: 'org.yaml', ...applyOpts }, io));
    expect(result.code).toBe(EXIT.error);
    expect(result.err).toMatch(/org\.yaml:8:12/);
    expect(await systemErrorCode(stat(ws.stateFile))).toBe('ENOENT');
  });

  it('plan and apply: 3 when deletes exceed the guard; --force lets them through', async () => {
    const ws = await workspace(ORG);
    await run(ws, (io) => apply({ file: 'org.yaml', ...applyOpts }, io));
    await ws.writeOrg('settings:\n  guards:\n    maxDeletes: 1\n  prune:\n    users: true\n');
    const tripped = await run(ws, (io) => plan({ file: 'org.yaml', ...planOpts }, io));
    expect(tripped.code).toBe(EXIT.guard);
    expect(tripped.err).toContain('--force');
    const blocked = await run(ws, (io) => apply({ file: 'org.yaml', ...applyOpts }, io));
    expect(blocked.code).toBe(EXIT.guard);
    expect((await ws.readLive()).users).toHaveLength(2);
    const forced = await run(ws, (io) => apply({ file: 'org.yaml', ...applyOpts, force: true }, io));
    expect(forced.code).toBe(EXIT.ok);
    expect((await ws.readLive()).users).toHaveLength(0);
  });

  it('plan: 3 for a protected user, and --force does not override it', async () => {
    const admins = ORG.replace('maxDeletes: 1', 'protectedUsers: [ben@example.com]').replace('Ben Das\n', 'Ben Das\n    role: admin\n');
    const ws = await workspace(admins);
    await run(ws, (io) => apply({ file: 'org.yaml', ...applyOpts }, io));
    await ws.writeOrg(admins.replace('role: admin', 'role: agent'));
    const result = await run(ws, (io) => plan({ file: 'org.yaml', ...planOpts, force: true }, io));
    expect(result.code).toBe(EXIT.guard);
    expect(result.err).toContain('ben@example.com');
    expect(result.err).toContain('--force does not override');
  });

  it('apply: needs --auto-approve without a terminal; "no" at the prompt changes nothing', async () => {
    const ws = await workspace(ORG);
    const noTty = await run(ws, (io) => apply({ file: 'org.yaml', ...applyOpts, autoApprove: false }, io));
    expect(noTty.code).toBe(EXIT.error);
    expect(noTty.err).toContain('--auto-approve');
    const declined = await run(ws, (io) => apply({ file: 'org.yaml', ...applyOpts, autoApprove: false }, io), async () => false);
    expect(declined.code).toBe(EXIT.error);
    expect((await ws.readLive()).users).toHaveLength(0);
    const accepted = await run(ws, (io) => apply({ file: 'org.yaml', ...applyOpts, autoApprove: false }, io), async () => true);
    expect(accepted.code).toBe(EXIT.ok);
    expect((await ws.readLive()).users).toHaveLength(2);
  });

  it('apply PLANFILE never asks: the saved plan was the review (only apply FILE asks for yes)', async () => {
    const ws = await workspace(ORG);
    await run(ws, (io) => plan({ file: 'org.yaml', ...planOpts, out: 'plan.json' }, io));
    const asked: string[] = [];
    const confirm = async (q: string) => {
      asked.push(q);
      return false;
    };
    // On a terminal (a confirm is available), and without one: neither asks, both apply.
    const onTerminal = await run(ws, (io) => apply({ file: 'plan.json', ...applyOpts, autoApprove: false }, io), confirm);
    expect(onTerminal.code, onTerminal.err).toBe(EXIT.ok);
    expect(asked).toEqual([]);
    expect((await ws.readLive()).users).toHaveLength(2);
    await ws.writeOrg(ORG.replace('Ben Das', 'Ben Dasgupta'));
    await run(ws, (io) => plan({ file: 'org.yaml', ...planOpts, out: 'plan2.json' }, io));
    const inCi = await run(ws, (io) => apply({ file: 'plan2.json', ...applyOpts, autoApprove: false }, io));
    expect(inCi.code, inCi.err).toBe(EXIT.ok);
    expect(inCi.err).not.toContain('--auto-approve');
    // apply FILE still asks, and "no" still changes nothing.
    await ws.writeOrg(ORG.replace('Ben Das', 'Ben D.'));
    const declined = await run(ws, (io) => apply({ file: 'org.yaml', ...applyOpts, autoApprove: false }, io), confirm);
    expect(declined.code).toBe(EXIT.error);
    expect(asked).toHaveLength(1);
    expect((await ws.readLive()).users.map((u) => u.data.name)).toContain('Ben Dasgupta');
  });

  it('apply: 5 when an action fails; dependants are skipped, independent actions go on', async () => {
    const ws = await workspace(ORG);
    // Someone holds extension 101 outside ringform's view (an ignored user): the vendor refuses it.
    await ws.writeOrg(ORG.replace('settings:\n', 'settings:\n  ignore:\n    - email: "*@contractor.example"\n'));
    await ws.writeLive({
      roles: [],
      schedules: [],
      extensions: [{ id: 'x-1', data: { number: '101', type: 'web', forceLogin: false, callerId: null, device: null, vendor: {} } }],
      users: [
        {
          id: 'u-1',
          inviteStatus: 'accepted',
          data: { email: 'temp@contractor.example', name: 'Temp', phone: null, extension: '101', role: 'agent', panelAccess: true, status: 'active', receiveCalls: 'always', forwarding: null, voicemail: null, invite: 'auto', previously: [], ...defaultWebLogin(), vendor: {} },
        },
      ],
      departments: [],
    });
    const result = await run(ws, (io) => apply({ file: 'org.yaml', ...applyOpts }, io));
    expect(result.code).toBe(EXIT.partial);
    expect(result.out).toMatch(/failed/);
    expect(result.out).toMatch(/skipped/);
    const liveNow = await ws.readLive();
    expect(liveNow.users.map((u) => u.data.email).sort()).toEqual(['ben@example.com', 'temp@contractor.example']);
  });

  it('apply PLANFILE: applies a fresh saved plan; refuses a stale one with 4 and changes nothing', async () => {
    const ws = await workspace(ORG);
    const saved = await run(ws, (io) => plan({ file: 'org.yaml', ...planOpts, out: 'plan.json' }, io));
    expect(saved.code).toBe(EXIT.changes);
    expect((await stat(path.join(ws.dir, 'plan.json'))).mode & 0o777).toBe(0o600);
    const shown = await run(ws, (io) => show({ file: 'plan.json', format: 'text', noColor: true }, io));
    expect(shown.out).toBe(saved.out);
    expect((await run(ws, (io) => apply({ file: 'plan.json', ...applyOpts }, io))).code).toBe(EXIT.ok);

    // A second saved plan, then live state changes behind its back.
    await ws.writeOrg(ORG.replace('Ben Das', 'Ben Dasgupta'));
    await run(ws, (io) => plan({ file: 'org.yaml', ...planOpts, out: 'plan2.json' }, io));
    const live = await ws.readLive();
    live.users[0]!.data.name = 'Changed In Panel';
    await ws.writeLive(live);
    const stale = await run(ws, (io) => apply({ file: 'plan2.json', ...applyOpts }, io));
    expect(stale.code).toBe(EXIT.stalePlan);
    expect(stale.err).toContain('live state changed');
    expect((await ws.readLive()).users.find((u) => u.data.email === 'ben@example.com')!.data.name).toBe('Ben Das');

    // And org.yaml changing behind a saved plan's back is caught too.
    await run(ws, (io) => plan({ file: 'org.yaml', ...planOpts, out: 'plan3.json' }, io));
    await ws.writeOrg(ORG.replace('Ben Das', 'Benjamin Das'));
    const staleOrg = await run(ws, (io) => apply({ file: 'plan3.json', ...applyOpts }, io));
    expect(staleOrg.code).toBe(EXIT.stalePlan);
    expect(staleOrg.err).toContain('org.yaml changed');
  });

  it('apply: 6 while another apply holds the lock; nothing is changed', async () => {
    const ws = await workspace(ORG);
    // Keyed by the organisation (here the sandbox's state file), in the per-user lock folder.
    const release = await acquireLock(lockRoot({}), orgLockKey({ type: 'sandbox', endpoint: 'state/sandbox.json', domain: null, credentials: {} as never, vendor: {}, baseDir: ws.dir }));
    try {
      const result = await run(ws, (io) => apply({ file: 'org.yaml', ...applyOpts }, io));
      expect(result.code).toBe(EXIT.locked);
      expect(result.err).toContain('lock');
    } finally {
      await release();
    }
    expect(JSON.parse(await readFile(ws.stateFile, 'utf8').catch(() => '{"users":[]}')).users).toHaveLength(0);
    expect((await run(ws, (io) => apply({ file: 'org.yaml', ...applyOpts }, io))).code).toBe(EXIT.ok);
  });

  it('plan --format json emits the plan; markdown emits a PR comment', async () => {
    const ws = await workspace(ORG);
    const json = await run(ws, (io) => plan({ file: 'org.yaml', ...planOpts, format: 'json' }, io));
    const parsed = JSON.parse(json.out);
    expect(parsed.format).toBe('ringform-plan');
    expect(parsed.actions.length).toBeGreaterThan(0);
    const md = await run(ws, (io) => plan({ file: 'org.yaml', ...planOpts, format: 'markdown' }, io));
    expect(md.out).toMatch(/^<!-- ringform-plan -->\n### ringform plan/);
  });
});
