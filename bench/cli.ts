/**
 * The bench through the CLI (docs/BENCHMARKS.md "Through the CLI"): what a user runs, `node bin/ringform.js`
 * (the published entry point, running the build in dist/), as a child process with default settings. Only the
 * emulator is rate limited. Each run is wrapped in /usr/bin/time, so its peak RSS and CPU are the child's own.
 *
 *   - plan of an in-sync NetSapiens org per size: peak RSS, read requests against the NetSapiens floor, writes;
 *   - plan of a partly managed 1,000-user domain (org.yaml manages 50 users), and the same with
 *     `settings.ignore` on the other 950 (prune.users on): read requests against the read-scope floor;
 *   - start-up: `validate` of a 10-line file against `node -e 0`, CPU (user + system), median of runs.
 *
 * `tsx bench/cli.ts [--cli path/to/bin/ringform.js] [--sizes 1000] [--rate 100]` runs these alone (a
 * `--cli` of another checkout measures "before"); bench/run.ts calls `cliBench` after its own sizes.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { startNetsapiensEmulator, type NetsapiensEmulator } from '../src/emulators/netsapiens/index.js';
import type { LoggedRequest } from '../src/emulators/request-log.js';
import type { Org } from '../src/model/org.js';
import { toWritten } from '../src/import/written.js';
import { PAGE_SIZE } from '../src/providers/netsapiens/client.js';
import { BENCH_DOMAIN, BENCH_TOKEN_ENV, benchConfig, netsapiensOrg, netsapiensSeed } from './netsapiens.js';
import { partlyManagedOrg } from './partial.js';
import { liveOf } from './synthetic.js';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface CliOptions {
  /** The entry point a user runs; default this checkout's bin/ringform.js (built first when stale). */
  cli: string;
  sizes: number[];
  /** The emulator's rate limit (requests/s); the CLI runs with its defaults. */
  rate: number;
  /** From this many users the emulator allows `largeRate` instead (as bench/run.ts does for its reads). */
  largeFrom?: number;
  largeRate?: number;
  latencyMs: number;
  /** Start-up runs per command (median). */
  startupRuns: number;
}

export interface Measured {
  exitCode: number;
  /** Peak resident set of the child, MB (/usr/bin/time %M). */
  peakRssMb: number;
  cpuS: number;
  wallS: number;
}

export interface CliPlanRun extends Measured {
  label: string;
  users: number;
  requests: number;
  throttled: number;
  writes: number;
  floor: number;
  floorText: string;
}

export interface StartupRun {
  validateCpuS: number;
  nodeCpuS: number;
  ratio: number;
}

/** `apply` of examples/netsapiens/org.yaml to an empty domain, then `plan` again: every request of the session. */
export interface SessionRun {
  requests: number;
  /** Requests answered 404: probes and deletes of objects the read had shown absent. */
  notFound: number;
  writes: number;
  /** Actions the second plan still finds (0: converged). */
  exitCode: number;
}

export interface CliResult {
  cli: string;
  plans: CliPlanRun[];
  startup: StartupRun;
  session: SessionRun;
}

/** Builds dist/ when any src/ file is newer than dist/cli/main.js (only for this checkout's own bin). */
export function ensureBuilt(cli: string): void {
  if (path.resolve(cli) !== path.join(ROOT, 'bin', 'ringform.js')) return;
  const built = path.join(ROOT, 'dist', 'cli', 'main.js');
  const newest = (dir: string): number =>
    Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs)));
  if (existsSync(built) && statSync(built).mtimeMs >= newest(path.join(ROOT, 'src'))) return;
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
}

/** Runs `node args` under /usr/bin/time; the parent's event loop keeps serving the emulator meanwhile. */
function measured(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Measured> {
  const stats = path.join(cwd, `time-${process.hrtime.bigint()}.txt`);
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%M %U %S %e', '-o', stats, process.execPath, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('exit', (code) => {
      const [rssKb, user, sys, wall] = readFileSync(stats, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
      rmSync(stats, { force: true });
      if (code === 1) return reject(new Error(`ringform ${args.slice(1).join(' ')} failed: ${stderr.trim()}`));
      resolve({ exitCode: code ?? -1, peakRssMb: rssKb! / 1024, cpuS: user! + sys!, wallS: wall! });
    });
  });
}

/** org.yaml as a user writes it: every field of the declared objects, the settings that matter here. */
function writeOrgYaml(org: Org, endpoint: string, file: string): void {
  const c = toWritten(liveOf(org));
  const settings: Record<string, unknown> = { timezone: c.timezone, prune: org.settings.prune };
  if (org.settings.ignore.length > 0) settings.ignore = org.settings.ignore.map((r) => ({ extension: r.extension }));
  const doc: Record<string, unknown> = {
    version: 1,
    provider: { type: 'netsapiens', endpoint, domain: BENCH_DOMAIN, credentials: { tokenEnv: BENCH_TOKEN_ENV } },
    settings,
  };
  for (const key of ['roles', 'schedules', 'extensions', 'users', 'departments'] as const) if (c[key].length > 0) doc[key] = c[key];
  writeFileSync(file, stringify(doc, { lineWidth: 0 }));
}

