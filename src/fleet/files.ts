/**
 * The org files of a fleet folder: every *.yaml / *.yml under it (subfolders too, so a reseller can group
 * customers), sorted by relative path. Hidden entries (`.ringform/`, `.gitlab-ci.yml`) and node_modules
 * are skipped.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

const ORG_FILE = /\.ya?ml$/i;

/** Relative paths with `/` separators, sorted (by code point, the same on every machine). */
export async function listOrgFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(rel: string): Promise<void> {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile() && ORG_FILE.test(entry.name)) found.push(child);
    }
  }
  await walk('');
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
