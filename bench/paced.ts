/**
 * Paced by default (issue 15, item 5): a vendor that limits to 10 requests/s, and `ringform plan` then
 * `ringform apply --auto-approve` of a 200-user org run as a user runs them (the CLI as a child process, no
 * --rate, no provider.limits). Target: both succeed with at most a handful of 429s, each in at most
 * 1.15 × requests / rate, where the rate is the one in force: the lower of the vendor's limit and ringform's
 * default pace for that vendor (Smartflo's default, 3/s, is below the emulator's 10/s: that run is paced
 * by ringform, and judged at 3/s).
 *
 *   npm run bench -- --paced [--users 200] [--vendors netsapiens,smartflo] [--cli DIR] [--built] [--json]
 *   tsx bench/paced.ts [--users 200] [--vendors netsapiens,smartflo] [--cli DIR] [--built] [--json]
 *
 * --cli DIR runs the CLI of another checkout (DIR/src/cli/main.ts), e.g. an export of main, for "before".
 * --built builds that checkout first and runs `node bin/ringform.js`, which starts in a fraction of tsx's time.
 *
 * NetSapiens: the emulator is seeded in sync with the synthetic 200-user org (bench/netsapiens.ts) and
 * org.yaml renames every tenth user (20 updates). Smartflo: the emulator starts empty and org.yaml holds 200
 * users (each with a mobile number, as Smartflo requires) in 10 departments of 20, so apply creates them.
 * Requests and 429s are counted from the emulator's request log. The target is judged on the time spent
 * talking to the vendor (first request to last, plus one interval); the child's wall clock, CLI start-up
 * included, is shown too. A last `plan --detailed-exitcode` checks that the apply converged (not timed).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { startNetsapiensEmulator } from '../src/emulators/netsapiens/index.js';
import { startSmartfloEmulator } from '../src/emulators/smartflo/index.js';
import type { RequestLog } from '../src/emulators/request-log.js';
import { toWritten } from '../src/import/written.js';
import { PACE as NETSAPIENS_PACE } from '../src/providers/netsapiens/pace.js';
import { PACE as SMARTFLO_PACE } from '../src/providers/smartflo/pace.js';
import { BENCH_DOMAIN, BENCH_TOKEN_ENV, benchConfig, netsapiensOrg, netsapiensSeed } from './netsapiens.js';
import { changed, liveOf } from './synthetic.js';

export type PacedVendor = 'netsapiens' | 'smartflo';
export const PACED_VENDORS: readonly PacedVendor[] = ['netsapiens', 'smartflo'];
/** The vendor's limit in the scenario, requests per second (the figure). */
export const VENDOR_LIMIT = 10;
/** The target: wall time at most this many times requests / rate in force. */
export const TARGET_RATIO = 1.15;

export interface PacedOptions {
  users: number;
  vendors: PacedVendor[];
  /** Folder of the checkout whose CLI runs (its src/cli/main.ts); default this one. */
  cliRoot: string;
  /** Build that checkout first (`npm run build`) and run `node bin/ringform.js`, as an installed ringform starts. */
  built: boolean;
}

export interface PacedStep {
  command: string;
  exitCode: number | null;
  seconds: number;
  requests: number;
  throttled: number;
  /** requests / rate in force, seconds. */
  floorSeconds: number;
  /**
   * From the step's first request to its last, plus one interval at the rate in force (N requests at rate r
   * take N / r): the time spent talking to the vendor, without the CLI's start-up (which a loaded machine
   * stretches to seconds).
   */
  talkSeconds: number;
  stderrTail: string;
}

export interface PacedRun {
  vendor: PacedVendor;
  users: number;
  vendorLimit: number;
  /** ringform's default pace for the vendor in this checkout (null when the CLI is another checkout's). */
  defaultPace: number | null;
  rateInForce: number;
  steps: PacedStep[];
  /** `plan --detailed-exitcode` after the apply: 0 = converged. */
  convergedExitCode: number | null;
  check: string;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The command line that starts ringform: tsx on the sources, or node on the build (`--built`). */
function cliCommand(o: Pick<PacedOptions, 'cliRoot' | 'built'>): [string, string[]] {
  if (o.built) return [process.execPath, [path.join(o.cliRoot, 'bin', 'ringform.js')]];
  return [path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(o.cliRoot, 'src', 'cli', 'main.ts')]];
}

function runCli(o: Pick<PacedOptions, 'cliRoot' | 'built'>, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ exitCode: number | null; seconds: number; stderr: string }> {
  const [command, prefix] = cliCommand(o);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...prefix, ...args], { cwd, env: { ...process.env, ...env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ exitCode: code, seconds: (performance.now() - started) / 1000, stderr }));
  });
}

/** When each request reached the emulator (ms, performance.now()), in log order: bench instrumentation of the log. */
function arrivals(log: RequestLog): number[] {
  const times: number[] = [];
  const record = log.record.bind(log);
  log.record = (entry) => {
    times.push(performance.now());
    return record(entry);
  };
  return times;
}

