/**
 * `ringform apply FOLDER` and `ringform drift FOLDER`: 50 sandbox org files applied and checked across
 * three shards, one lock per organisation, the summary table in each format and the worst exit code; and
 * a mixed folder of NetSapiens domains on one emulator beside sandbox orgs.
 */
import { orgYaml } from './orgs.js';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, lockRoot } from '../../src/apply/lock.js';
import { orgLockKey } from '../../src/apply/org-lock.js';
import { apply, type ApplyCommandOptions } from '../../src/cli/commands/apply.js';
import { drift, type DriftCommandOptions } from '../../src/cli/commands/drift.js';
import { memoryIO } from '../../src/shell/io.js';
import { triage } from '../../src/cli/triage.js';
import { startNetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import { EXIT } from '../../src/errors.js';
import { applyFleetExit, driftFleetExit } from '../../src/fleet/command.js';
import type { FleetReport, FleetResult } from '../../src/fleet/types.js';
import { tmpDir } from '../helpers/tmp.js';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
  delete process.env['NS_API_KEY'];
});


const applyBase: Omit<ApplyCommandOptions, 'file'> = { autoApprove: true, force: false, parallelism: 4, targets: [], resendInvites: false, noColor: true };
const driftBase: Omit<DriftCommandOptions, 'file'> = { format: 'json', verbose: false };

async function fleet(count: number) {
  const dir = await tmpDir('ringform-fleet-');
  await mkdir(path.join(dir, 'orgs'));
  await mkdir(path.join(dir, 'state'));
  for (let i = 0; i < count; i++) await writeFile(path.join(dir, 'orgs', `customer-${String(i).padStart(3, '0')}.yaml`), orgYaml(`c${i}`, 1 + (i % 3)));
  return { dir, env: { RINGFORM_LOCK_DIR: path.join(dir, 'locks') } };
}

async function runApply(dir: string, env: NodeJS.ProcessEnv, extra: Partial<ApplyCommandOptions> = {}) {
  const io = memoryIO({ cwd: dir, env });
  const code = await apply({ file: 'orgs', ...applyBase, format: 'json', ...extra }, io).catch((e: unknown) => triage(e, io));
  return { code, out: io.out(), err: io.err(), report: extra.format && extra.format !== 'json' ? null : (JSON.parse(io.out() || 'null') as FleetReport | null) };
}

async function runDrift(dir: string, extra: Partial<DriftCommandOptions> = {}) {
  const io = memoryIO({ cwd: dir });
  const code = await drift({ file: 'orgs', ...driftBase, ...extra }, io).catch((e: unknown) => triage(e, io));
  return { code, out: io.out(), err: io.err(), report: extra.format && extra.format !== 'json' ? null : (JSON.parse(io.out() || 'null') as FleetReport | null) };
}

const names = (r: FleetReport) => r.results.map((x) => x.file);

