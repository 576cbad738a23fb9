/**
 * The written org.yaml must be valid: it is loaded through the same pipeline as `ringform validate`
 * before it is written anywhere. A failure here is a bug in import, and says so.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isError, loadOrg } from '../config/load.js';
import type { Org } from '../model/org.js';
import { RingformError } from '../errors.js';

/** Loads `text` as an org.yaml named `name` in a private temporary folder; returns the normalised org. */
export async function loadText(text: string, name = 'org.yaml'): Promise<Org> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ringform-load-'));
  try {
    const file = path.join(dir, path.basename(name));
    await writeFile(file, text, { mode: 0o600 });
    const result = await loadOrg(file);
    if (result.ok) return result.org;
    const problems = result.diagnostics.filter(isError).map((d) => `  ${d.line}:${d.column} ${d.code} ${d.message}`);
    throw new RingformError(`${name} is invalid:\n${problems.join('\n')}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function verifyImported(text: string): Promise<void> {
  try {
    await loadText(text, 'imported.yaml');
  } catch (err) {
    if (!(err instanceof RingformError)) throw err;
    throw new RingformError(`import wrote an org.yaml that does not validate; this is a bug in ringform.\n${err.message}`);
  }
}
