/** Temporary folders for tests that touch the file system; each is removed after its test. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/** A fresh empty folder, deleted when the current test finishes. Call it inside a test. */
export async function tmpDir(prefix = 'ringform-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}
