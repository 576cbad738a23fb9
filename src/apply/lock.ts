/**
 * One apply at a time per org: an exclusive lock file under `<dir>/.ringform/locks/`, created whole and
 * exclusively (a hard link of a written temporary file, see tryCreate) so two processes cannot both win. A lock whose process is gone (same host, pid not
 * running) is stale and taken over; a lock from another host cannot be checked, so it is respected.
 */
import { createHash, randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LockError } from '../errors.js';

export interface LockInfo {
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  since: string;
}

export type ReleaseLock = () => Promise<void>;

export function lockPath(dir: string, key: string): string {
  const digest = createHash('sha256').update(key).digest('hex').slice(0, 16);
  return path.join(dir, '.ringform', 'locks', `${digest}.lock`);
}

export async function acquireLock(dir: string, key: string): Promise<ReleaseLock> {
  const file = lockPath(dir, key);
  await mkdir(path.dirname(file), { recursive: true });
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  if (!(await tryCreate(file, mine))) {
    const holder = await readHolder(file);
    if (holder !== null && isHeld(holder)) throw heldError(file, holder);
    if (holder === null && (await exists(file))) throw unreadableError(file);
    await unlink(file).catch(ignoreMissing);
    if (!(await tryCreate(file, mine))) throw heldError(file, (await readHolder(file)) ?? mine);
  }
  return () => release(file, mine);
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

function isHeld(holder: LockInfo): boolean {
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

function heldError(file: string, holder: LockInfo): LockError {
  const where = holder.host === os.hostname() ? `pid ${holder.pid}` : `pid ${holder.pid} on ${holder.host}`;
  return new LockError(`another apply holds the lock since ${holder.since}, ${where}; if it is gone, delete ${file}`);
}

function unreadableError(file: string): LockError {
  return new LockError(`the lock file ${file} is not readable as a lock; if no apply is running, delete it`);
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
