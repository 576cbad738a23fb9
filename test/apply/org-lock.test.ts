/**
 * Two checkouts of one organisation applied at once (the same NetSapiens domain on one emulator, org.yaml
 * in two folders): the lock is per organisation, not per folder, and is taken before live state is read.
 * Which apply made which request is told by each one's --verbose request log; the emulator's own log
 * must hold exactly the winner's requests.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockId } from '../../src/apply/lock.js';
import { orgLockKey } from '../../src/apply/org-lock.js';
import { apply, type ApplyCommandOptions } from '../../src/cli/commands/apply.js';
import { forceUnlock } from '../../src/cli/commands/force-unlock.js';
import { memoryIO } from '../../src/shell/io.js';
import { triage } from '../../src/cli/triage.js';
import { startNetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import { EXIT } from '../../src/errors.js';
import { tmpDir } from '../helpers/tmp.js';
import { rejection } from '../helpers/rejection.js';
import { RingformError } from '../../src/errors.js';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
  delete process.env['NS_API_KEY'];
});

const REQUEST = /^(GET|POST|PUT|PATCH|DELETE) \//;
const base: Omit<ApplyCommandOptions, 'file'> = { autoApprove: true, force: false, parallelism: 4, targets: [], resendInvites: false, noColor: true, verbose: true };

async function twoCheckouts() {
  const emu = await startNetsapiensEmulator({ port: 0, tokens: ['demo-key'], strict: true });
  stops.push(() => emu.close());
  process.env['NS_API_KEY'] = 'demo-key';
  const root = await tmpDir('ringform-checkouts-');
  const example = await readFile(path.join(import.meta.dirname, '../../examples/netsapiens/org.yaml'), 'utf8');
  const dirs = ['checkout-a', 'nested/checkout-b'].map((d) => path.join(root, d));
  for (const dir of dirs) {
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'org.yaml'), example.replace('http://127.0.0.1:18080/ns-api/v2', emu.url));
  }
  const env = { RINGFORM_LOCK_DIR: path.join(root, 'locks') };
  return { emu, dirs, env };
}

async function run(dir: string, env: NodeJS.ProcessEnv, extra: Partial<ApplyCommandOptions> = {}) {
  const io = memoryIO({ cwd: dir, env });
  const code = await apply({ file: 'org.yaml', ...base, ...extra }, io).catch((e: unknown) => triage(e, io));
  const requests = io.err().split('\n').filter((l) => REQUEST.test(l));
  return { code, out: io.out(), err: io.err(), requests, writes: requests.filter((l) => !l.startsWith('GET')) };
}

describe('the apply lock across checkouts of one organisation', () => {
  it('exactly one apply proceeds; the other exits 6 before reading live state (zero requests)', async () => {
    const { emu, dirs, env } = await twoCheckouts();
    const results = await Promise.all(dirs.map((dir) => run(dir, env)));
    const winner = results.find((r) => r.code === EXIT.ok)!;
    const loser = results.find((r) => r.code === EXIT.locked)!;
    expect(results.map((r) => r.code).sort()).toEqual([EXIT.ok, EXIT.locked]);
    expect(loser.requests).toEqual([]);
    expect(loser.out).toBe(''); // no plan shown either
    expect(loser.err).toMatch(/another apply holds the lock [0-9a-f]{16}: pid \d+ \(.+\) on .+ since .+, running `ringform.*`; if it is gone, run `ringform force-unlock [0-9a-f]{16}`/);
    // The emulator saw exactly the winner's requests, and no write failed (before: both exited 5 on 409s).
    expect(emu.log.requests()).toHaveLength(winner.requests.length);
    expect(winner.writes.length).toBeGreaterThan(10);
    expect(emu.log.requests().filter((r) => r.status === 409)).toEqual([]);
    expect(emu.log.violations()).toEqual([]);
  });

  it('with --lock-timeout the other waits, then plans against the new state: nothing left to do', async () => {
    const { emu, dirs, env } = await twoCheckouts();
    const results = await Promise.all(dirs.map((dir) => run(dir, env, { lockTimeoutMs: 120_000 })));
    expect(results.map((r) => r.code)).toEqual([EXIT.ok, EXIT.ok]);
    const [winner, waiter] = results[0]!.writes.length > 0 ? [results[0]!, results[1]!] : [results[1]!, results[0]!];
    expect(waiter.err).toMatch(/Waiting up to 120s for the lock [0-9a-f]{16}: pid \d+/);
    expect(waiter.writes).toEqual([]);
    expect(waiter.requests.length).toBeGreaterThan(0);
    expect(waiter.out).toContain('No changes.');
    expect(winner.out).toContain('0 failed');
    expect(emu.log.requests()).toHaveLength(winner.requests.length + waiter.requests.length);
  });

  it('the lock is keyed by the organisation, not the folder: the same for both checkouts, another for another domain', () => {
    const config = (baseDir: string, domain: string, endpoint = 'https://API.example.com/ns-api/v2/') =>
      ({ type: 'netsapiens', endpoint, domain, credentials: {} as never, vendor: {}, baseDir }) as const;
    expect(orgLockKey(config('/a', 'acme'))).toBe(orgLockKey(config('/b/c', 'acme', 'https://api.example.com/ns-api/v2')));
    expect(orgLockKey(config('/a', 'acme'))).toBe('netsapiens https://api.example.com/ns-api/v2 acme');
    expect(orgLockKey(config('/a', 'other'))).not.toBe(orgLockKey(config('/a', 'acme')));
    const sandbox = (baseDir: string, endpoint: string) => ({ ...config(baseDir, ''), type: 'sandbox', endpoint }) as const;
    expect(orgLockKey(sandbox('/x', '../state.json'))).toBe(orgLockKey(sandbox('/y', '/state.json')));
  });
});

describe('ringform force-unlock', () => {
  it('shows the holder, refuses while it runs on this machine unless --force, and says when there is no lock', async () => {
    const root = await tmpDir('ringform-locks-');
    const env = { RINGFORM_LOCK_DIR: root };
    const key = 'sandbox /tmp/x.json';
    const id = lockId(key);
    const { acquireLock } = await import('../../src/apply/lock.js');
    await acquireLock(root, key, { command: 'ringform apply org.yaml --auto-approve' });
    const io = memoryIO({ env });
    expect((await rejection(forceUnlock({ id, force: false }, io), RingformError)).message).toMatch(/is held by pid \d+ \(.+\) on .+ since .+, running `ringform apply org.yaml --auto-approve`; that process is still running on this machine/);
    expect(await forceUnlock({ id, force: true }, io)).toBe(EXIT.ok);
    expect(io.out()).toMatch(new RegExp(`^Removed the lock ${id} held by pid ${process.pid} .* for sandbox /tmp/x\\.json\\.\\n$`));
    expect((await rejection(forceUnlock({ id, force: false }, io), RingformError)).message).toMatch(`no lock ${id} in ${root}`);
    expect((await rejection(forceUnlock({ id: '../etc', force: false }, io), RingformError)).message).toMatch('is not a lock ID');
    // A lock left by a process on another host (a CI runner gone) cannot be checked: naming it removes it.
    await acquireLock(root, key);
    const file = path.join(root, `${id}.lock`);
    await writeFile(file, JSON.stringify({ pid: 1, host: 'runner-9', since: '2026-01-01T00:00:00.000Z', user: 'ci', command: 'ringform apply plan.json' }));
    const out = memoryIO({ env });
    expect(await forceUnlock({ id, force: false }, out)).toBe(EXIT.ok);
    expect(out.out()).toContain('held by pid 1 (ci) on runner-9 since 2026-01-01T00:00:00.000Z, running `ringform apply plan.json`');
  });
});
