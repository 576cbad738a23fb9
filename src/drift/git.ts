/** org.yaml as it was in git: `git show REF:./FILE` and the file's recent commits, run in its folder. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { RingformError } from '../errors.js';

const run = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (err) {
    const detail = ((err as { stderr?: string }).stderr ?? (err as Error).message).trim();
    throw new RingformError(`git ${args.join(' ')} failed: ${detail}`, undefined, { cause: err });
  }
}

/** The text of `file` at `ref` (a branch, tag, commit, `HEAD~1`, …). */
export function showAt(file: string, ref: string): Promise<string> {
  if (ref.startsWith('-')) throw new RingformError(`not a git ref: ${ref}`);
  return git(path.dirname(file), ['show', `${ref}:./${path.basename(file)}`]);
}

/** The commits that touched `file`, newest first (at most `max`). */
export async function commitsOf(file: string, max: number): Promise<string[]> {
  const out = await git(path.dirname(file), ['log', `-n${max}`, '--format=%H', '--', path.basename(file)]);
  return out.split('\n').filter((l) => /^[0-9a-f]{40}$/.test(l));
}
