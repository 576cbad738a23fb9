/**
 * `npm run bench`: ringform against the NetSapiens emulator at 1k, 10k and 50k users.
 *
 *   npm run bench -- [--sizes 1000,10000,50000] [--latency-ms 20] [--rate 100] [--large-read-rate 1000]
 *                    [--large-from 20000] [--repeat 3] [--parallelism 8] [--json] [--quick] [--profile DIR]
 *                    [--report RUN.json]   (re-print the table of an earlier --json run)
 *   npm run bench -- --paced [...]   (only the paced-by-default scenario: bench/paced.ts)
 *
 * Per size, the parent process generates the synthetic org (bench/synthetic.ts, NetSapiens flavour in
 * bench/netsapiens.ts), writes it as org.yaml, seeds an emulator on loopback directly (no apply) with a
 * per-request latency and a rate limit, and forks bench/worker.ts, which runs ringform as `apply` would:
 * validate → read → plan + render (in sync) → apply (nothing) → plan + render (10% renamed) → apply.
 * The parent counts requests per phase from the emulator's request log; the child reports its times and
 * its peak RSS (process.resourceUsage().maxRSS), which is therefore ringform's alone.
 *
 * The client's rate limit (HttpClient limits.ratePerSecond) is set to the emulator's, so ringform paces
 * itself instead of bouncing off 429s. Reads at sizes ≥ --large-from use --large-read-rate (the request
 * count does not depend on the rate; at 100/s a 50k read would take ~9 minutes).
 */
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { startNetsapiensEmulator, type NetsapiensEmulator } from '../src/emulators/netsapiens/index.js';
import type { LoggedRequest } from '../src/emulators/request-log.js';
import type { Org } from '../src/model/org.js';
import { PAGE_SIZE } from '../src/providers/netsapiens/client.js';
import { toWritten } from '../src/import/written.js';
import { BENCH_DOMAIN, BENCH_TOKEN_ENV, benchConfig, netsapiensOrg, netsapiensSeed } from './netsapiens.js';
import { csvImportRun } from './csv-import.js';
import { sandboxApplyRun } from './sandbox-apply.js';
import { CLI_DEFAULTS, cliBench, cliReport } from './cli.js';
import { memoryReport, netsapiensMemoryRun, sandboxMemoryRun, type MemoryResult } from './memory.js';
import { startupReport, startupRun } from './startup.js';
import { liveOf } from './synthetic.js';
import type { ToParent, WorkerJob, WorkerResult } from './worker.js';

interface Options {
  sizes: number[];
  latencyMs: number;
  rate: number;
  largeReadRate: number;
  largeFrom: number;
  repeat: number;
  parallelism: number;
  json: boolean;
  profile: string | null;
  /** Re-print the table of an earlier `--json` run instead of running. */
  report: string | null;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { sizes: [1000, 10000, 50000], latencyMs: 20, rate: 100, largeReadRate: 1000, largeFrom: 20000, repeat: 3, parallelism: 8, json: false, profile: null, report: null };
  let quick = false;
  let sizesGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const num = () => {
      const v = Number(value());
      if (!Number.isFinite(v) || v < 0) throw new Error(`${flag} needs a number ≥ 0`);
      return v;
    };
    switch (flag) {
      case '--sizes':
        o.sizes = value().split(',').map((s) => Number(s.trim()));
        if (o.sizes.some((n) => !Number.isInteger(n) || n < 20)) throw new Error('--sizes takes whole numbers ≥ 20, comma-separated');
        sizesGiven = true;
        break;
      case '--latency-ms':
        o.latencyMs = num();
        break;
      case '--rate':
        o.rate = num();
        break;
      case '--large-read-rate':
        o.largeReadRate = num();
        break;
      case '--large-from':
        o.largeFrom = num();
        break;
      case '--repeat':
        o.repeat = Math.max(1, Math.round(num()));
        break;
      case '--parallelism':
        o.parallelism = Math.max(1, Math.round(num()));
        break;
      case '--json':
        o.json = true;
        break;
      case '--quick':
        quick = true;
        break;
      case '--profile':
        o.profile = path.resolve(value());
        break;
      case '--report':
        o.report = path.resolve(value());
        break;
      case '--help':
      case '-h':
        process.stdout.write(
          'npm run bench -- [--sizes 1000,10000,50000] [--latency-ms 20] [--rate 100] [--large-read-rate 1000] [--large-from 20000] [--repeat 3] [--parallelism 8] [--json] [--quick] [--profile DIR] [--report RUN.json]\n',
        );
        process.exit(0);
      default:
        throw new Error(`unknown option ${arg} (try --help)`);
    }
  }
  if (!(o.rate > 0) || !(o.largeReadRate > 0)) throw new Error('rates must be > 0 requests per second');
  if (quick && !sizesGiven) o.sizes = [100, 500];
  if (quick) o.repeat = Math.min(o.repeat, 2);
  return o;
}

