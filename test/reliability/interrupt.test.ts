/**
 * Promise 2 — interruption. For every vendor:
 *  (a) in process: apply is aborted through its `signal` at a random moment: calls in flight finish,
 *      nothing starts after the abort, the rest is reported skipped ("interrupted");
 *  (a) as a process: `ringform apply --auto-approve` gets SIGINT or SIGTERM at a random moment during apply:
 *      it prints the manifest, whose last line is "Apply interrupted: ..." (exit 5) or, if it had finished,
 *      "Apply complete: ..." (exit 0);
 *  (b) as a process: SIGKILL at a random moment; the next plan and apply converge, with no duplicates.
 * Each vendor's requests are slowed (latency on every request) so that the signal lands mid-apply.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/apply/lock.js';
import { applyPlan } from '../../src/apply/engine.js';
import { apply } from '../../src/cli/commands/apply.js';
import { plan } from '../../src/cli/commands/plan.js';
import { memoryIO } from '../../src/shell/io.js';
import { mulberry32 } from '../../src/emulators/faults.js';
import { EXIT } from '../../src/errors.js';
import { computePlan } from '../../src/plan/compute.js';
import { DEFAULT_PLAN_OPTIONS } from '../../src/plan/types.js';
import { REPO, ringform, writeOrg } from './cli.js';
import { report, seedFromEnv } from './figures.js';
import type { Side } from './sample.js';
import { reliabilityVendors, type VendorRun } from './vendors.js';

const RUNS = Number(process.env['RELIABILITY_INTERRUPT_RUNS'] ?? 10);
const SEED = seedFromEnv(20261123) ?? Math.floor(Math.random() * 2 ** 31);
const vendors = await reliabilityVendors();

/** Everyone, every department with every member: about 35 actions from an empty org. */
const FULL: Side = {
  users: [0, 1, 2, 3, 4].map((i) => ({ name: `Person ${i}`, alt: false, role: 'agent', panel: true, receiveCalls: i % 2 ? 'Office hours' : 'always' })),
  departments: [0, 1, 2].map((i) => ({ alt: false, routing: 'serial', ringTimeout: 20, members: [0, 1, 2, 3, 4].slice(i) })),
  schedules: [0, null],
};

