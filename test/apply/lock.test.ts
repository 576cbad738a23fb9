import { spawnSync } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, lockPath } from '../../src/apply/lock.js';
import { EXIT, LockError } from '../../src/errors.js';
import { tmpDir } from '../helpers/tmp.js';

/** The pid of a process that has already exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('acquireLock', () => {
  it('writes a lock file named after the key, with pid, host and time', async () => {
    const dir = await tmpDir();
    const release = await acquireLock(dir, 'sandbox:.ringform/sandbox.json');
    const file = lockPath(dir, 'sandbox:.ringform/sandbox.json');
    expect(path.dirname(file)).toBe(path.join(dir, '.ringform', 'locks'));
    expect(path.basename(file)).toMatch(/^[0-9a-f]{16}\.lock$/);
    const info = JSON.parse(await readFile(file, 'utf8'));
    expect(info).toMatchObject({ pid: process.pid, host: os.hostname() });
    expect(Date.parse(info.since)).not.toBeNaN();
    await release();
    expect(await readdir(path.dirname(file))).toEqual([]);
  });

  it('refuses a second apply while the first holds the lock, saying how to recover', async () => {
    const dir = await tmpDir();
    const release = await acquireLock(dir, 'k');
    const second = acquireLock(dir, 'k');
    await expect(second).rejects.toBeInstanceOf(LockError);
    await expect(acquireLock(dir, 'k')).rejects.toThrow(
      new RegExp(`another apply holds the lock since .*, pid ${process.pid}; if it is gone, delete ${lockPath(dir, 'k').replace(/[.]/g, '\\.')}`),
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
    await expect(acquireLock(dir, 'k')).rejects.toThrow(/pid \d+ on elsewhere/);
    await writeFile(file, 'garbage');
    await expect(acquireLock(dir, 'k')).rejects.toThrow(`the lock file ${file} is not readable as a lock`);
  });

  it('release leaves a lock that someone else took over', async () => {
    const dir = await tmpDir();
    const release = await acquireLock(dir, 'k');
    const theirs = JSON.stringify({ pid: process.pid, host: os.hostname(), since: 'later' });
    await writeFile(lockPath(dir, 'k'), theirs);
    await release();
    expect(await readFile(lockPath(dir, 'k'), 'utf8')).toBe(theirs);
  });
});
