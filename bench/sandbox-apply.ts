/**
 * Sandbox apply of ~1,000 actions at 10k users, through the CLI as a user runs it:
 *   tsx bench/sandbox-apply.ts [DIR] [--users 10000] [--setup-only]
 * Seeds the sandbox in sync with a synthetic org, writes an org.yaml with every tenth user renamed, and times
 * `ringform apply --auto-approve` as a child process.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { toWritten } from '../src/import/written.js';
import { changed, liveOf, syntheticOrg } from './synthetic.js';

/** Writes DIR/state.json (in sync with a synthetic org of `users`) and DIR/org.yaml (every tenth user renamed). */
export function writeSandboxBench(users: number, dir: string): void {
  const provider = { type: 'sandbox' as const, endpoint: 'state.json', vendor: {}, baseDir: dir } as never;
  const org = syntheticOrg(users, provider);
  const live = liveOf(org);
  const state = { format: 'ringform-sandbox', version: 1, nextId: 1, ...live };
  writeFileSync(path.join(dir, 'state.json'), JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
  const c = toWritten(liveOf(changed(org)));
  const doc: Record<string, unknown> = {
    version: 1,
    provider: { type: 'sandbox', endpoint: 'state.json' },
    settings: { timezone: c.timezone, prune: org.settings.prune },
  };
  for (const key of ['roles', 'schedules', 'extensions', 'users', 'departments'] as const) if (c[key].length > 0) doc[key] = c[key];
  writeFileSync(path.join(dir, 'org.yaml'), stringify(doc, { lineWidth: 0 }));
}

export function sandboxApplyRun(users: number, dir: string, cli: string[]): { actions: number; seconds: number } {
  writeSandboxBench(users, dir);
  const started = process.hrtime.bigint();
  const out = execFileSync(cli[0]!, [...cli.slice(1), 'apply', path.join(dir, 'org.yaml'), '--auto-approve', '--json'], { cwd: dir, maxBuffer: 1 << 28 }).toString();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const actions = out.split('\n').filter((l) => l.includes('"action-succeeded"')).length;
  return { actions, seconds };
}

if (process.argv[1]?.endsWith('sandbox-apply.ts')) {
  const args = process.argv.slice(2);
  const users = args.includes('--users') ? Number(args[args.indexOf('--users') + 1]) : 10000;
  const dir = args[0] && !args[0].startsWith('--') ? args[0] : mkdtempSync(path.join(tmpdir(), 'rf-sbx-'));
  const root = process.env.RINGFORM_ROOT ?? process.cwd();
  if (args.includes('--setup-only')) {
    writeSandboxBench(users, dir);
    console.log(dir);
    process.exit(0);
  }
  const r = sandboxApplyRun(users, dir, [path.join(root, 'node_modules/.bin/tsx'), path.join(root, 'src/cli/main.ts')]);
  console.log(JSON.stringify({ users, ...r }));
}