async function withEnv<T>(env: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await work();
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

const applyOpts = { autoApprove: true, force: false, parallelism: 4, targets: [], resendInvites: false, noColor: true };
const planOpts = { format: 'text' as const, detailedExitcode: true, targets: [], resendInvites: false, force: false, noColor: true };

/** The next plan and apply, in process through the CLI's commands, converge. */
async function convergesAfter(run: VendorRun, file: string): Promise<void> {
  const { dir, env } = run.cli();
  await withEnv(env, async () => {
    const io = memoryIO({ cwd: dir });
    const code = await apply({ file, ...applyOpts }, io).catch((e: unknown) => {
      throw new Error(`apply after the interruption: ${String(e)}\n${io.out()}\n${io.err()}`);
    });
    expect(code, `apply after the interruption:\n${io.out()}\n${io.err()}`).toBe(EXIT.ok);
    const again = memoryIO({ cwd: dir });
    expect(await plan({ file, ...planOpts, format: 'json', detailedExitcode: false }, again), again.err()).toBe(EXIT.ok);
    const left = (JSON.parse(again.out()) as { actions: Array<{ kind: string; address: string }> }).actions.filter((a) => a.kind !== 'manual');
    expect(left.map((a) => `${a.kind} ${a.address}`), 'API actions left after the next apply').toEqual([]);
  });
  expect(await run.duplicates()).toEqual([]);
}

describe.each(vendors.map((v) => [v.type, v] as const))('interruption: %s', (type, vendor) => {
  it(`abort through the signal at ${RUNS} random moments: in-flight calls finish, nothing new starts, the rest is skipped`, async () => {
    const random = mulberry32(SEED);
    const figures = { runs: 0, started: 0, finishedAfterAbort: 0, skippedAsInterrupted: 0, startedAfterAbort: 0 };
    for (let i = 0; i < RUNS; i++) {
      const run = await vendor.start({ seed: SEED + i, expiringTokens: false });
      const provider = run.provider();
      try {
        run.slow(15);
        const desired = vendor.orgOf(FULL, run.config, false);
        const live = await provider.read();
        const p = computePlan({ desired, live, capabilities: provider.capabilities, options: DEFAULT_PLAN_OPTIONS, provider: { type: provider.type, target: provider.target } });
        const controller = new AbortController();
        let aborted = false;
        const started = new Set<string>();
        const startedAfter: string[] = [];
        setTimeout(() => {
          aborted = true;
          controller.abort();
        }, Math.floor(random() * 150));
        const manifest = await applyPlan(p, provider, {
          live,
          parallelism: 4,
          signal: controller.signal,
          onEvent: (e) => {
            if (e.type !== 'started') return;
            started.add(e.action.id);
            if (aborted) startedAfter.push(e.action.address);
          },
        });
        figures.runs++;
        figures.started += started.size;
        figures.startedAfterAbort += startedAfter.length;
        expect(startedAfter, 'nothing starts after the abort').toEqual([]);
        for (const r of manifest.results) {
          if (started.has(r.id)) {
            expect(['succeeded', 'failed'], `${r.address} was in flight: it finishes`).toContain(r.status);
            if (aborted) figures.finishedAfterAbort++;
          } else if (r.status !== 'manual') {
            expect(r.status, `${r.address} never started`).toBe('skipped');
            figures.skippedAsInterrupted++;
          }
        }
        run.slow(0);
        expect(await run.duplicates()).toEqual([]);
      } finally {
        await provider.close?.();
        await run.close();
      }
    }
    report(`interrupt-signal:${type}`, figures);
  });

  it(`SIGINT or SIGTERM to \`ringform apply\` at ${RUNS} random moments: the manifest is printed, ending "Apply interrupted" (exit 5) or "Apply complete" (0), and the next apply converges`, async () => {
    const random = mulberry32(SEED + 1);
    const codes: Record<string, number> = {};
    let seconds = 0;
    for (let i = 0; i < RUNS; i++) {
      const run = await vendor.start({ seed: SEED + i, expiringTokens: false });
      try {
        run.slow(30);
        const { providerYaml, dir, env, interruptWindowMs } = run.cli();
        const file = await writeOrg(dir, vendor.orgOf(FULL, run.config, false), providerYaml);
        const t0 = performance.now();
        const child = ringform(['apply', file, '--auto-approve'], env);
        expect(await child.waitFor(/Plan: /), `the plan was shown:\n${child.stdout()}\n${child.stderr()}`).toBe(true);
        await new Promise((r) => setTimeout(r, Math.floor(random() * interruptWindowMs)));
        // Ctrl-C, or SIGTERM as a CI runner or Kubernetes sends it: the same handling.
        const sent = i % 2 === 0 ? 'SIGINT' : 'SIGTERM';
        child.process.kill(sent);
        const { code, signal } = await child.exited;
        seconds += (performance.now() - t0) / 1000;
        codes[String(code ?? signal)] = (codes[String(code ?? signal)] ?? 0) + 1;
        // The last line says how it ended: never "Apply complete" when actions were left unstarted.
        const last = child.stdout().trimEnd().split('\n').at(-1) ?? '';
        const interrupted = /skipped .*: interrupted/.test(child.stdout());
        if (interrupted) expect(last, child.stderr()).toMatch(/^Apply interrupted: \d+ succeeded, \d+ failed, (\d+ skipped, )?\d+ manual; \d+ of \d+ not started\. Run apply again to do the rest\.$/);
        else expect(last, child.stderr()).toMatch(/^Apply complete: \d+ succeeded, \d+ failed, \d+ skipped, \d+ manual\./);
        if (code === null) {
          // The signal came after apply had finished and its handler was gone: the default action ends the
          // process (as Ctrl-C does after any command). Only acceptable once everything was done and reported.
          expect(signal).toBe(sent);
          expect(child.stdout()).toMatch(/Apply complete: \d+ succeeded, 0 failed, 0 skipped/);
        } else {
          expect([EXIT.partial, EXIT.ok], `exit code; stderr:\n${child.stderr()}`).toContain(code);
        }
        if (code === EXIT.partial) expect(child.stdout()).toMatch(/skipped .*: interrupted/);
        run.slow(0);
        expect(await run.duplicates()).toEqual([]);
        await convergesAfter(run, file);
      } finally {
        await run.close();
      }
    }
    report(`interrupt-sigint:${type}`, { runs: RUNS, exitCodes: codes, childSeconds: Math.round(seconds * 10) / 10 });
  });

  it(`SIGKILL of \`ringform apply\` at ${RUNS} random moments: the next plan and apply converge, no duplicates`, async () => {
    const random = mulberry32(SEED + 2);
    const outcomes = { killedMidApply: 0, finishedFirst: 0 };
    for (let i = 0; i < RUNS; i++) {
      const run = await vendor.start({ seed: SEED + i, expiringTokens: false });
      try {
        run.slow(30);
        const { providerYaml, dir, env, interruptWindowMs } = run.cli();
        const file = await writeOrg(dir, vendor.orgOf(FULL, run.config, false), providerYaml);
        const child = ringform(['apply', file, '--auto-approve'], env);
        expect(await child.waitFor(/Plan: /), child.stderr()).toBe(true);
        await new Promise((r) => setTimeout(r, Math.floor(random() * interruptWindowMs * 1.5)));
        child.process.kill('SIGKILL');
        const { signal } = await child.exited;
        if (signal === 'SIGKILL') outcomes.killedMidApply++;
        else outcomes.finishedFirst++;
        // The vendor still serves the requests the killed process had sent (each takes 30 ms here); a
        // person re-running apply a moment later finds them done. (Re-run within those 30 ms and a create
        // can fail as "already exists": safe, reported, and the apply after converges.)
        await new Promise((r) => setTimeout(r, 150));
        run.slow(0);
        expect(await run.duplicates()).toEqual([]);
        // The lock of the killed process is left behind: its holder is dead, so the next apply takes it.
        await convergesAfter(run, file);
      } finally {
        await run.close();
      }
    }
    report(`interrupt-sigkill:${type}`, { runs: RUNS, ...outcomes });
  });
});

describe('the apply lock under SIGKILL', () => {
  it('a process killed while taking or releasing the lock never leaves a lock the next apply cannot take', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ringform-rel-lock-'));
    try {
      // Takes and releases the lock as fast as it can, until killed.
      const script = `import { acquireLock } from ${JSON.stringify(path.join(REPO, 'src/apply/lock.ts'))};
        process.stdout.write('ready\\n');
        for (;;) { const release = await acquireLock(${JSON.stringify(dir)}, 'org'); await release(); }`;
      const random = mulberry32(SEED + 3);
      let taken = 0;
      for (let i = 0; i < RUNS; i++) {
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
        await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
        await new Promise((r) => setTimeout(r, 20 + Math.floor(random() * 80)));
        child.kill('SIGKILL');
        await new Promise((r) => child.once('close', r));
        const release = await acquireLock(dir, 'org');
        taken++;
        await release();
      }
      // Every kill was followed by a lock the next apply could take at once (acquireLock throws otherwise).
      expect(taken).toBe(RUNS);
      report('interrupt-lock', { kills: RUNS, lockTakenAfter: taken });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
