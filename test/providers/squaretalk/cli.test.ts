/**
 * The CLI on a Squaretalk org: a plan of manual steps only still counts as changes (exit 2 under
 * --detailed-exitcode), and apply prints the steps, executes nothing and counts them as manual.
 */
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apply } from '../../../src/cli/commands/apply.js';
import { plan } from '../../../src/cli/commands/plan.js';
import { memoryIO } from '../../../src/shell/io.js';
import { triage } from '../../../src/cli/triage.js';
import { EXIT } from '../../../src/errors.js';
import { tmpDir } from '../../helpers/tmp.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const planOpts = { file: 'org.yaml', format: 'text' as const, detailedExitcode: true, targets: [], resendInvites: false, force: false, noColor: true };

async function orgDir(withSnapshot: boolean): Promise<string> {
  const dir = await tmpDir('ringform-squaretalk-');
  await copyFile(path.join(FIXTURES, 'org.yaml'), path.join(dir, 'org.yaml'));
  if (withSnapshot) await copyFile(path.join(FIXTURES, 'users-export.csv'), path.join(dir, 'users-export.csv'));
  return dir;
}

async function run(dir: string, command: (io: ReturnType<typeof memoryIO>) => Promise<number>) {
  const io = memoryIO({ cwd: dir });
  const code = await command(io).catch((e: unknown) => triage(e, io));
  return { code, out: io.out(), err: io.err() };
}

describe('ringform on Squaretalk', () => {
  it('plan: only manual steps, exit 2 under --detailed-exitcode, 0 without', async () => {
    const dir = await orgDir(true);
    const first = await run(dir, (io) => plan(planOpts, io));
    expect(first.code).toBe(EXIT.changes);
    expect(first.out).toContain('Plan: 0 to create, 0 to update, 0 to replace, 0 to delete, 10 manual steps.');
    expect((await run(dir, (io) => plan({ ...planOpts, detailedExitcode: false }, io))).code).toBe(EXIT.ok);
    const markdown = await run(dir, (io) => plan({ ...planOpts, format: 'markdown' }, io));
    expect(markdown.out).toContain('- [ ] Remove ben@example.com from the group; save.');
    const json = JSON.parse((await run(dir, (io) => plan({ ...planOpts, format: 'json' }, io))).out);
    expect(json.actions.every((a: { kind: string }) => a.kind === 'manual')).toBe(true);
  });

  it('plan: a snapshot that is not valid CSV is a clear error with its line', async () => {
    const dir = await orgDir(false);
    await writeFile(path.join(dir, 'users-export.csv'), 'Name,Email\nAsha,"asha@example.com\n');
    const result = await run(dir, (io) => plan(planOpts, io));
    expect(result.code).toBe(EXIT.error);
    expect(result.err).toContain('users-export.csv line 2: a quoted field is not closed');
  });

  it('apply: prints the steps, executes nothing, counts them as manual', async () => {
    const dir = await orgDir(true);
    const result = await run(dir, (io) => apply({ file: 'org.yaml', autoApprove: true, force: false, parallelism: 4, targets: [], resendInvites: false, noColor: true }, io));
    // Every step is listed as manual, including those that follow another manual step.
    expect(result.out + result.err).toContain('Apply complete: 0 succeeded, 0 failed, 0 skipped, 10 manual.');
    expect(result.out + result.err).toContain('Remove ben@example.com from the group; save.');
  });
});