/** Runs one command and counts the emulator requests it made. */
async function step(o: PacedOptions, log: RequestLog, times: number[], args: string[], env: NodeJS.ProcessEnv, dir: string, rate: number): Promise<PacedStep> {
  const before = log.requests().length;
  const r = await runCli(o, args, env, dir);
  const made = log.requests().slice(before);
  const span = made.length === 0 ? 0 : (times[times.length - 1]! - times[before]!) / 1000;
  return {
    command: `ringform ${args.map((a) => (a.startsWith('/') ? path.basename(a) : a)).join(' ')}`,
    exitCode: r.exitCode,
    seconds: r.seconds,
    requests: made.length,
    throttled: made.filter((q) => q.status === 429).length,
    floorSeconds: made.length / rate,
    talkSeconds: made.length === 0 ? 0 : span + 1 / rate,
    stderrTail: r.stderr.split('\n').filter(Boolean).slice(-3).join(' | '),
  };
}

function writeYaml(file: string, doc: unknown): void {
  writeFileSync(file, stringify(doc, { lineWidth: 0 }));
}

async function netsapiensRun(o: PacedOptions, dir: string, defaultPace: number | null): Promise<PacedRun> {
  const org = netsapiensOrg(o.users, benchConfig('http://127.0.0.1/ns-api/v2'));
  const emu = await startNetsapiensEmulator({ domain: BENCH_DOMAIN, seed: netsapiensSeed(org), rateLimit: VENDOR_LIMIT });
  for (const u of emu.state.requireDomain(BENCH_DOMAIN).users.values()) u['account-status'] = 'standard'; // invites accepted
  const times = arrivals(emu.log);
  try {
    const c = toWritten(liveOf(changed(org)));
    const file = path.join(dir, 'netsapiens.yaml');
    const doc: Record<string, unknown> = {
      version: 1,
      provider: { type: 'netsapiens', endpoint: emu.url, domain: BENCH_DOMAIN, credentials: { tokenEnv: BENCH_TOKEN_ENV } },
      settings: { timezone: c.timezone, prune: org.settings.prune },
    };
    for (const key of ['roles', 'schedules', 'extensions', 'users', 'departments'] as const) if (c[key].length > 0) doc[key] = c[key];
    writeYaml(file, doc);
    const env = { [BENCH_TOKEN_ENV]: emu.token };
    const rate = Math.min(VENDOR_LIMIT, defaultPace ?? Infinity);
    const plan = await step(o, emu.log, times, ['plan', file], env, dir, rate);
    const apply = await step(o, emu.log, times, ['apply', file, '--auto-approve'], env, dir, rate);
    const renamed = [...emu.state.requireDomain(BENCH_DOMAIN).users.values()].filter((u) => String(u['name-last-name']).endsWith('Renamed')).length;
    const converged = await runCli(o, ['plan', file, '--detailed-exitcode'], env, dir);
    return { vendor: 'netsapiens', users: o.users, vendorLimit: VENDOR_LIMIT, defaultPace, rateInForce: rate, steps: [plan, apply], convergedExitCode: converged.exitCode, check: `${renamed}/${o.users / 10} users renamed` };
  } finally {
    await emu.close();
  }
}

/** 200 users with mobile numbers (Smartflo requires one), no extension numbers (Smartflo assigns them), 10 departments. */
function smartfloDoc(users: number, endpoint: string, env: { usernameEnv: string; passwordEnv: string }): Record<string, unknown> {
  const people = Array.from({ length: users }, (_, i) => ({
    name: `User ${i} Bench`,
    email: `user${i}@bench.example`,
    phone: `+9198${String(10_000_000 + i).padStart(8, '0')}`,
  }));
  const departments = Array.from({ length: Math.ceil(users / 20) }, (_, d) => ({
    name: `Dept ${d + 1}`,
    routing: 'round-robin',
    members: people.slice(d * 20, d * 20 + 20).map((p) => p.email),
  }));
  return {
    version: 1,
    provider: { type: 'smartflo', endpoint, credentials: env, vendor: { smartflo: { caller_id: ['+912240001000'] } } },
    settings: { timezone: 'Asia/Kolkata' },
    users: people,
    departments,
  };
}

async function smartfloRun(o: PacedOptions, dir: string, defaultPace: number | null): Promise<PacedRun> {
  const emu = await startSmartfloEmulator({ rateLimit: VENDOR_LIMIT });
  const times = arrivals(emu.log);
  try {
    const names = { usernameEnv: 'RINGFORM_BENCH_SF_LOGIN', passwordEnv: 'RINGFORM_BENCH_SF_PASSWORD' };
    const file = path.join(dir, 'smartflo.yaml');
    writeYaml(file, smartfloDoc(o.users, emu.url, names));
    const env = { [names.usernameEnv]: emu.admin.loginId, [names.passwordEnv]: emu.admin.password };
    const rate = Math.min(VENDOR_LIMIT, defaultPace ?? Infinity);
    const plan = await step(o, emu.log, times, ['plan', file], env, dir, rate);
    const apply = await step(o, emu.log, times, ['apply', file, '--auto-approve'], env, dir, rate);
    const converged = await runCli(o, ['plan', file, '--detailed-exitcode'], env, dir);
    return {
      vendor: 'smartflo', users: o.users, vendorLimit: VENDOR_LIMIT, defaultPace, rateInForce: rate, steps: [plan, apply], convergedExitCode: converged.exitCode,
      check: `${emu.state.users.size} users, ${emu.state.departments.size} departments in the emulator`,
    };
  } finally {
    await emu.close();
  }
}