/**
 * The read-scope floor (issue 18 item 1): ceil(listed users / 1000) pages (a queue's system user is listed
 * too) + count + devices + timeframes + callqueues + one answer-rule list per managed user + the agents
 * reads for declared departments (0 when none is declared; 1 domain-wide list otherwise).
 */
export function scopeFloor(listedUsers: number, managedUsers: number, declaredDepartments: number): { floor: number; text: string } {
  const pages = Math.max(1, Math.ceil(listedUsers / PAGE_SIZE));
  const agents = declaredDepartments === 0 ? 0 : 1;
  return { floor: pages + 4 + managedUsers + agents, text: `${pages} pages + 4 + ${managedUsers} rule lists${agents ? ' + 1 agents' : ''}` };
}

async function planRun(o: CliOptions, dir: string, label: string, full: Org, desired: Org, emu: NetsapiensEmulator): Promise<CliPlanRun> {
  const file = path.join(dir, `${label.replace(/\W+/g, '-')}.yaml`);
  writeOrgYaml(desired, emu.url, file);
  emu.log.clear();
  const run = await measured([o.cli, 'plan', file, '--no-color'], dir, { ...process.env, [BENCH_TOKEN_ENV]: emu.token });
  const log: LoggedRequest[] = emu.log.requests();
  const { floor, text } = scopeFloor(full.users.length + full.departments.length, desired.users.length, desired.departments.length);
  return {
    ...run,
    label,
    users: full.users.length,
    requests: log.length,
    throttled: log.filter((r) => r.status === 429).length,
    writes: log.filter((r) => r.method !== 'GET').length,
    floor,
    floorText: text,
  };
}

async function withDomain<T>(o: CliOptions, users: number, work: (full: Org, emu: NetsapiensEmulator) => Promise<T>): Promise<T> {
  const full = netsapiensOrg(users, benchConfig('http://127.0.0.1/ns-api/v2'));
  const rate = o.largeRate !== undefined && users >= (o.largeFrom ?? Infinity) ? o.largeRate : o.rate;
  const emu = await startNetsapiensEmulator({ domain: BENCH_DOMAIN, seed: netsapiensSeed(full), latencyMs: o.latencyMs, rateLimit: rate });
  for (const u of emu.state.requireDomain(BENCH_DOMAIN).users.values()) u['account-status'] = 'standard';
  try {
    return await work(full, emu);
  } finally {
    await emu.close();
  }
}