// ── org.yaml ────────────────────────────────────────────────────────────────────────────────────

function writeOrgYaml(org: Org, endpoint: string, file: string): number {
  const c = toWritten(liveOf(org));
  const doc: Record<string, unknown> = {
    version: 1,
    provider: { type: 'netsapiens', endpoint, domain: BENCH_DOMAIN, credentials: { tokenEnv: BENCH_TOKEN_ENV } },
    settings: { timezone: c.timezone, prune: org.settings.prune, guards: { maxDeletePercent: org.settings.guards.maxDeletePercent } },
  };
  for (const key of ['roles', 'schedules', 'extensions', 'users', 'departments'] as const) if (c[key].length > 0) doc[key] = c[key];
  const text = stringify(doc, { lineWidth: 0 });
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

// ── request accounting ──────────────────────────────────────────────────────────────────────────

export interface ReadBounds {
  /** The issue's bound: ceil(n / page) per collection (users, extensions, departments, schedules) + one agents list per queue. */
  issue: number;
  /** NetSapiens' floor: user pages (queue users included) + count + devices + timeframes + callqueues + one domain-wide agents list + answer rules per user. */
  netsapiens: number;
}

export function readBounds(users: number, queues: number, schedules: number, page = PAGE_SIZE): ReadBounds {
  const pages = (n: number) => Math.max(1, Math.ceil(n / page));
  return {
    issue: pages(users) + pages(users) + pages(queues) + pages(schedules) + queues,
    netsapiens: pages(users + queues) + 1 + 1 + 1 + 1 + (queues > 0 ? 1 : 0) + users,
  };
}

function category(r: LoggedRequest): string {
  const p = r.path.replace(`/domains/${BENCH_DOMAIN}`, '');
  if (r.method !== 'GET') return `${r.method} ${p.replace(/\/\d+/g, '/{id}')}`;
  if (p === '/users') return 'users pages';
  if (p === '/users/count') return 'users count';
  if (p === '/devices') return 'devices';
  if (p === '/timeframes') return 'timeframes';
  if (p === '/callqueues') return 'callqueues';
  if (p === '/agents' || /^\/callqueues\/[^/]+\/agents$/.test(p)) return 'agents';
  if (/^\/users\/[^/]+\/answerrules$/.test(p)) return 'answerrules';
  return `GET ${p.replace(/\/\d+/g, '/{id}')}`;
}

interface PhaseRequests {
  total: number;
  gets: number;
  writes: number;
  throttled: number;
  byCategory: Record<string, number>;
}

function tally(entries: LoggedRequest[]): PhaseRequests {
  const byCategory: Record<string, number> = {};
  for (const r of entries) {
    const c = category(r);
    byCategory[c] = (byCategory[c] ?? 0) + 1;
  }
  return {
    total: entries.length,
    gets: entries.filter((r) => r.method === 'GET').length,
    writes: entries.filter((r) => r.method !== 'GET').length,
    throttled: entries.filter((r) => r.status === 429).length,
    byCategory,
  };
}

// ── one size ────────────────────────────────────────────────────────────────────────────────────

export interface SizeResult {
  size: number;
  departments: number;
  yamlBytes: number;
  seedMs: number;
  readRate: number;
  applyRate: number;
  worker: WorkerResult;
  requests: { read: PhaseRequests; inSyncApply: PhaseRequests; apply: PhaseRequests; other: PhaseRequests };
  bounds: ReadBounds;
  /** Users renamed in the emulator after the apply (expected: size / 10). */
  renamed: number;
}

async function runSize(size: number, o: Options, dir: string): Promise<SizeResult> {
  const readRate = size >= o.largeFrom ? o.largeReadRate : o.rate;
  const applyRate = o.rate;
  const file = path.join(dir, `org-${size}.yaml`);
  const t0 = performance.now();
  const org = netsapiensOrg(size, benchConfig('http://127.0.0.1/ns-api/v2'));
  const emu = await startNetsapiensEmulator({ domain: BENCH_DOMAIN, seed: netsapiensSeed(org), latencyMs: o.latencyMs });
  for (const u of emu.state.requireDomain(BENCH_DOMAIN).users.values()) u['account-status'] = 'standard'; // invites accepted
  const seedMs = performance.now() - t0;
  const yamlBytes = writeOrgYaml(org, emu.url, file);
  const departments = org.departments.length;
  const schedules = org.schedules.length;
  try {
    const { worker, marks } = await runWorker(emu, { size, file, latencyMs: o.latencyMs, readRate, applyRate, repeat: o.repeat, parallelism: o.parallelism }, o);
    const log = emu.log.requests();
    const slice = (from: string, to: string) => log.slice(marks.get(from) ?? log.length, marks.get(to) ?? log.length);
    const renamed = [...emu.state.requireDomain(BENCH_DOMAIN).users.values()].filter((u) => u['name-last-name'] === 'Renamed').length;
    return {
      size,
      departments,
      yamlBytes,
      seedMs,
      readRate,
      applyRate,
      worker,
      requests: {
        read: tally(slice('read', 'compute-in-sync')),
        inSyncApply: tally(slice('compute-in-sync', 'compute-change')),
        apply: tally(slice('apply-change', 'done')),
        other: tally([...slice('validate', 'read'), ...slice('compute-change', 'apply-change'), ...log.slice(marks.get('done') ?? log.length)]),
      },
      bounds: readBounds(size, departments, schedules),
      renamed,
    };
  } finally {
    await emu.close();
    rmSync(file, { force: true });
  }
}

function runWorker(emu: NetsapiensEmulator, job: WorkerJob, o: Options): Promise<{ worker: WorkerResult; marks: Map<string, number> }> {
  const marks = new Map<string, number>();
  const execArgv = ['--import', 'tsx', '--expose-gc'];
  if (o.profile) execArgv.push('--cpu-prof', `--cpu-prof-dir=${o.profile}`, `--cpu-prof-name=worker-${job.size}.cpuprofile`);
  const child = fork(fileURLToPath(new URL('./worker.ts', import.meta.url)), [], {
    execArgv,
    env: { ...process.env, [BENCH_TOKEN_ENV]: emu.token },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let result: WorkerResult | null = null;
    child.on('message', (msg: ToParent) => {
      if (msg.kind === 'mark') {
        marks.set(msg.phase, emu.log.requests().length);
        if (msg.rateLimit !== undefined) emu.limits({ rateLimit: msg.rateLimit });
        progress(`  ${job.size}: ${msg.phase}${msg.rateLimit !== undefined ? ` (rate ${msg.rateLimit}/s)` : ''}`);
        child.send({ kind: 'ack' });
      } else if (msg.kind === 'result') result = msg.result;
      else reject(new Error(`worker for ${job.size} users failed: ${msg.message}`));
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (result) resolve({ worker: result, marks });
      else reject(new Error(`worker for ${job.size} users exited with code ${code} and no result`));
    });
    child.send(job);
  });
}

// ── output ──────────────────────────────────────────────────────────────────────────────────────

const startedAt = performance.now();
function progress(text: string): void {
  process.stderr.write(`[${((performance.now() - startedAt) / 1000).toFixed(1).padStart(6)} s] ${text}\n`);
}

const s = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function report(results: SizeResult[], o: Options, machine: Machine): string {
  const out: string[] = [];
  out.push(`ringform bench — ${machine.date}, ${machine.cpus}× ${machine.cpu}, Node ${machine.node}, load average at the end ${machine.load.map((l) => l.toFixed(1)).join(' ')}`);
  out.push(`emulator: NetSapiens on loopback, latency ${o.latencyMs} ms per reply; rate limit = client rate: ${o.rate}/s (reads at ≥ ${o.largeFrom} users: ${o.largeReadRate}/s); compute: best/median of ${o.repeat}`);
  out.push('');
  out.push('Plan of an in-sync org (validate, read, compute = plan + render) and peak RSS:');
  out.push(
    table(
      ['users', 'validate s', 'read s', 'read rate', 'compute s (plan+render)', 'compute µs/user', 'actions', 'writes in sync', 'peak RSS MB'],
      results.map((r) => [
        String(r.size),
        s(r.worker.validateMs),
        s(r.worker.readMs),
        `${r.readRate}/s`,
        `${s(r.worker.inSync.total.best)} / ${s(r.worker.inSync.total.median)}`,
        ((r.worker.inSync.total.best * 1000) / r.size).toFixed(1),
        String(r.worker.inSync.actions),
        String(r.requests.inSyncApply.total + r.requests.read.writes),
        mb(r.worker.maxRss),
      ]),
    ),
  );
  out.push('');
  out.push('Read requests against the lower bounds (issue: ceil(n/1000) per collection + 1 agents list per queue; NetSapiens: + 1 answer-rule list per user, queue users paged too):');
  out.push(
    table(
      ['users', 'requests', '429s', 'issue bound', 'NetSapiens bound', 'over NS bound', 'pages', 'count', 'devices', 'agents', 'answerrules', 'ideal s at rate', 'read s'],
      results.map((r) => {
        const c = r.requests.read.byCategory;
        return [
          String(r.size),
          String(r.requests.read.total),
          String(r.requests.read.throttled),
          String(r.bounds.issue),
          String(r.bounds.netsapiens),
          String(r.requests.read.total - r.bounds.netsapiens),
          String(c['users pages'] ?? 0),
          String(c['users count'] ?? 0),
          String(c.devices ?? 0),
          String(c.agents ?? 0),
          String(c.answerrules ?? 0),
          s((r.requests.read.total / r.readRate) * 1000),
          s(r.worker.readMs),
        ];
      }),
    ),
  );
  out.push('');
  out.push('Apply of a 10% change (every tenth user renamed):');
  out.push(
    table(
      ['users', 'compute s (plan+render)', 'actions', 'requests', 'GET', 'PUT', '429s', 'req/action', 'wall s', 'bound s (actions/rate)', 'vs bound', 'bound s (requests/rate)', 'vs bound', 'renamed'],
      results.map((r) => {
        const a = r.requests.apply;
        const actionBound = (r.worker.apply.actions / r.applyRate) * 1000;
        const requestBound = (a.total / r.applyRate) * 1000;
        return [
          String(r.size),
          `${s(r.worker.change.total.best)} / ${s(r.worker.change.total.median)}`,
          String(r.worker.apply.actions),
          String(a.total),
          String(a.gets),
          String(a.byCategory['PUT /users/{id}'] ?? 0),
          String(a.throttled),
          (a.total / Math.max(1, r.worker.apply.actions)).toFixed(2),
          s(r.worker.apply.ms),
          s(actionBound),
          pct(r.worker.apply.ms / actionBound - 1),
          s(requestBound),
          pct(r.worker.apply.ms / requestBound - 1),
          `${r.renamed}/${r.size / 10}`,
        ];
      }),
    ),
  );
  out.push('');
  out.push('Compute (best of runs; plan = computePlan, render = renderText; cpu = process CPU time of both):');
  out.push(
    table(
      ['users', 'in sync: plan s', 'render s', 'cpu s', 'µs/user', '10%: plan s', 'render s', 'cpu s', 'µs/user', 'rendered KB'],
      results.map((r) => [
        String(r.size),
        s(r.worker.inSync.plan.best),
        s(r.worker.inSync.render.best),
        s(r.worker.inSync.cpu.best),
        ((r.worker.inSync.total.best * 1000) / r.size).toFixed(1),
        s(r.worker.change.plan.best),
        s(r.worker.change.render.best),
        s(r.worker.change.cpu.best),
        ((r.worker.change.total.best * 1000) / r.size).toFixed(1),
        (r.worker.change.renderedBytes / 1024).toFixed(0),
      ]),
    ),
  );
  out.push('');
  out.push('Peak RSS by phase (MB, sampled every 20 ms; maxRSS is the process peak):');
  const phases = ['validate', 'read', 'compute-in-sync', 'apply-in-sync', 'compute-change', 'apply-change'];
  out.push(
    table(
      ['users', 'yaml MB', ...phases, 'maxRSS'],
      results.map((r) => [String(r.size), (r.yamlBytes / 2 ** 20).toFixed(1), ...phases.map((p) => mb(r.worker.rssByPhase[p] ?? 0)), mb(r.worker.maxRss)]),
    ),
  );
  const failures = results.filter((r) => r.worker.apply.failed + r.worker.apply.skipped > 0 || r.renamed !== r.size / 10 || r.worker.inSync.actions !== 0);
  for (const r of failures) {
    out.push(`WARNING ${r.size}: in-sync actions ${r.worker.inSync.actions}, apply failed ${r.worker.apply.failed}, skipped ${r.worker.apply.skipped}, renamed ${r.renamed}; ${r.worker.apply.firstFailure ?? ''}`);
  }
  return out.join('\n') + '\n';
}

export interface Machine {
  date: string;
  cpus: number;
  cpu: string;
  node: string;
  load: number[];
}

function machine(): Machine {
  let cpu = os.cpus()[0]?.model.trim() ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux: os.cpus() it is
  }
  return { date: new Date().toISOString(), cpus: os.availableParallelism(), cpu, node: process.version, load: os.loadavg() };
}

