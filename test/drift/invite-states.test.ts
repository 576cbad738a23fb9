/**
 * Issue 19 item 4, end to end on the sandbox (which keeps real invite states): after apply, the plan shows each
 * declared user's pending invite and since when (text, markdown, JSON), import writes it as a comment on the
 * user (never as a field), and drift shows the states and, against the saved plan, the invite that was accepted
 * since. A vendor that cannot show invites is covered by the Smartflo and Squaretalk tests (unverified).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { apply } from '../../src/cli/commands/apply.js';
import { drift } from '../../src/cli/commands/drift.js';
import { importCommand } from '../../src/cli/commands/import.js';
import { plan } from '../../src/cli/commands/plan.js';
import { triage } from '../../src/cli/triage.js';
import type { DriftReport } from '../../src/drift/types.js';
import { EXIT } from '../../src/errors.js';
import type { Plan } from '../../src/plan/types.js';
import { memoryIO } from '../../src/shell/io.js';
import { workspace, type Workspace } from '../cli/workspace.js';

const ORG = `users:
  - email: asha@example.com
    name: Asha Rao
    extension: "101"
  - email: ben@example.com
    name: Ben Das
    extension: "102"
  - email: cara@example.com
    name: Cara Dsouza
    extension: "103"
    invite: never
`;

const applyOpts = { autoApprove: true, force: false, parallelism: 4, targets: [], resendInvites: false, noColor: true };
const planOpts = { detailedExitcode: false, targets: [], resendInvites: false, force: false, noColor: true };

async function run(ws: Workspace, command: (io: ReturnType<Workspace['io']>) => Promise<number>) {
  const io = ws.io();
  const code = await command(io).catch((e: unknown) => triage(e, io));
  return { code, out: io.out(), err: io.err() };
}

/** The person accepts the invite in the vendor's panel. */
async function accept(ws: Workspace, email: string): Promise<void> {
  const state = JSON.parse(await readFile(ws.stateFile, 'utf8'));
  const user = state.users.find((u: { data: { email: string } }) => u.data.email === email);
  user.inviteStatus = 'accepted';
  delete user.inviteSince;
  await writeFile(ws.stateFile, JSON.stringify(state));
}

describe('invite states (sandbox)', () => {
  it('plan, import and drift show pending invites with their date; drift reports an invite accepted since a saved plan', async () => {
    const ws = await workspace(ORG);
    expect((await run(ws, (io) => apply({ file: 'org.yaml', ...applyOpts }, io))).code).toBe(EXIT.ok);

    // Asha and Ben were invited by the apply (pending, with the time the sandbox sent it); Cara declared `invite: never`.
    const json = await run(ws, (io) => plan({ file: 'org.yaml', format: 'json', ...planOpts }, io));
    const saved = JSON.parse(json.out) as Plan;
    expect(saved.actions).toEqual([]);
    expect(saved.invites?.map((i) => [i.address, i.state])).toEqual([
      ['user["asha@example.com"]', 'pending'],
      ['user["ben@example.com"]', 'pending'],
      ['user["cara@example.com"]', 'never invited'],
    ]);
    const since = saved.invites![0]!.since!;
    expect(Number.isNaN(Date.parse(since))).toBe(false);

    const text = await run(ws, (io) => plan({ file: 'org.yaml', format: 'text', ...planOpts }, io));
    expect(text.out).toContain(`Invite: user["asha@example.com"]: invite pending since ${since}`);
    expect(text.out).toContain('Invite: user["cara@example.com"]: never invited');
    const md = await run(ws, (io) => plan({ file: 'org.yaml', format: 'markdown', ...planOpts }, io));
    expect(md.out).toContain('**Invite:** user\\["asha@example.com"\\]: invite pending since');

    // Import: a comment on the user's email line, not a field; the file still plans to no changes.
    const out = path.join(ws.dir, 'imported.yaml');
    const credentials = { tokenEnv: null, usernameEnv: null, passwordEnv: null, clientIdEnv: null, clientSecretEnv: null, file: null };
    const source = { type: 'sandbox' as const, endpoint: 'state/sandbox.json', domain: null, credentials };
    expect(await importCommand({ source, include: [], exclude: [], out, force: false, verbose: false }, memoryIO({ cwd: ws.dir }))).toBe(EXIT.ok);
    const imported = await readFile(out, 'utf8');
    expect(imported).toContain(`- email: asha@example.com # invite pending since ${since}`);
    expect(JSON.stringify(parse(imported))).not.toContain('pending');
    expect(imported).toMatch(/email: cara@example\.com\n(.*\n)*?\s+invite: never # never invited/);
    const replanned = await run(ws, (io) => plan({ file: out, format: 'text', ...planOpts, detailedExitcode: true }, io));
    expect(replanned.code, replanned.out + replanned.err).toBe(EXIT.ok);

    // Drift against the saved plan: Asha accepted since; Ben is still pending; nothing else drifted.
    await run(ws, (io) => plan({ file: 'org.yaml', format: 'text', ...planOpts, out: 'saved.json' }, io));
    await accept(ws, 'asha@example.com');
    const result = await run(ws, (io) => drift({ file: 'org.yaml', format: 'json', verbose: false, sincePlan: 'saved.json' }, io));
    expect(result.code, result.err).toBe(EXIT.ok);
    const report = JSON.parse(result.out) as DriftReport;
    expect(report.inSync).toBe(true);
    expect(report.inviteChanges).toEqual([{ address: 'user["asha@example.com"]', before: 'pending', after: 'accepted' }]);
    expect(report.invites?.map((i) => i.address)).toEqual(['user["ben@example.com"]', 'user["cara@example.com"]']);
    const driftText = await run(ws, (io) => drift({ file: 'org.yaml', format: 'text', verbose: false, sincePlan: 'saved.json' }, io));
    expect(driftText.out).toContain('Invite changed: user["asha@example.com"]: invite pending → accepted');
    expect(driftText.out).toContain('Invite: user["ben@example.com"]: invite pending since');
  });
});
