/**
 * `import --out FILE` over an existing file (issue 12, item 9), through the real CLI: without --force it prints
 * the unified diff of what would change and writes nothing (exit 1); --force overwrites; a file that already
 * holds exactly the import is left alone (exit 0).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { ringform } from '../reliability/cli.js';
import { tmpDir } from '../helpers/tmp.js';

async function importTo(dir: string, ...extra: string[]) {
  const child = ringform(['import', '--provider', 'sandbox', '--endpoint', path.join(dir, 'state.json'), '--out', path.join(dir, 'org.yaml'), ...extra], {});
  const { code } = await child.exited;
  return { code, out: child.stdout(), err: child.stderr() };
}

describe('import --out over an existing org.yaml', () => {
  it('shows the unified diff and writes nothing without --force; --force overwrites; the same text is left alone', async () => {
    const dir = await tmpDir();
    await writeFile(path.join(dir, 'state.json'), await readFile(path.join(PACKAGE_ROOT, 'examples/sandbox-seed.json')));
    const file = path.join(dir, 'org.yaml');
    expect((await importTo(dir)).code).toBe(0);
    const imported = await readFile(file, 'utf8');
    expect(imported).toContain('        name: Republic Day\n');

    const edited = imported.replace('        name: Republic Day\n', '        name: Republic Day (hand edit)\n');
    await writeFile(file, edited);
    const refused = await importTo(dir);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(`--- ${file} (on disk)\n+++ ${file} (imported)\n@@ `);
    expect(refused.out).toContain('\n-        name: Republic Day (hand edit)\n+        name: Republic Day\n');
    expect(refused.err).toContain('nothing written. Pass --force to overwrite it.');
    expect(await readFile(file, 'utf8')).toBe(edited);

    const forced = await importTo(dir, '--force');
    expect(forced.code).toBe(0);
    expect(forced.out).toBe('');
    expect(await readFile(file, 'utf8')).toBe(imported);

    const again = await importTo(dir);
    expect(again.code).toBe(0);
    expect(again.err).toContain('already holds exactly this import; nothing written.');
    expect(await readFile(file, 'utf8')).toBe(imported);
  });
});
