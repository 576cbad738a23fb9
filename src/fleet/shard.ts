/**
 * `--shard i/n`: shard i (0-based, so a Kubernetes Indexed Job passes $JOB_COMPLETION_INDEX as it is) of n
 * plans the files whose stable hash (32-bit FNV-1a of the relative path, `/` separators) is i mod n. A
 * file's shard depends on its own path only: adding or removing files never moves the others.
 */
import { RingformError } from '../errors.js';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index >= count) {
    throw new RingformError(`--shard takes INDEX/COUNT with 0 <= INDEX < COUNT (e.g. 0/4), not ${JSON.stringify(text)}`);
  }
  return { index, count };
}

/** 32-bit FNV-1a over the UTF-8 bytes. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function inShard(relativePath: string, shard: Shard): boolean {
  return stableHash(relativePath) % shard.count === shard.index;
}