describe('fleet apply and drift over 50 org files in 3 shards', () => {
  it('applies every organisation once across the shards, then drift finds them in sync, then finds what changed', async () => {
    const { dir, env } = await fleet(50);
    const before = await runDrift(dir);
    expect(before.code).toBe(EXIT.changes);
    expect(before.report!.results.every((r) => r.status === 'drift')).toBe(true);
    expect(before.report!.results[1]).toMatchObject({ file: 'customer-001.yaml', counts: { create: 4, delete: 0, manual: 0 } });

    const shards = await Promise.all([0, 1, 2].map((i) => runApply(dir, env, { shard: `${i}/3`, concurrency: 4 })));
    expect(shards.map((s) => s.code)).toEqual([EXIT.ok, EXIT.ok, EXIT.ok]);
    const applied = shards.flatMap((s) => names(s.report!));
    expect(applied.sort()).toEqual(Array.from({ length: 50 }, (_, i) => `customer-${String(i).padStart(3, '0')}.yaml`));
    expect(shards.every((s) => s.report!.command === 'apply' && s.report!.total === 50 && s.report!.results.length < 50)).toBe(true);
    expect(shards.flatMap((s) => s.report!.results).every((r) => r.status === 'applied')).toBe(true);
    // Every org's state now holds its users; a second apply has nothing to do.
    expect(JSON.parse(await readFile(path.join(dir, 'state', 'c2.json'), 'utf8')).users).toHaveLength(3);
    const again = await runApply(dir, env, { format: 'text' });
    expect(again.code).toBe(EXIT.ok);
    expect(again.out).toMatch(/^customer-000\.yaml +sandbox +0 +0 +0 +0 +in sync$/m);
    expect(again.out).toContain('Fleet apply: 50 org files: 50 in sync.');

    const synced = await Promise.all([0, 1, 2].map((i) => runDrift(dir, { shard: `${i}/3` })));
    expect(synced.map((s) => s.code)).toEqual([EXIT.ok, EXIT.ok, EXIT.ok]);
    expect(synced.flatMap((s) => names(s.report!)).sort()).toEqual(applied);

    // Someone renames a user in the panel of two orgs: drift names exactly those, exit 2.
    for (const n of [7, 42]) {
      const file = path.join(dir, 'state', `c${n}.json`);
      const state = JSON.parse(await readFile(file, 'utf8'));
      state.users[0].data.name = 'Changed In Panel';
      await writeFile(file, JSON.stringify(state));
    }
    const drifted = await runDrift(dir, { format: 'markdown' });
    expect(drifted.code).toBe(EXIT.changes);
    expect(drifted.out.split('\n')[0]).toBe('<!-- ringform-drift -->');
    expect(drifted.out).toContain('### ringform drift: fleet');
    expect(drifted.out).toMatch(/\| `customer-007\.yaml` \| sandbox \| 0 \| 1 \| 0 \| 0 \| drift \|/);
    expect(drifted.out).toContain('Fleet drift: 50 org files: 2 drifted, 48 in sync.');
  });

  it('one lock per organisation: a locked org is its row (exit 6), the others apply; errors and guards are rows too', async () => {
    const { dir, env } = await fleet(6);
    const held = orgLockKey({ type: 'sandbox', endpoint: '../state/c3.json', domain: null, credentials: {} as never, vendor: {}, baseDir: path.join(dir, 'orgs') });
    const release = await acquireLock(lockRoot(env), held, { command: 'ringform apply customer-003.yaml' });
    const locked = await runApply(dir, env);
    await release();
    expect(locked.code).toBe(EXIT.locked);
    const row = (r: FleetReport, f: string) => r.results.find((x) => x.file === f)!;
    expect(row(locked.report!, 'customer-003.yaml')).toMatchObject({ status: 'locked', message: expect.stringContaining('running `ringform apply customer-003.yaml`') });
    expect(locked.report!.results.filter((r) => r.status === 'applied')).toHaveLength(5);
    expect(JSON.parse(await readFile(path.join(dir, 'state', 'c3.json'), 'utf8').catch(() => '{"users":[]}')).users).toHaveLength(0);

    await writeFile(path.join(dir, 'orgs', 'broken.yml'), 'version: 1\nprovider: { type: nope }\n');
    const broken = await runApply(dir, env);
    expect(broken.code).toBe(EXIT.error);
    expect(row(broken.report!, 'customer-003.yaml').status).toBe('applied');
    expect(row(broken.report!, 'broken.yml').status).toBe('error');

    expect((await runApply(dir, env, { autoApprove: false })).err).toContain('apply FOLDER needs --auto-approve');
    expect((await runApply(dir, env, { json: true })).err).toContain('use --format json, not --json');
  });

  it('the worst exit code: partial over error over locked over guard; drift: error over drift', () => {
    const r = (status: FleetResult['status']): FleetResult => ({ file: status, provider: 'sandbox', counts: { create: 0, update: 0, delete: 0, manual: 0 }, status, message: null });
    expect(applyFleetExit([r('applied'), r('guard'), r('locked'), r('error'), r('partial')])).toBe(EXIT.partial);
    expect(applyFleetExit([r('applied'), r('guard'), r('locked'), r('error')])).toBe(EXIT.error);
    expect(applyFleetExit([r('in sync'), r('guard'), r('locked')])).toBe(EXIT.locked);
    expect(applyFleetExit([r('in sync'), r('guard')])).toBe(EXIT.guard);
    expect(applyFleetExit([r('in sync'), r('applied')])).toBe(EXIT.ok);
    expect(driftFleetExit([r('in sync'), r('drift'), r('error')])).toBe(EXIT.error);
    expect(driftFleetExit([r('in sync'), r('drift')])).toBe(EXIT.changes);
  });
});

describe('a mixed fleet against the NetSapiens emulator', () => {
  it('applies three NetSapiens domains and two sandbox orgs, then drift finds all in sync', async () => {
    const seed = { domains: { 'alpha.example': {}, 'beta.example': {}, 'gamma.example': {} } };
    const emu = await startNetsapiensEmulator({ port: 0, tokens: ['demo-key'], strict: true, seed });
    stops.push(() => emu.close());
    process.env['NS_API_KEY'] = 'demo-key';
    const { dir, env } = await fleet(2);
    const example = await readFile(path.join(import.meta.dirname, '../../examples/netsapiens/org.yaml'), 'utf8');
    await mkdir(path.join(dir, 'orgs', 'netsapiens'));
    for (const domain of ['alpha.example', 'beta.example', 'gamma.example']) {
      const yaml = example.replace('http://127.0.0.1:18080/ns-api/v2', emu.url).replace('domain: example.com', `domain: ${domain}`);
      await writeFile(path.join(dir, 'orgs', 'netsapiens', `${domain}.yaml`), yaml);
    }
    const applied = await runApply(dir, env, { concurrency: 3 });
    expect(applied.report!.results.filter((r) => r.message)).toEqual([]);
    expect(applied.code).toBe(EXIT.ok);
    expect(applied.report!.results.map((r) => [r.file, r.provider, r.status])).toEqual([
      ['customer-000.yaml', 'sandbox', 'applied'],
      ['customer-001.yaml', 'sandbox', 'applied'],
      ['netsapiens/alpha.example.yaml', 'netsapiens', 'applied'],
      ['netsapiens/beta.example.yaml', 'netsapiens', 'applied'],
      ['netsapiens/gamma.example.yaml', 'netsapiens', 'applied'],
    ]);
    const inSync = await runDrift(dir);
    expect(inSync.code).toBe(EXIT.ok);
    expect(inSync.report!.results.every((r) => r.status === 'in sync')).toBe(true);
    expect(emu.log.violations()).toEqual([]);
    expect(applied.out + applied.err + inSync.out + inSync.err).not.toContain('demo-key');
  });
});
