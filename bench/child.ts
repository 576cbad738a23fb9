/**
 * Runs ringform as a user runs it after `npm ci` (`node bin/ringform.js …`, the bundled CLI) and measures
 * that child process alone: CPU time (user + system, from the kernel's rusage of the child, as bash's
 * `time` reports it with millisecond resolution) and peak RSS (`/usr/bin/time -f %M` when present; else
 * the child's VmHWM, the kernel's own high-water mark, sampled every 20 ms).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(REPO, 'bin', 'ringform.js');

export interface ChildRun {
  exitCode: number;
  cpuMs: number;
  wallMs: number;
  stdout: string;
  stderr: string;
}

/** CPU time of `node ARGS` (ms), through bash's `time` (getrusage of the waited-for child, ms resolution). */
export function cpuOf(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): ChildRun {
  const quoted = [process.execPath, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const script = `TIMEFORMAT='%3U %3S %3R'; { time ${quoted} >"$RF_OUT" 2>"$RF_ERR"; } 2>"$RF_TIME"; echo $? >"$RF_CODE"`;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ringform-cpu-'));
  const files = { RF_OUT: path.join(tmp, 'out'), RF_ERR: path.join(tmp, 'err'), RF_TIME: path.join(tmp, 'time'), RF_CODE: path.join(tmp, 'code') };
  try {
    const r = spawnSync('bash', ['-c', script], { cwd: options.cwd, env: { ...(options.env ?? process.env), ...files }, stdio: 'ignore' });
    if (r.error) throw r.error;
    const [user, sys, real] = readFileSync(files.RF_TIME, 'utf8').trim().split(/\s+/).map(Number) as [number, number, number];
    return {
      exitCode: Number(readFileSync(files.RF_CODE, 'utf8').trim()),
      cpuMs: (user + sys) * 1000,
      wallMs: real * 1000,
      stdout: readFileSync(files.RF_OUT, 'utf8'),
      stderr: readFileSync(files.RF_ERR, 'utf8'),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export interface RssRun {
  exitCode: number;
  peakRssBytes: number;
  wallMs: number;
  stdout: string;
  stderr: string;
}

const TIME = '/usr/bin/time';

/** Peak RSS of `node ARGS` (bytes). Asynchronous, so an emulator in this process keeps serving. */
export function peakRssOf(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RssRun> {
  const viaTime = existsSync(TIME);
  const argv = viaTime ? [TIME, '-f', 'RINGFORM_BENCH_MAXRSS_KB=%M', process.execPath, ...args] : [process.execPath, ...args];
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  let hwm = 0;
  const sampler = viaTime
    ? undefined
    : setInterval(() => {
        try {
          const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
          if (kb) hwm = Math.max(hwm, Number(kb) * 1024);
        } catch {
          // exited between samples
        }
      }, 20);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (sampler) clearInterval(sampler);
      const marker = /RINGFORM_BENCH_MAXRSS_KB=(\d+)\n?/.exec(stderr);
      if (marker) stderr = stderr.replace(marker[0], '');
      const peakRssBytes = marker ? Number(marker[1]) * 1024 : hwm;
      resolve({ exitCode: code ?? 1, peakRssBytes, wallMs: performance.now() - started, stdout, stderr });
    });
  });
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
