import os from 'node:os';
import { describeHolder, lockRoot, processAlive, readLock, removeLock } from '../../apply/lock.js';
import { EXIT, LockError, RingformError, type ExitCode } from '../../errors.js';
import type { IO } from '../../shell/io.js';

export interface ForceUnlockOptions {
  id: string;
  /** Remove the lock even though its holder is a running process on this machine. */
  force: boolean;
}

/**
 * `ringform force-unlock ID`: removes an apply lock left behind (a crashed CI runner, a killed process on
 * another host), after showing who held it. A holder on another machine cannot be checked: naming its ID
 * is the decision. Refuses (exit 6) when the holder is still running on this machine, unless --force:
 * removing a live apply's lock lets a second apply run beside it.
 */
export async function forceUnlock(opts: ForceUnlockOptions, io: IO): Promise<ExitCode> {
  const root = lockRoot(io.env);
  const lock = await readLock(root, opts.id);
  if (lock === null) throw new RingformError(`no lock ${opts.id} in ${root}; nothing to remove`);
  const who = lock.holder ? describeHolder(lock.holder) : 'an unreadable lock record';
  if (lock.holder && lock.holder.host === os.hostname() && processAlive(lock.holder.pid) && !opts.force) {
    throw new LockError(`the lock ${opts.id} is held by ${who}; that process is still running on this machine. Stop it first, or remove the lock anyway with --force.`);
  }
  await removeLock(root, opts.id);
  io.stdout.write(`Removed the lock ${opts.id} held by ${who}${lock.holder?.org ? ` for ${lock.holder.org}` : ''}.\n`);
  return EXIT.ok;
}