async function exampleSession(o: CliOptions, dir: string): Promise<SessionRun> {
  const emu = await startNetsapiensEmulator({ tokens: ['demo-key'], latencyMs: o.latencyMs, rateLimit: o.rate });
  try {
    const file = path.join(dir, 'example.yaml');
    writeFileSync(file, readFileSync(path.join(ROOT, 'examples', 'netsapiens', 'org.yaml'), 'utf8').replace(/http:\/\/127\.0\.0\.1:\d+\/ns-api\/v2/, emu.url));
    const env = { ...process.env, NS_API_KEY: 'demo-key' };
    await measured([o.cli, 'apply', file, '--auto-approve', '--no-color'], dir, env);
    const again = await measured([o.cli, 'plan', file, '--detailed-exitcode', '--no-color'], dir, env);
    const log = emu.log.requests();
    return { requests: log.length, notFound: log.filter((r) => r.status === 404).length, writes: log.filter((r) => r.method !== 'GET').length, exitCode: again.exitCode };
  } finally {
    await emu.close();
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** `validate` of a 10-line org.yaml against `node -e 0`: CPU seconds (user + system), median of runs. */
async function startup(o: CliOptions, dir: string): Promise<StartupRun> {
  const file = path.join(dir, 'small.yaml');
  writeFileSync(
    file,
    ['version: 1', 'provider:', '  type: sandbox', 'settings:', '  timezone: Asia/Kolkata', 'users:', '  - email: a@example.com', '    name: Ann Example', '    extension: "101"', '    role: agent', ''].join('\n'),
  );
  const runs = async (args: string[]) => {
    const out: number[] = [];
    for (let i = 0; i < o.startupRuns; i++) out.push((await measured(args, dir, process.env)).cpuS);
    return median(out);
  };
  const validateCpuS = await runs([o.cli, 'validate', file]);
  const nodeCpuS = await runs(['-e', '0']);
  return { validateCpuS, nodeCpuS, ratio: validateCpuS / Math.max(nodeCpuS, 0.001) };
}

export async function cliBench(o: CliOptions, progress: (text: string) => void = () => undefined): Promise<CliResult> {
  ensureBuilt(o.cli);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ringform-cli-bench-'));
  const plans: CliPlanRun[] = [];
  try {
    for (const size of o.sizes) {
      progress(`CLI plan, ${size} users in sync`);
      plans.push(await withDomain(o, size, (full, emu) => planRun(o, dir, `in sync ${size}`, full, full, emu)));
    }
    progress('CLI plan, 1,000-user domain, org.yaml manages 50 users');
    await withDomain(o, 1000, async (full, emu) => {
      plans.push(await planRun(o, dir, 'manages 50 of 1,000', full, { ...partlyManagedOrg(full, 50), provider: full.provider }, emu));
      plans.push(await planRun(o, dir, 'manages 50, ignore 950', full, { ...partlyManagedOrg(full, 50, { ignoreRest: true }), provider: full.provider }, emu));
    });
    progress('CLI session: apply the NetSapiens example org, then plan');
    const session = await exampleSession(o, dir);
    progress('CLI start-up: validate of a 10-line file vs node -e 0');
    return { cli: o.cli, plans, startup: await startup(o, dir), session };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const verdict = (met: boolean) => (met ? '**met**' : '**missed**');
/** Requests the vendor answered: a 429 is the CLI's pacing (issue 15), not a read the scope asked for. */
const answered = (p: CliPlanRun) => p.requests - p.throttled;

/** The CLI tables, with each issue-18 target stated met or missed. */
export function cliReport(r: CliResult): string {
  const rows = r.plans.map((p) => {
    const ratio = answered(p) / p.floor;
    return `| ${p.label} | ${p.users.toLocaleString('en')} | ${p.requests} | ${p.throttled} | ${p.floor} (${p.floorText}) | ${ratio.toFixed(2)}× | ${p.writes} | ${p.peakRssMb.toFixed(0)} | ${p.wallS.toFixed(1)} |`;
  });
  const partial = r.plans.filter((p) => p.label.startsWith('manages'));
  const inSync = r.plans.filter((p) => p.label.startsWith('in sync'));
  const largest = inSync[inSync.length - 1];
  const targets = [
    ...partial.map((p) => `| read requests, ${p.label}, within 1.05× of the floor | ${answered(p)} answered (${p.throttled} 429s) vs ${p.floor}: ${(answered(p) / p.floor).toFixed(2)}× ${verdict(answered(p) <= 1.05 * p.floor)} |`),
    ...inSync.map((p) => `| in-sync plan sends zero writes (${p.users.toLocaleString('en')} users) | ${p.writes} ${verdict(p.writes === 0)} |`),
    ...(largest && largest.users >= 50000 ? [`| peak RSS of a 50k plan ≤ 250 MB | ${largest.peakRssMb.toFixed(0)} MB ${verdict(largest.peakRssMb <= 250)} |`] : []),
    `| validate of a 10-line file ≤ 2.5× \`node -e 0\` CPU | ${r.startup.validateCpuS.toFixed(2)} s vs ${r.startup.nodeCpuS.toFixed(2)} s: ${r.startup.ratio.toFixed(1)}× ${verdict(r.startup.ratio <= 2.5)} |`,
  ];
  const session = `Session: apply of examples/netsapiens/org.yaml to an empty domain, then plan: ${r.session.requests} requests (${r.session.writes} writes), ${r.session.notFound} answered 404; the second plan ${r.session.exitCode === 0 ? 'found nothing to do' : `exited ${r.session.exitCode}`}.`;
  return [
    `Through the CLI (${path.relative(process.cwd(), r.cli) || r.cli}, default settings; rate limit on the emulator only):`,
    '',
    session,
    '',
    '| run | users | read requests | of them 429 | floor | answered vs floor | writes | peak RSS MB | wall s |',
    '|:----|------:|--------------:|-----:|:------|---------:|-------:|------------:|-------:|',
    ...rows,
    '',
    '| target | result |',
    '|:-------|:-------|',
    ...targets,
    '',
  ].join('\n');
}

export const CLI_DEFAULTS: CliOptions = { cli: path.join(ROOT, 'bin', 'ringform.js'), sizes: [1000], rate: 100, latencyMs: 20, startupRuns: 5 };

function parse(argv: string[]): CliOptions {
  const o: CliOptions = { ...CLI_DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const v = () => argv[++i] ?? '';
    switch (argv[i]) {
      case '--cli': o.cli = path.resolve(v()); break;
      case '--sizes': o.sizes = v().split(',').map(Number); break;
      case '--rate': o.rate = Number(v()); break;
      case '--latency-ms': o.latencyMs = Number(v()); break;
      case '--startup-runs': o.startupRuns = Number(v()); break;
      default: throw new Error(`unknown option ${argv[i]}`);
    }
  }
  return o;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const o = parse(process.argv.slice(2));
  cliBench(o, (t) => process.stderr.write(`${t}\n`))
    .then((r) => process.stdout.write(cliReport(r) + (process.env.BENCH_JSON ? `\n${JSON.stringify(r, null, 2)}\n` : '')))
    .catch((err: unknown) => {
      process.stderr.write(`bench/cli: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    });
}
