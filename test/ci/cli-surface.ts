/**
 * The commands and flags src/cli/main.ts declares, read from its source (main.ts parses process.argv when
 * imported, so it cannot be loaded in a test), and the ringform invocations in a shell script.
 */
import { readFile } from 'node:fs/promises';
import { packagePath } from '../../src/paths.js';

export type CliSurface = Map<string, Set<string>>;

export async function cliSurface(): Promise<CliSurface> {
  const source = await readFile(packagePath('src/cli/main.ts'), 'utf8');
  const global = new Set(['--help', '--version', '--no-color', ...flagsIn(source.slice(0, source.indexOf('program\n  .command(')))]);
  const surface: CliSurface = new Map();
  for (const block of source.split(/\nprogram\n\s*\.command\(/).slice(1)) {
    const name = /^'([a-z-]+)'/.exec(block)![1]!;
    const usesFormat = /addOption\(format\(/.test(block);
    surface.set(name, new Set([...global, ...flagsIn(block), ...(usesFormat ? ['--format'] : [])]));
  }
  return surface;
}

function flagsIn(text: string): string[] {
  return [...text.matchAll(/(?:\.option|\.requiredOption|new Option)\('(--[a-z-]+)/g)].map((m) => m[1]!);
}

export interface Invocation {
  command: string;
  flags: string[];
  line: string;
}

/** `npx ringform plan org.yaml --out plan.json > plan.md` → {command: 'plan', flags: ['--out']}. */
export function invocations(script: string): Invocation[] {
  const found: Invocation[] = [];
  for (const m of script.matchAll(/\bringform ([a-z-]+)([^\n|;&>]*)/g)) {
    const flags = m[2]!.split(/\s+/).filter((t) => t.startsWith('--')).map((t) => t.split('=')[0]!);
    found.push({ command: m[1]!, flags, line: m[0] });
  }
  return found;
}
