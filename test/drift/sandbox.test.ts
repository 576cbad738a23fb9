/**
 * `ringform drift` end to end on the sandbox: the live state file is edited behind ringform's back (as a
 * person in the vendor's panel would), and org.yaml is edited without applying. Exit codes, every format,
 * and both classes of drift against --since-ref and --since-plan.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apply } from '../../src/cli/commands/apply.js';
import { drift, type DriftCommandOptions } from '../../src/cli/commands/drift.js';
import { plan } from '../../src/cli/commands/plan.js';
import { triage } from '../../src/cli/triage.js';
import type { DriftReport } from '../../src/drift/types.js';
import { EXIT } from '../../src/errors.js';
import { workspace, type Workspace } from '../cli/workspace.js';
import { commitAll, initRepo } from './git.js';

const ORG = `users:
  - email: asha@example.com
    name: Asha Rao
    extension: "101"
  - email: ben@example.com
    name: Ben Das
    extension: "102"
departments:
  - name: Sales
    extension: "200"
    ringTimeout: 20
    members: [asha@example.com, ben@example.com]
`;

const applyOpts = { autoApprove: true, force: false, parallelism: 4, targets: [], resendInvites: false, noColor: true };
const driftOpts: DriftCommandOptions = { file: 'org.yaml', format: 'json', verbose: false };

async function run(ws: Workspace, command: (io: ReturnType<Workspace['io']>) => Promise<number>) {
  const io = ws.io();
  const code = await command(io).catch((e: unknown) => triage(e, io));
  return { code, out: io.out(), err: io.err() };
}

async function driftReport(ws: Workspace, extra: Partial<DriftCommandOptions> = {}) {
  const result = await run(ws, (io) => drift({ ...driftOpts, ...extra }, io));
  return { ...result, report: result.code === EXIT.error ? null : (JSON.parse(result.out) as DriftReport) };
}

/** Someone renames Ben in the vendor's panel. */
async function renameBenLive(ws: Workspace): Promise<void> {
  const state = JSON.parse(await readFile(ws.stateFile, 'utf8'));
  state.users.find((u: { data: { email: string } }) => u.data.email === 'ben@example.com').data.name = 'Benjamin Das';
  await writeFile(ws.stateFile, JSON.stringify(state));
}

/** org.yaml changes Sales' ring timeout; nobody applies it. */
const changeTimeout = (ws: Workspace) => ws.writeOrg(ORG.replace('ringTimeout: 20', 'ringTimeout: 45'));

const origins = (report: DriftReport | null) =>
  Object.fromEntries((report?.items ?? []).map((i) => [`${i.address} ${i.field ?? i.kind}`, i.origin]));

describe('ringform drift (sandbox)', () => {
  it('0 in sync, 2 on drift with each field and both values, 1 on error', async () => {
    const ws = await workspace(ORG);
    expect((await run(ws, (io) => apply({ file: 'org.yaml', ...applyOpts }, io))).code).toBe(EXIT.ok);
    expect((await driftReport(ws)).code).toBe(EXIT.ok);

    await renameBenLive(ws);
    const drifted = await driftReport(ws);
    expect(drifted.code).toBe(EXIT.changes);
    expect(drifted.report!.items).toEqual([
      expect.objectContaining({ address: 'user["ben@example.com"]', field: 'name', live: 'Benjamin Das', declared: 'Ben Das', origin: 'unknown' }),
    ]);
    const text = await run(ws, (io) => drift({ ...driftOpts, format: 'text' }, io));
    expect(text.out).toContain('name: live "Benjamin Das", declared "Ben Das"');
    const md = await run(ws, (io) => drift({ ...driftOpts, format: 'markdown' }, io));
    expect(md.out.split('\n')[0]).toBe('<!-- ringform-drift -->');
    expect(md.out).toContain('| `user["ben@example.com"]` | name |');

    await ws.writeOrg('users: [oops]\n');
    expect((await driftReport(ws)).code).toBe(EXIT.error);
  });

  it('--since-ref: live changed outside ringform vs org.yaml changed but not applied', async () => {
    const ws = await workspace(ORG);
    initRepo(ws.dir);
    await writeFile(path.join(ws.dir, '.gitignore'), 'state/\n');
    commitAll(ws.dir, 'org');
    await run(ws, (io) => apply({ file: 'org.yaml', ...applyOpts }, io));
    await renameBenLive(ws);
    await changeTimeout(ws);

    const { code, report } = await driftReport(ws, { sinceRef: 'HEAD' });
    expect(code).toBe(EXIT.changes);
    expect(origins(report)).toEqual({
      'user["ben@example.com"] name': 'outside',
      'department["Sales"] ringTimeout': 'unapplied',
    });
    const bad = await driftReport(ws, { sinceRef: 'no-such-ref' });
    expect(bad.code).toBe(EXIT.error);
    expect(bad.err).toContain('no-such-ref');
  });

  it('--since-plan: a plan not applied yet makes every difference "not yet applied"', async () => {
    const ws = await workspace(ORG);
    await run(ws, (io) => apply({ file: 'org.yaml', ...applyOpts }, io));
    await changeTimeout(ws);
    const planOpts = { format: 'text' as const, detailedExitcode: false, targets: [], resendInvites: false, force: false, noColor: true };
    await run(ws, (io) => plan({ file: 'org.yaml', out: 'plan.json', ...planOpts }, io));
    const { report } = await driftReport(ws, { sincePlan: 'plan.json' });
    expect(origins(report)).toEqual({ 'department["Sales"] ringTimeout': 'unapplied' });
  });

  it('--since-plan: after the plan is applied, finds its org.yaml in git history and classifies each field', async () => {
    const ws = await workspace(ORG);
    initRepo(ws.dir);
    await writeFile(path.join(ws.dir, '.gitignore'), 'state/\nplan.json\n');
    commitAll(ws.dir, 'org');
    const planOpts = { format: 'text' as const, detailedExitcode: false, targets: [], resendInvites: false, force: false, noColor: true };
    await run(ws, (io) => plan({ file: 'org.yaml', out: 'plan.json', ...planOpts }, io));
    expect((await run(ws, (io) => apply({ file: 'plan.json', ...applyOpts }, io))).code).toBe(EXIT.ok);

    await renameBenLive(ws);
    expect(origins((await driftReport(ws, { sincePlan: 'plan.json' })).report)).toEqual({ 'user["ben@example.com"] name': 'outside' });

    await changeTimeout(ws);
    commitAll(ws.dir, 'longer ring timeout');
    const { report } = await driftReport(ws, { sincePlan: 'plan.json' });
    expect(report!.baseline!.note).toMatch(/at commit [0-9a-f]{12}/);
    expect(origins(report)).toEqual({
      'user["ben@example.com"] name': 'outside',
      'department["Sales"] ringTimeout': 'unapplied',
    });
  });

  it('a field changed both live and in org.yaml is "both"', async () => {
    const ws = await workspace(ORG);
    initRepo(ws.dir);
    await writeFile(path.join(ws.dir, '.gitignore'), 'state/\n');
    commitAll(ws.dir, 'org');
    await run(ws, (io) => apply({ file: 'org.yaml', ...applyOpts }, io));
    await renameBenLive(ws);
    await ws.writeOrg(ORG.replace('Ben Das', 'Ben D.'));
    expect(origins((await driftReport(ws, { sinceRef: 'HEAD' })).report)).toEqual({ 'user["ben@example.com"] name': 'both' });
  });
});
