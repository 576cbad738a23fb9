/** Writes inline YAML to a fresh temporary folder, for loader tests. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export async function writeTmp(name: string, content: string | Uint8Array): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ringform-config-'));
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

/** Drops the indentation common to all lines, so YAML can be written indented inside a test. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
