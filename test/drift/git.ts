/** A git repository in a test folder, for --since-ref and --since-plan. */
import { execFileSync } from 'node:child_process';

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=Test', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
}

export function initRepo(dir: string): void {
  git(dir, 'init', '-q', '-b', 'main');
}