export async function pacedScenario(o: PacedOptions, progress: (text: string) => void = () => undefined): Promise<PacedRun[]> {
  if (o.built) {
    progress(`paced: building ${o.cliRoot} (npm run build)`);
    execFileSync('npm', ['run', 'build'], { cwd: o.cliRoot, stdio: 'ignore' });
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ringform-paced-'));
  const ours = path.resolve(o.cliRoot) === ROOT;
  const runs: PacedRun[] = [];
  try {
    for (const vendor of o.vendors) {
      progress(`paced: ${vendor}, ${o.users} users, vendor limit ${VENDOR_LIMIT}/s`);
      if (vendor === 'netsapiens') runs.push(await netsapiensRun(o, dir, ours ? NETSAPIENS_PACE.rate : null));
      else runs.push(await smartfloRun(o, dir, ours ? SMARTFLO_PACE.rate : null));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return runs;
}

const f = (n: number, digits = 1) => n.toFixed(digits);

export function pacedReport(runs: PacedRun[]): string {
  const out = [`Paced by default: vendor limit ${VENDOR_LIMIT} requests/s (emulator token bucket), CLI as a child process with default settings; target ≤ ${TARGET_RATIO} × requests / rate in force, a handful of 429s at most.`];
  out.push(`${os.availableParallelism()} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at the end.`);
  out.push('Judged on the time spent talking to the vendor (first request to last, plus one interval); wall time adds the CLI start-up.');
  out.push('| vendor | command | exit | requests | 429s | rate in force | floor s | talking s | talking / floor | target | wall s |');
  out.push('|:--|:--|--:|--:|--:|--:|--:|--:|--:|:--|--:|');
  for (const r of runs) {
    for (const s of r.steps) {
      const ratio = s.talkSeconds / s.floorSeconds;
      const met = s.exitCode === 0 && s.throttled <= 5 && ratio <= TARGET_RATIO;
      out.push(
        `| ${r.vendor} | \`${s.command}\` | ${s.exitCode} | ${s.requests} | ${s.throttled} | ${f(r.rateInForce, 2)}/s | ${f(s.floorSeconds)} | ${f(s.talkSeconds)} | ${f(ratio, 2)} | ${met ? 'met' : 'missed'} | ${f(s.seconds)} |`,
      );
    }
  }
  for (const r of runs) {
    const pace = r.defaultPace === null ? 'the CLI of another checkout' : `ringform's default pace ${r.defaultPace}/s`;
    out.push(`${r.vendor}: ${pace}; after apply: ${r.check}; plan --detailed-exitcode after apply exited ${r.convergedExitCode} (0 = converged).`);
    for (const s of r.steps) if (s.exitCode !== 0) out.push(`  ${s.command} failed: ${s.stderrTail}`);
  }
  return out.join('\n') + '\n';
}

function parseArgs(argv: string[]): PacedOptions & { json: boolean } {
  const o = { users: 200, vendors: [...PACED_VENDORS], cliRoot: ROOT, built: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? '';
    if (arg === '--users') o.users = Number(value());
    else if (arg === '--vendors') o.vendors = value().split(',') as PacedVendor[];
    else if (arg === '--cli') o.cliRoot = path.resolve(value());
    else if (arg === '--json') o.json = true;
    else if (arg === '--built') o.built = true;
    else throw new Error(`unknown option ${arg}: tsx bench/paced.ts [--users 200] [--vendors netsapiens,smartflo] [--cli DIR] [--built] [--json]`);
  }
  if (!Number.isInteger(o.users) || o.users < 20 || o.users % 20 !== 0) throw new Error('--users takes a multiple of 20');
  if (o.vendors.some((v) => !PACED_VENDORS.includes(v))) throw new Error(`--vendors takes ${PACED_VENDORS.join(', ')}`);
  return o;
}

/** `npm run bench -- --paced [options]` (bench/run.ts) and `tsx bench/paced.ts [options]`: runs and prints the report. */
export async function pacedMain(argv: string[]): Promise<void> {
  const o = parseArgs(argv.filter((a) => a !== '--paced'));
  const runs = await pacedScenario(o, (t) => process.stderr.write(`${t}\n`));
  process.stdout.write(o.json ? JSON.stringify(runs, null, 2) + '\n' : pacedReport(runs));
}

if (process.argv[1]?.endsWith('paced.ts')) {
  pacedMain(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
