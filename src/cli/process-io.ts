import { createInterface } from 'node:readline/promises';
import type { IO } from '../shell/io.js';

/** The real process: stdout, stderr, environment, and a terminal prompt when stdin is a TTY. */
export function processIO(): IO {
  return {
    stdout: { write: (t) => void process.stdout.write(t), isTTY: Boolean(process.stdout.isTTY) },
    stderr: {
      write: (t) => void process.stderr.write(t),
      isTTY: Boolean(process.stderr.isTTY),
      get columns() {
        return process.stderr.columns;
      },
    },
    env: process.env,
    cwd: process.cwd(),
    confirm: process.stdin.isTTY ? askYes : undefined,
  };
}

async function askYes(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(question);
    return answer.trim() === 'yes';
  } finally {
    rl.close();
  }
}
