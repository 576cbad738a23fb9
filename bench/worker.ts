/**
 * One benchmark size, in a child process of bench/run.ts so that its peak RSS is ringform's own: the
 * emulator (and the synthetic org's generation and YAML writing) stay in the parent. The child does what
 * `ringform apply` does: validate org.yaml, read, plan, render, apply; then plans and applies a 10% change.
 *
 * It talks to the parent over IPC: before each phase it sends a `mark` (the parent notes where the
 * emulator's request log stands, and sets the emulator's rate limit for the phase) and waits for the ack.
 */
import { applyPlan, type Manifest } from '../src/apply/engine.js';
import { loadOrg } from '../src/config/load.js';
import type { LiveOrg } from '../src/model/live.js';
import type { Org } from '../src/model/org.js';
import { computePlan } from '../src/plan/compute.js';
import { DEFAULT_PLAN_OPTIONS, type Plan } from '../src/plan/types.js';
import { createNetsapiensProvider } from '../src/providers/netsapiens/index.js';
import type { Provider } from '../src/contract/provider.js';
import { renderText } from '../src/render/text.js';
import { changed } from './synthetic.js';

export interface WorkerJob {
  size: number;
  /** org.yaml written by the parent. */
  file: string;
  latencyMs: number;
  /** Client and emulator rate for the read. */
  readRate: number;
  /** Client and emulator rate for the apply. */
  applyRate: number;
  /** Repetitions of each compute measurement (median and best reported). */
  repeat: number;
  parallelism: number;
}

export interface Timing {
  best: number;
  median: number;
  runs: number[];
}

export interface ComputeResult {
  plan: Timing;
  render: Timing;
  total: Timing;
  /** CPU time (user + system, all threads) of plan + render: less disturbed by other load than wall time. */
  cpu: Timing;
  actions: number;
  manual: number;
  renderedBytes: number;
}

export interface WorkerResult {
  size: number;
  validateMs: number;
  readMs: number;
  readCounts: { users: number; extensions: number; departments: number; schedules: number; members: number };
  inSync: ComputeResult;
  inSyncApply: { actions: number; ms: number };
  change: ComputeResult;
  apply: { actions: number; ms: number; failed: number; skipped: number; firstFailure: string | null };
  /** process.resourceUsage().maxRSS, bytes. */
  maxRss: number;
  /** Highest sampled RSS per phase, bytes. */
  rssByPhase: Record<string, number>;
  heapUsedAfterRead: number;
}

export type ToParent = { kind: 'mark'; phase: string; rateLimit?: number } | { kind: 'result'; result: WorkerResult } | { kind: 'error'; message: string };

const send = (msg: ToParent): Promise<void> =>
  new Promise((resolve, reject) => {
    const onMessage = (reply: unknown) => {
      if ((reply as { kind?: string }).kind === 'ack') {
        process.off('message', onMessage);
        resolve();
      }
    };
    process.on('message', onMessage);
    process.send!(msg, (err: Error | null) => (err ? reject(err) : undefined));
  });

// ── RSS sampling, per phase ──────────────────────────────────────────────────────────────────────

let phase = 'start';
const rssByPhase: Record<string, number> = {};
function sample(): void {
  const rss = process.memoryUsage.rss();
  if (rss > (rssByPhase[phase] ?? 0)) rssByPhase[phase] = rss;
}
const sampler = setInterval(sample, 20);
sampler.unref();
function enter(name: string): void {
  sample();
  phase = name;
  sample();
}

async function mark(name: string, rateLimit?: number): Promise<void> {
  enter(name);
  await send({ kind: 'mark', phase: name, ...(rateLimit !== undefined ? { rateLimit } : {}) });
}

// ── measurements ────────────────────────────────────────────────────────────────────────────────

function timing(runs: number[]): Timing {
  const sorted = [...runs].sort((a, b) => a - b);
  return { best: sorted[0]!, median: sorted[Math.floor((sorted.length - 1) / 2)]!, runs };
}