async function main(): Promise<void> {
  if (process.argv.includes('--paced')) return (await import('./paced.js')).pacedMain(process.argv.slice(2));
  const o = parseArgs(process.argv.slice(2));
  if (o.report) {
    const saved = JSON.parse(readFileSync(o.report, 'utf8')) as { machine: Machine; options: Options; results: SizeResult[] };
    process.stdout.write(report(saved.results, saved.options, saved.machine));
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ringform-bench-'));
  const before = machine();
  const results: SizeResult[] = [];
  let sandbox = { actions: 0, seconds: 0 };
  let csv = { rows: 0, seconds: 0, summary: '' };
  try {
    for (const size of o.sizes) {
      progress(`${size} users: seeding the emulator`);
      results.push(await runSize(size, o, dir));
    }
    progress('sandbox apply: 10,000 users, 1,000 actions');
    mkdirSync(path.join(dir, 'sandbox'));
    sandbox = sandboxApplyRun(10000, path.join(dir, 'sandbox'), ['node_modules/.bin/tsx', 'src/cli/main.ts'].map((f) => path.join(path.dirname(fileURLToPath(import.meta.url)), '..', f)));
    progress('import --from-csv: 10,000 rows');
    mkdirSync(path.join(dir, 'csv'));
    csv = csvImportRun(10000, path.join(dir, 'csv'), ['node_modules/.bin/tsx', 'src/cli/main.ts'].map((f) => path.join(path.dirname(fileURLToPath(import.meta.url)), '..', f)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // What a user runs: plan and validate through bin/ringform.js (bench/cli.ts).
  const cli = cliReport(await cliBench({ ...CLI_DEFAULTS, sizes: o.sizes, rate: o.rate, latencyMs: o.latencyMs, largeFrom: o.largeFrom, largeRate: o.largeReadRate }, progress));
  // Start-up and memory through bin/ringform.js (bench/startup.ts, bench/memory.ts): plan at the largest size.
  progress('start-up: validate of a 10-line file vs node -e 0');
  const startup = startupRun();
  const largest = Math.max(...o.sizes);
  progress(`memory: ringform plan at ${largest} users, NetSapiens and sandbox`);
  // At the vendor's default pace (10/s) a 50k plan reads for ~90 minutes: from --large-from users the CLI gets
  // `--rate <large read rate>`, as the reads above do; only the pace changes, not what is held (bench/memory.ts).
  const memoryRate = largest >= o.largeFrom ? { rate: o.largeReadRate } : {};
  const memory: MemoryResult[] = [await netsapiensMemoryRun(largest, memoryRate), await sandboxMemoryRun(largest)];
  const m = { ...before, load: os.loadavg() };
  const sandboxLine =
    `\nSandbox apply through the CLI: ${sandbox.actions} actions at 10,000 users in ${sandbox.seconds.toFixed(2)} s (target < 5 s: ${sandbox.seconds < 5 ? 'met' : 'missed'}).\n` +
    `import --from-csv through the CLI: ${csv.rows.toLocaleString('en')} rows merged in ${csv.seconds.toFixed(2)} s (${csv.summary}).\n` +
    startupReport(startup) +
    memoryReport(memory) +
    `\n${cli}`;
  if (o.json) {
    process.stdout.write(JSON.stringify({ machine: m, options: o, results, sandboxApply: sandbox, csvImport: csv, startup, memory }, null, 2) + '\n');
    process.stderr.write(report(results, o, m) + sandboxLine);
  } else process.stdout.write(report(results, o, m) + sandboxLine);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
