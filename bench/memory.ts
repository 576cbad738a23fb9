/**
 * Memory (issue 18 item 2): peak RSS of `ringform plan` of an in-sync org, through the CLI as a child
 * process with default settings (`node bin/ringform.js plan org.yaml`), on NetSapiens (the emulator runs in
 * this process, so the child's RSS is ringform's alone) and on the sandbox. Target: ≤ 250 MB at 50k users.
 *
 *   tsx bench/memory.ts [--users 50000] [--vendors netsapiens,sandbox] [--rate N] [--cli path/to/bin/ringform.js] [--json]
 *
 * `--rate N` passes `--rate N` to `ringform plan` (NetSapiens only; the sandbox makes no requests): at the
 * vendor's default pace (10/s) a 50k plan reads for about 90 minutes. Only the pace changes: the requests
 * in flight stay the default 4, so what is held is the same; a faster read gives V8 less idle time to
 * collect in, so the peak is if anything higher than at the default pace (docs/BENCHMARKS.md, Memory).
 * `--cli` measures another build ("before": a `git archive` of another commit, built).
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { startNetsapiensEmulator } from '../src/emulators/netsapiens/index.js';
import { toWritten } from '../src/import/written.js';
import type { Org } from '../src/model/org.js';
import { BIN, peakRssOf } from './child.js';
import { BENCH_DOMAIN, BENCH_TOKEN_ENV, benchConfig, netsapiensOrg, netsapiensSeed } from './netsapiens.js';
import { liveOf, syntheticOrg } from './synthetic.js';

export const MEMORY_TARGET_BYTES = 250 * 2 ** 20;

export interface MemoryResult {
  vendor: 'netsapiens' | 'sandbox';
  users: number;
  yamlBytes: number;
  peakRssBytes: number;
  wallMs: number;
  exitCode: number;
  /** The last line of the plan ("No changes." when in sync). */
  summary: string;
  /** `--rate` given to the CLI; absent: its default pace. */
  rate?: number;
}

export interface MemoryOptions {
  /** The entry point to run; default this checkout's bin/ringform.js. */
  cli?: string;
  /** Passed to `ringform plan --rate` (NetSapiens). */
  rate?: number;
}

function writeOrg(org: Org, provider: Record<string, unknown>, file: string): number {
  const c = toWritten(liveOf(org));
  const doc: Record<string, unknown> = { version: 1, provider, settings: { timezone: c.timezone, prune: org.settings.prune } };
  for (const key of ['roles', 'schedules', 'extensions', 'users', 'departments'] as const) if (c[key].length > 0) doc[key] = c[key];
  const text = stringify(doc, { lineWidth: 0 });
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

async function planRun(vendor: MemoryResult['vendor'], users: number, dir: string, env: NodeJS.ProcessEnv, yamlBytes: number, o: MemoryOptions): Promise<MemoryResult> {
  const rate = vendor === 'netsapiens' && o.rate !== undefined ? ['--rate', String(o.rate)] : [];
  const r = await peakRssOf([o.cli ?? BIN, '--no-color', ...rate, 'plan', 'org.yaml', '--detailed-exitcode'], { cwd: dir, env });
  const summary = r.stdout.split('\n').find((l) => /^(No changes|Plan:)/.test(l)) ?? '(no summary line)';
  if (r.exitCode !== 0) throw new Error(`${vendor} ${users}: ringform plan exited ${r.exitCode} (0 = in sync expected): ${r.stderr.slice(0, 2000)}`);
  return { vendor, users, yamlBytes, peakRssBytes: r.peakRssBytes, wallMs: r.wallMs, exitCode: r.exitCode, summary, ...(rate.length > 0 ? { rate: o.rate } : {}) };
}

export async function netsapiensMemoryRun(users: number, o: MemoryOptions = {}): Promise<MemoryResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ringform-mem-ns-'));
  const org = netsapiensOrg(users, benchConfig('http://127.0.0.1/ns-api/v2'));
  const emu = await startNetsapiensEmulator({ domain: BENCH_DOMAIN, seed: netsapiensSeed(org) });
  try {
    for (const u of emu.state.requireDomain(BENCH_DOMAIN).users.values()) u['account-status'] = 'standard'; // invites accepted
    const provider = { type: 'netsapiens', endpoint: emu.url, domain: BENCH_DOMAIN, credentials: { tokenEnv: BENCH_TOKEN_ENV } };
    const yamlBytes = writeOrg(org, provider, path.join(dir, 'org.yaml'));
    return await planRun('netsapiens', users, dir, { ...process.env, [BENCH_TOKEN_ENV]: emu.token }, yamlBytes, o);
  } finally {
    await emu.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function sandboxMemoryRun(users: number, o: MemoryOptions = {}): Promise<MemoryResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ringform-mem-sbx-'));
  try {
    const org = syntheticOrg(users, { type: 'sandbox', endpoint: 'state.json', vendor: {}, baseDir: dir } as never);
    const state = { format: 'ringform-sandbox', version: 1, nextId: 1, ...liveOf(org) };
    writeFileSync(path.join(dir, 'state.json'), JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
    const yamlBytes = writeOrg(org, { type: 'sandbox', endpoint: 'state.json' }, path.join(dir, 'org.yaml'));
    statSync(path.join(dir, 'org.yaml'));
    return await planRun('sandbox', users, dir, process.env, yamlBytes, o);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

export function memoryReport(results: MemoryResult[]): string {
  return (
    results
      .map(
        (r) =>
          `Memory: ringform plan${r.rate !== undefined ? ` --rate ${r.rate}` : ''}, ${r.vendor}, ${r.users.toLocaleString('en')} users (org.yaml ${(r.yamlBytes / 2 ** 20).toFixed(1)} MB): ` +
          `peak RSS ${mb(r.peakRssBytes)} MB in ${(r.wallMs / 1000).toFixed(1)} s (target ≤ ${mb(MEMORY_TARGET_BYTES)} MB: ` +
          `${r.peakRssBytes <= MEMORY_TARGET_BYTES ? 'met' : 'missed'}); ${r.summary}`,
      )
      .join('\n') + '\n'
  );
}

if (process.argv[1]?.endsWith('memory.ts')) {
  const args = process.argv.slice(2);
  const users = args.includes('--users') ? Number(args[args.indexOf('--users') + 1]) : 50000;
  const vendors = args.includes('--vendors') ? args[args.indexOf('--vendors') + 1]!.split(',') : ['netsapiens', 'sandbox'];
  const o: MemoryOptions = {
    ...(args.includes('--cli') ? { cli: path.resolve(args[args.indexOf('--cli') + 1]!) } : {}),
    ...(args.includes('--rate') ? { rate: Number(args[args.indexOf('--rate') + 1]) } : {}),
  };
  const results: MemoryResult[] = [];
  for (const v of vendors) results.push(v === 'sandbox' ? await sandboxMemoryRun(users, o) : await netsapiensMemoryRun(users, o));
  process.stdout.write(args.includes('--json') ? JSON.stringify(results) + '\n' : memoryReport(results));
}
