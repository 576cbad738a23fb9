/** Running ringform as a real process, and writing an Org as org.yaml, for the reliability tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Org } from '../../src/model/org.js';

export const REPO = path.resolve(import.meta.dirname, '../..');
const MAIN = path.join(REPO, 'src/cli/main.ts');

export interface Child {
  process: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves once stdout contains `text` (or the process ends). */
  waitFor(text: string | RegExp): Promise<boolean>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `node --import tsx src/cli/main.ts ARGS` from the repository root, with only the given env (plus PATH). */
export function ringform(args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: REPO,
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters: Array<() => void> = [];
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString('utf8');
    waiters.forEach((w) => w());
  });
  child.stderr!.on('data', (d: Buffer) => void (err += d.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  let done = false;
  void exited.then(() => {
    done = true;
    waiters.forEach((w) => w());
  });
  return {
    process: child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor: (text) =>
      new Promise<boolean>((resolve) => {
        const check = () => {
          const found = typeof text === 'string' ? out.includes(text) : text.test(out);
          if (found || done) resolve(found);
          return found || done;
        };
        if (!check()) waiters.push(() => void check());
      }),
  };
}

const q = (s: string) => JSON.stringify(s);

/** The org.yaml of an Org built by the reliability adapters (the fields they use). */
export function orgYaml(org: Org, providerYaml: string): string {
  const lines = ['version: 1', providerYaml.trimEnd(), 'settings:', '  prune:'];
  for (const [k, v] of Object.entries(org.settings.prune)) lines.push(`    ${k}: ${v}`);
  lines.push('  guards:', `    maxDeletePercent: ${org.settings.guards.maxDeletePercent}`);
  if (org.settings.guards.maxDeletes !== null) lines.push(`    maxDeletes: ${org.settings.guards.maxDeletes}`);
  if (org.settings.guards.protectedUsers.length > 0) lines.push(`    protectedUsers: [${org.settings.guards.protectedUsers.map(q).join(', ')}]`);
  if (org.schedules.length > 0) {
    lines.push('schedules:');
    for (const s of org.schedules) {
      lines.push(`  - name: ${q(s.name)}`, `    timezone: ${s.timezone}`, '    weekly:');
      for (const [day, slots] of Object.entries(s.weekly)) if (slots.length > 0) lines.push(`      ${day}: [${slots.map(q).join(', ')}]`);
    }
  }
  lines.push('users:');
  for (const u of org.users) {
    lines.push(`  - email: ${u.email}`, `    name: ${q(u.name)}`, `    role: ${u.role}`, `    panelAccess: ${u.panelAccess}`, `    receiveCalls: ${q(u.receiveCalls)}`);
    if (u.extension !== null) lines.push(`    extension: ${q(u.extension)}`);
    if (u.phone !== null) lines.push(`    phone: ${q(u.phone)}`);
  }
  if (org.departments.length > 0) {
    lines.push('departments:');
    for (const d of org.departments) {
      lines.push(`  - name: ${q(d.name)}`, `    routing: ${d.routing}`, `    ringTimeout: ${d.ringTimeout}`);
      if (d.extension !== null) lines.push(`    extension: ${q(d.extension)}`);
      lines.push(`    members: [${[...d.members].sort((a, b) => a.priority - b.priority).map((m) => m.user).join(', ')}]`);
    }
  }
  return lines.join('\n') + '\n';
}

export async function writeOrg(dir: string, org: Org, providerYaml: string, name = 'org.yaml'): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, orgYaml(org, providerYaml));
  return file;
}
