/**
 * The written org.yaml must be valid: it is loaded through the same pipeline as `ringform validate`
 * before it is written anywhere. A failure here is a bug in import, and says so.
 */
import path from 'node:path';
import { loadOrgTextOrThrow } from '../config/load.js';
import type { Org } from '../model/org.js';
import { RingformError } from '../errors.js';

/** Loads `text` as an org.yaml named `name` (in the current folder, for relative paths); nothing is written. */
export async function loadText(text: string, name = 'org.yaml'): Promise<Org> {
  return loadOrgTextOrThrow(path.resolve(path.basename(name)), text, name);
}

export async function verifyImported(text: string): Promise<void> {
  try {
    await loadText(text, 'imported.yaml');
  } catch (err) {
    if (!(err instanceof RingformError)) throw err;
    throw new RingformError(`import wrote an org.yaml that does not validate; this is a bug in ringform.\n${err.message}`);
  }
}
