/**
 * A PR comment never hides a delete: a 2,000-user change (users, their extensions, departments) that also
 * deletes 60 users, planned through the CLI against the sandbox, rendered as the PR comment. Before this,
 * the cut kept actions in run order: only the extensions table fitted, and 10 of the 60 deletes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/cli/commands/plan.js';
import { memoryIO } from '../../src/shell/io.js';
import { EXIT } from '../../src/errors.js';
import { tmpDir } from '../helpers/tmp.js';

const GITHUB_COMMENT_LIMIT = 65_536;

function orgYaml(users: number): string {
  const lines = ['version: 1', 'provider:', '  type: sandbox', '  endpoint: state.json', 'settings:', '  prune: { users: true }', '  guards: { maxDeletePercent: 100 }', 'users:'];
  for (let i = 0; i < users; i++) lines.push(`  - { email: agent${i}@acme.example, name: Agent Number ${i}, extension: "${10000 + i}" }`);
  lines.push('departments:');
  for (let d = 0; d < 20; d++) {
    lines.push(`  - name: Team ${d}`, '    members:');
    for (let m = 0; m < 5; m++) lines.push(`      - agent${d * 5 + m}@acme.example`);
  }
  return lines.join('\n') + '\n';
}

function liveState(leavers: number) {
  const users = Array.from({ length: leavers }, (_, i) => ({
    id: String(500 + i),
    data: { email: `leaver${i}@acme.example`, name: `Leaver ${i}`, phone: null, extension: null, role: 'agent', panelAccess: false, status: 'active', receiveCalls: 'always' },
    inviteStatus: 'accepted',
  }));
  return { format: 'ringform-sandbox', version: 1, nextId: 5000, users, extensions: [], departments: [], schedules: [], roles: [] };
}

describe('the PR comment of a 2,000-user change with 60 deletes', () => {
  it('fits 65,536 characters and names all 60 deletes, first, with per-collection counts and where the full plan is', async () => {
    const dir = await tmpDir('ringform-md-');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'org.yaml'), orgYaml(2000));
    await writeFile(path.join(dir, 'state.json'), JSON.stringify(liveState(60)));
    const io = memoryIO({ cwd: dir });
    // All 60 live users go: the nearly-all guard would stop the plan (exit 3); this test is about the comment.
    const opts = { file: 'org.yaml', out: 'plan.json', format: 'markdown' as const, detailedExitcode: true, targets: [], resendInvites: false, force: true, noColor: true };
    expect(await plan(opts, io)).toBe(EXIT.changes);
    const md = io.out();

    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(md).toContain('Plan: 4020 to create, 0 to update, 0 to replace, 60 to delete');
    // Every delete is named, in the section that comes before any detail.
    const deletes = md.match(/^- \*\*delete\*\* `user\["leaver\d+@acme\.example"\]`/gm) ?? [];
    expect(new Set(deletes).size).toBe(60);
    const order = ['#### Deletes and replaces (60)', '#### Changes per collection', '<details><summary>Users: 4060 changes</summary>'].map((h) => md.indexOf(h));
    expect(order.every((at, i) => at > (order[i - 1] ?? 0))).toBe(true);
    expect(md).toContain('| Collection | create | delete | invite | add member | Total |');
    expect(md).toContain('| Users | 2000 | 60 | 2000 | 0 | 4060 |');
    expect(md).toContain('| Extensions | 2000 | 0 | 0 | 0 | 2000 |');
    expect(md).toContain('| Departments | 20 | 0 | 0 | 0 | 20 |');
    // Every collection keeps some rows of its folded table.
    for (const col of ['Users: 4060', 'Extensions: 2000', 'Departments: 20', 'Members: 100']) expect(md).toContain(`<details><summary>${col} changes</summary>`);
    // What was cut is details, and the comment says where the full plan is.
    expect(md).toContain('every delete and replace is listed above. The full plan: the saved plan `plan.json` (`ringform show plan.json`)');
  });
});