/** computePlan + renderText, `repeat` times; the last plan is returned for apply. */
function compute(desired: Org, live: LiveOrg, provider: Provider, repeat: number): { result: ComputeResult; plan: Plan } {
  const planRuns: number[] = [];
  const renderRuns: number[] = [];
  const cpuRuns: number[] = [];
  let plan: Plan | undefined;
  let text = '';
  for (let i = 0; i < repeat; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    plan = computePlan({ desired, live, capabilities: provider.capabilities, options: DEFAULT_PLAN_OPTIONS, provider: { type: provider.type, target: provider.target } });
    const t1 = performance.now();
    text = renderText(plan, { color: false });
    const t2 = performance.now();
    const cpu = process.cpuUsage(c0);
    cpuRuns.push((cpu.user + cpu.system) / 1000);
    planRuns.push(t1 - t0);
    renderRuns.push(t2 - t1);
  }
  const total = planRuns.map((p, i) => p + renderRuns[i]!);
  return {
    plan: plan!,
    result: {
      plan: timing(planRuns),
      render: timing(renderRuns),
      total: timing(total),
      cpu: timing(cpuRuns),
      actions: plan!.actions.length,
      manual: plan!.actions.filter((a) => a.kind === 'manual').length,
      renderedBytes: Buffer.byteLength(text),
    },
  };
}

function providerFor(desired: Org, rate: number, latencyMs: number): Provider {
  // Enough connections to keep the rate busy while each request waits out the latency, and then some.
  const concurrency = Math.max(8, Math.ceil((rate * Math.max(latencyMs, 1)) / 1000) * 2 + 4);
  return createNetsapiensProvider(desired.provider, { http: { limits: { ratePerSecond: rate, concurrency } } });
}

function failures(manifest: Manifest): { failed: number; skipped: number; firstFailure: string | null } {
  const bad = manifest.results.find((r) => r.status === 'failed' || r.status === 'skipped');
  return { failed: manifest.counts.failed, skipped: manifest.counts.skipped, firstFailure: bad ? `${bad.address}: ${bad.message}` : null };
}

/** loadOrg, keeping only the org afterwards (as the CLI's loadOrgOrThrow does): the source and the parsed document can go. */
async function validate(job: WorkerJob): Promise<{ org: Org; ms: number }> {
  const t0 = performance.now();
  const loaded = await loadOrg(job.file);
  const ms = performance.now() - t0;
  if (!loaded.ok) throw new Error(`${job.file} does not validate: ${loaded.diagnostics.slice(0, 3).map((d) => d.message).join('; ')}`);
  if (loaded.org.users.length !== job.size) throw new Error(`loaded ${loaded.org.users.length} users, expected ${job.size}`);
  return { org: loaded.org, ms };
}

async function run(job: WorkerJob): Promise<WorkerResult> {
  await mark('validate');
  const { org: desired, ms: validateMs } = await validate(job);

  await mark('read', job.readRate);
  const reader = providerFor(desired, job.readRate, job.latencyMs);
  const t1 = performance.now();
  const live = await reader.read();
  const readMs = performance.now() - t1;
  await reader.close?.();
  global.gc?.();
  const heapUsedAfterRead = process.memoryUsage().heapUsed;

  await mark('compute-in-sync');
  const inSync = compute(desired, live, reader, job.repeat);

  await mark('apply-in-sync', job.applyRate);
  const writer = providerFor(desired, job.applyRate, job.latencyMs);
  const t2 = performance.now();
  await applyPlan(inSync.plan, writer, { live, parallelism: job.parallelism });
  const inSyncApplyMs = performance.now() - t2;

  await mark('compute-change');
  const target = changed(desired);
  const change = compute(target, live, writer, job.repeat);

  await mark('apply-change', job.applyRate);
  const t3 = performance.now();
  const manifest = await applyPlan(change.plan, writer, { live, parallelism: job.parallelism });
  const applyMs = performance.now() - t3;
  await writer.close?.();
  await mark('done');

  return {
    size: job.size,
    validateMs,
    readMs,
    readCounts: {
      users: live.users.length,
      extensions: live.extensions.length,
      departments: live.departments.length,
      schedules: live.schedules.length,
      members: live.departments.reduce((n, d) => n + d.data.members.length, 0),
    },
    inSync: inSync.result,
    inSyncApply: { actions: inSync.plan.actions.filter((a) => a.kind !== 'manual').length, ms: inSyncApplyMs },
    change: change.result,
    apply: { actions: change.plan.actions.filter((a) => a.kind !== 'manual').length, ms: applyMs, ...failures(manifest) },
    maxRss: process.resourceUsage().maxRSS * 1024,
    rssByPhase,
    heapUsedAfterRead,
  };
}

process.once('message', (job: WorkerJob) => {
  run(job).then(
    async (result) => {
      await new Promise<void>((resolve) => process.send!({ kind: 'result', result } satisfies ToParent, () => resolve()));
      process.disconnect();
    },
    async (err: unknown) => {
      const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
      await new Promise<void>((resolve) => process.send!({ kind: 'error', message } satisfies ToParent, () => resolve()));
      process.disconnect();
    },
  );
});
