import { spawnSync } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, lockId, lockPath, lockRoot } from '../../src/apply/lock.js';
import { EXIT, LockError } from '../../src/errors.js';
import { tmpDir } from '../helpers/tmp.js';
import { rejection } from '../helpers/rejection.js';
import { RingformError } from '../../src/errors.js';

/** The pid of a process that has already exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('acquireLock', () => {
  it('writes a lock file named after the key, with pid, host, user, time and command', async () => {
    const dir = await tmpDir();
    const release = await acquireLock(dir, 'sandbox:.ringform/sandbox.json');
    const file = lockPath(dir, 'sandbox:.ringform/sandbox.json');
    expect(path.dirname(file)).toBe(dir);
    expect(path.basename(file)).toMatch(/^[0-9a-f]{16}\.lock$/);
    const info = JSON.parse(await readFile(file, 'utf8'));
    expect(info).toMatchObject({ pid: process.pid, host: os.hostname(), user: os.userInfo().username, org: 'sandbox:.ringform/sandbox.json' });
    expect(info.command).toMatch(/^ringform\b/);
    expect(Date.parse(info.since)).not.toBeNaN();
    await release();
    expect(await readdir(path.dirname(file))).toEqual([]);
  });

  it('refuses a second apply while the first holds the lock, saying how to recover', async () => {
    const dir = await tmpDir();
    const release = await acquireLock(dir, 'k');
    const second = acquireLock(dir, 'k');
    await expect(second).rejects.toBeInstanceOf(LockError);
    expect((await rejection(acquireLock(dir, 'k'), RingformError)).message).toMatch(
      new RegExp(`another apply holds the lock ${lockId('k')}: pid ${process.pid} \\(.+\\) on ${os.hostname()} since .*; if it is gone, run \`ringform force-unlock ${lockId('k')}\``),
    );
    await second.catch((err: LockError) => expect(err.exitCode).toBe(EXIT.locked));
    const other = await acquireLock(dir, 'another org');
    await other();
    await release();
    const again = await acquireLock(dir, 'k');
    await again();
  });

  it('takes over a stale lock left by a process that is gone', async () => {
    const dir = await tmpDir();
    const file = lockPath(dir, 'k');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify({ pid: deadPid(), host: os.hostname(), since: '2020-01-01T00:00:00.000Z' }));
    const release = await acquireLock(dir, 'k');
    expect(JSON.parse(await readFile(file, 'utf8')).pid).toBe(process.pid);
    await release();
  });

  it('respects a lock held on another host, and an unreadable lock file', async () => {
    const dir = await tmpDir();
    const file = lockPath(dir, 'k');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify({ pid: deadPid(), host: 'elsewhere', since: '2020-01-01T00:00:00.000Z' }));
    expect((await rejection(acquireLock(dir, 'k'), RingformError)).message).toMatch(/pid \d+ on elsewhere/);
    await writeFile(file, 'garbage');
    expect((await rejection(acquireLock(dir, 'k'), RingformError)).message).toMatch(`the lock file ${file} is not readable as a lock; if it is gone, run \`ringform force-unlock ${lockId('k')}\``);
  });

  it('release leaves a lock that someone else took over', async () => {
    const dir = await tmpDir();
    const release = await acquireLock(dir, 'k');
    const theirs = JSON.stringify({ pid: process.pid, host: os.hostname(), since: 'later' });
    await writeFile(lockPath(dir, 'k'), theirs);
    await release();
    expect(await readFile(lockPath(dir, 'k'), 'utf8')).toBe(theirs);
  });

  it('waits with a timeout: takes the lock once the holder releases it, and still fails when it does not', async () => {
    const dir = await tmpDir();
    const release = await acquireLock(dir, 'k');
    const waits: string[] = [];
    const waiting = acquireLock(dir, 'k', { timeoutMs: 60_000, onWait: (id) => waits.push(id) });
    await new Promise((r) => setTimeout(r, 120));
    await release();
    const mine = await waiting;
    expect(waits).toEqual([lockId('k')]);
    await expect(acquireLock(dir, 'k', { timeoutMs: 150 })).rejects.toBeInstanceOf(LockError);
    await mine();
  });
});

describe('lockRoot', () => {
  it('is per user, not per folder: RINGFORM_LOCK_DIR, XDG_STATE_HOME, HOME, then the temporary folder', () => {
    expect(lockRoot({ RINGFORM_LOCK_DIR: '/x/locks', XDG_STATE_HOME: '/s', HOME: '/h' })).toBe('/x/locks');
    expect(lockRoot({ XDG_STATE_HOME: '/s', HOME: '/h' })).toBe('/s/ringform/locks');
    expect(lockRoot({ HOME: '/h' })).toBe('/h/.local/state/ringform/locks');
    expect(lockRoot({})).toBe(path.join(os.tmpdir(), `ringform-${process.getuid!()}`, 'locks'));
  });
});
