/**
 * Reading an emulator's `--seed` file: a missing file, an unreadable one, or text that is not JSON is a
 * SeedError (a user mistake: one line, no stack trace), as is a seed whose content the emulator refuses.
 * The seed format of each vendor is in the README ("Trying ringform without an account") and
 * examples/emulate/<vendor>-seed.json.
 */
import { readFileSync } from 'node:fs';
import { RingformError } from '../errors.js';

export class SeedError extends RingformError {
  override name = 'SeedError';
}

export function readSeedJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new SeedError(`seed file ${file} not found`);
    throw new SeedError(`cannot read the seed file ${file} (${code ?? 'unknown error'})`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new SeedError(`seed file ${file} is not valid JSON: ${(err as Error).message}`);
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Runs `load` (which applies a seed's objects), turning the emulator's refusal of one into a SeedError. */
export function loadingSeed<T>(what: string, load: () => T): T {
  try {
    return load();
  } catch (err) {
    if (err instanceof SeedError) throw err;
    throw new SeedError(`seed ${what}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
