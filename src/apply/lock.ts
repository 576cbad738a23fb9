/**
 * One apply at a time per vendor organisation: an exclusive lock file `<root>/<id>.lock`, where `id` is a
 * digest of the organisation's identity (org-identity.ts), so two checkouts of one organisation on one
 * machine exclude each other. The root is per user, not per folder (lockRoot). The file is created whole
 * and exclusively (a hard link of a written temporary file, see tryCreate) so two processes cannot both
 * win. A lock whose process is gone (same host, pid not running) is stale and taken over; a lock from
 * another host cannot be checked, so it is respected until `ringform force-unlock ID`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LockError, RingformError } from '../errors.js';

export interface LockInfo {
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  since: string;
  /** The login name of the holder (absent in locks written by ringform before 0.x). */
  user?: string;
  /** The holder's command line, e.g. `ringform apply plan.json --auto-approve`. */
  command?: string;
  /** The organisation's identity, for people reading the lock (never a secret). */
  org?: string;
}

export type ReleaseLock = () => Promise<void>;

export interface AcquireOptions {
  /** Wait up to this long for the holder to finish; 0 (the default) fails at once. */
  timeoutMs?: number;
  /** Called once when the lock is held by someone else and we start waiting. */
  onWait?: (id: string, holder: LockInfo) => void;
  /** What to record as the holder's command. */
  command?: string;
}

/**
 * Where locks live: `$RINGFORM_LOCK_DIR`, else `$XDG_STATE_HOME/ringform/locks`, else
 * `~/.local/state/ringform/locks`, else (no HOME, e.g. a bare container) `<tmpdir>/ringform-<uid>/locks`.
 * Per user and per machine on purpose: across machines the CI system's own mechanism (GitHub
 * `concurrency:`, GitLab `resource_group`) is the supported way, a shared folder is not.
 */
export function lockRoot(env: NodeJS.ProcessEnv): string {
  if (env.RINGFORM_LOCK_DIR) return path.resolve(env.RINGFORM_LOCK_DIR);
  if (env.XDG_STATE_HOME) return path.join(env.XDG_STATE_HOME, 'ringform', 'locks');
  if (env.HOME) return path.join(env.HOME, '.local', 'state', 'ringform', 'locks');
  const uid = typeof process.getuid === 'function' ? process.getuid() : os.userInfo().username;
  return path.join(os.tmpdir(), `ringform-${uid}`, 'locks');
}

