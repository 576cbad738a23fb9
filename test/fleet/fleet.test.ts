/** `ringform plan FOLDER`: a fleet of 50 sandbox orgs planned in one run, shards, exit codes, bounded concurrency. */
import { orgYaml } from './orgs.js';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apply } from '../../src/cli/commands/apply.js';
import { plan, type PlanCommandOptions } from '../../src/cli/commands/plan.js';
import { memoryIO } from '../../src/shell/io.js';
import { triage } from '../../src/cli/triage.js';
import { EXIT } from '../../src/errors.js';
import { listOrgFiles } from '../../src/fleet/files.js';
import { mapBounded } from '../../src/fleet/pool.js';
import { inShard, parseShard, stableHash } from '../../src/fleet/shard.js';
import type { FleetReport } from '../../src/fleet/types.js';
import { tmpDir } from '../helpers/tmp.js';


const planOpts: Omit<PlanCommandOptions, 'file'> = { format: 'json', detailedExitcode: true, targets: [], resendInvites: false, force: false, noColor: true };

async function fleet(count: number): Promise<{ dir: string; orgs: string }> {
  const dir = await tmpDir('ringform-fleet-');
  const orgs = path.join(dir, 'orgs');
  await mkdir(orgs);
  for (let i = 0; i < count; i++) await writeFile(path.join(orgs, `customer-${String(i).padStart(3, '0')}.yaml`), orgYaml(`c${i}`, 1 + (i % 3)));
  return { dir, orgs };
}

async function runPlan(dir: string, extra: Partial<PlanCommandOptions> = {}) {
  const io = memoryIO({ cwd: dir });
  const code = await plan({ file: 'orgs', ...planOpts, ...extra }, io).catch((e: unknown) => triage(e, io));
  return { code, out: io.out(), err: io.err() };
}

describe('fleet plan', () => {
  it('plans 50 org files in one run: one row each, sorted, exit code per the worst result', async () => {
    const { dir, orgs } = await fleet(50);
    const first = await runPlan(dir);
    expect(first.code).toBe(EXIT.changes);
    const report = JSON.parse(first.out) as FleetReport;
    expect(report.results).toHaveLength(50);
    expect(report.results.map((r) => r.file)).toEqual([...report.results.map((r) => r.file)].sort());
    expect(report.results[1]).toMatchObject({ file: 'customer-001.yaml', provider: 'sandbox', counts: { create: 4, update: 2, delete: 0, manual: 0 }, status: 'changes' });

    // Apply half of them: those plan clean now.
    for (let i = 0; i < 50; i += 2) {
      const io = memoryIO({ cwd: orgs });
      await apply({ file: `customer-${String(i).padStart(3, '0')}.yaml`, autoApprove: true, force: false, parallelism: 4, targets: [], resendInvites: false, noColor: true }, io);
    }
    const text = await runPlan(dir, { format: 'text' });
    expect(text.out).toMatch(/^FILE +PROVIDER +CREATE +UPDATE +DELETE +MANUAL +STATUS$/m);
    expect(text.out).toMatch(/^customer-000\.yaml +sandbox +0 +0 +0 +0 +in sync$/m);
    expect(text.out).toContain('Fleet: 50 org files: 25 changes, 25 in sync.');
    expect((await runPlan(dir, { detailedExitcode: false })).code).toBe(EXIT.ok);

    await writeFile(path.join(orgs, 'broken.yml'), 'version: 1\nprovider: { type: nope }\n');
    const broken = await runPlan(dir, { format: 'markdown' });
    expect(broken.code).toBe(EXIT.error);
    expect(broken.out.split('\n')[0]).toBe('<!-- ringform-plan -->');
    expect(broken.out).toMatch(/\| `broken\.yml` \| - \| 0 \| 0 \| 0 \| 0 \| error: /);
  });

  it('--shard i/n splits the fleet deterministically; adding a file moves no other file', async () => {
    const { dir } = await fleet(12);
    const shards = await Promise.all([0, 1, 2].map((i) => runPlan(dir, { shard: `${i}/3` })));
    const files = shards.map((s) => (JSON.parse(s.out) as FleetReport).results.map((r) => r.file));
    expect(files.flat().sort()).toEqual(Array.from({ length: 12 }, (_, i) => `customer-${String(i).padStart(3, '0')}.yaml`));
    expect(files.every((f) => f.length < 12)).toBe(true);

    const shardOf = (all: string[][]) => new Map(all.flatMap((fs, i) => fs.map((f) => [f, i] as const)));
    await writeFile(path.join(dir, 'orgs', 'zz-new.yaml'), orgYaml('new'));
    const again = await Promise.all([0, 1, 2].map((i) => runPlan(dir, { shard: `${i}/3` })));
    const moved = shardOf(again.map((s) => (JSON.parse(s.out) as FleetReport).results.map((r) => r.file)));
    for (const [file, shard] of shardOf(files)) expect(moved.get(file), file).toBe(shard);
    expect(moved.size).toBe(13);
    // Pinned to FNV-1a's published test vectors: a change of hash would move every org to another shard.
    expect([stableHash(''), stableHash('a'), stableHash('foobar')]).toEqual([0x811c9dc5, 0xe40c292c, 0xbf9cf968]);
    expect(() => parseShard('3/3')).toThrow(/0 <= INDEX < COUNT/);
    expect((await runPlan(dir, { file: 'orgs/customer-000.yaml', shard: '0/2' })).code).toBe(EXIT.error);
  });

  it('lists *.yaml and *.yml in subfolders, skipping hidden entries', async () => {
    const dir = await tmpDir('ringform-fleet-files-');
    await mkdir(path.join(dir, 'b', '.ringform'), { recursive: true });
    for (const f of ['z.yml', 'a.yaml', 'b/c.yaml', 'b/.ringform/x.yaml', '.gitlab-ci.yml', 'notes.txt']) await writeFile(path.join(dir, f), '');
    expect(await listOrgFiles(dir)).toEqual(['a.yaml', 'b/c.yaml', 'z.yml']);
  });

  it('runs at most the given number of plans at once', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapBounded(Array.from({ length: 30 }, (_, i) => i), 8, async (i) => {
      peak = Math.max(peak, ++running);
      await new Promise((r) => setTimeout(r, 2));
      running--;
      return i * 2;
    });
    expect(peak).toBe(8);
    expect(out).toEqual(Array.from({ length: 30 }, (_, i) => i * 2));
  });
});
