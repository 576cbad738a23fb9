import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * The package root: src/ and dist/ both sit one level below it, and this file sits directly in src/; in the
 * bundle (scripts/build.mjs) its code sits in a chunk directly in dist/.
 */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function packagePath(relative: string): string {
  return path.join(PACKAGE_ROOT, relative);
}