/** The lock's ID, as `force-unlock` takes it: 16 hex digits of the key's SHA-256. */
export function lockId(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

export function lockPath(root: string, key: string): string {
  return idPath(root, lockId(key));
}

function idPath(root: string, id: string): string {
  return path.join(root, `${id}.lock`);
}

export async function acquireLock(root: string, key: string, opts: AcquireOptions = {}): Promise<ReleaseLock> {
  const file = lockPath(root, key);
  await mkdir(root, { recursive: true });
  const deadline = Date.now() + (opts.timeoutMs ?? 0);
  let delay = 50;
  let waiting = false;
  for (;;) {
    const mine: LockInfo = {
      pid: process.pid,
      host: os.hostname(),
      since: new Date().toISOString(),
      user: userName(),
      command: opts.command ?? commandLine(),
      org: key,
    };
    const outcome = await tryTake(file, mine);
    if (outcome === 'taken') return () => release(file, mine);
    if (Date.now() >= deadline) throw heldError(file, outcome === 'unreadable' ? null : outcome);
    if (!waiting && outcome !== 'unreadable') opts.onWait?.(lockId(key), outcome);
    waiting = true;
    await sleep(Math.min(delay, Math.max(1, deadline - Date.now())));
    delay = Math.min(delay * 2, 1000);
  }
}

/** One attempt: 'taken', or the live holder ('unreadable' when the file holds no lock record). */
async function tryTake(file: string, mine: LockInfo): Promise<'taken' | 'unreadable' | LockInfo> {
  if (await tryCreate(file, mine)) return 'taken';
  const holder = await readHolder(file);
  if (holder !== null && isHeld(holder)) return holder;
  if (holder === null && (await exists(file))) return 'unreadable';
  await unlink(file).catch(ignoreMissing);
  if (await tryCreate(file, mine)) return 'taken';
  return (await readHolder(file)) ?? 'unreadable';
}

/** The lock with this ID and its holder (null holder: not a lock record); null when there is no such lock. */
export async function readLock(root: string, id: string): Promise<{ file: string; holder: LockInfo | null } | null> {
  if (!/^[0-9a-f]{16}$/.test(id)) throw new RingformError(`${JSON.stringify(id)} is not a lock ID (16 hex digits, as the lock error shows)`);
  const file = idPath(root, id);
  if (!(await exists(file))) return null;
  return { file, holder: await readHolder(file) };
}

/** Removes the lock file with this ID whoever holds it. */
export async function removeLock(root: string, id: string): Promise<void> {
  await unlink(idPath(root, id)).catch(ignoreMissing);
}

/**
 * Creates the lock file with its content in one step: the record is written to a private temporary file,
 * then hard-linked to the lock's name (which fails if it exists, like O_EXCL). An apply killed at any moment
 * (SIGKILL, power loss) so never leaves an empty or half-written lock file that would block every later
 * apply as "not readable"; at worst a stray temporary file. Where hard links are not supported, falls back
 * to an O_EXCL write.
 */
async function tryCreate(file: string, info: LockInfo): Promise<boolean> {
  const record = JSON.stringify(info) + '\n';
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, record, { flag: 'wx' });
    await link(temp, file);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') return createExclusive(file, record);
    throw err;
  } finally {
    await unlink(temp).catch(ignoreMissing);
  }
}

async function createExclusive(file: string, record: string): Promise<boolean> {
  try {
    await writeFile(file, record, { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/** The lock's holder; null when the file vanished or does not hold a lock record. */
async function readHolder(file: string): Promise<LockInfo | null> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<LockInfo>;
    if (typeof data.pid !== 'number' || typeof data.host !== 'string' || typeof data.since !== 'string') return null;
    return data as LockInfo;
  } catch {
    return null;
  }
}

export function isHeld(holder: LockInfo): boolean {
  return holder.host !== os.hostname() || processAlive(holder.pid);
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Deletes the lock only if it is still ours (a takeover by someone else is left alone). */
async function release(file: string, mine: LockInfo): Promise<void> {
  const holder = await readHolder(file);
  if (holder && (holder.pid !== mine.pid || holder.host !== mine.host || holder.since !== mine.since)) return;
  await unlink(file).catch(ignoreMissing);
}

/** `pid 123 (ana) on build-7 since 2026-…, running \`ringform apply …\`` */
export function describeHolder(holder: LockInfo): string {
  const who = holder.user ? ` (${holder.user})` : '';
  const running = holder.command ? `, running \`${holder.command}\`` : '';
  return `pid ${holder.pid}${who} on ${holder.host} since ${holder.since}${running}`;
}

function heldError(file: string, holder: LockInfo | null): LockError {
  const id = path.basename(file, '.lock');
  const recover = `if it is gone, run \`ringform force-unlock ${id}\``;
  if (holder === null) return new LockError(`the lock file ${file} is not readable as a lock; ${recover}`);
  return new LockError(`another apply holds the lock ${id}: ${describeHolder(holder)}; ${recover} (or wait with --lock-timeout)`);
}

function userName(): string | undefined {
  try {
    return os.userInfo().username;
  } catch {
    return undefined;
  }
}

function commandLine(): string {
  const args = process.argv.slice(2).map((a) => (/^[\w./:=@,+-]+$/.test(a) ? a : JSON.stringify(a)));
  return ['ringform', ...args].join(' ');
}

async function exists(file: string): Promise<boolean> {
  return readFile(file).then(
    () => true,
    () => false,
  );
}

function ignoreMissing(err: NodeJS.ErrnoException): void {
  if (err.code !== 'ENOENT') throw err;
}
