/**
 * Colour (issue 12, item 7), through the real CLI: `--no-color` also covers the diagnostics and errors on
 * stderr; NO_COLOR set to an empty string does not turn colour off (no-color.org: only a non-empty value
 * does); FORCE_COLOR stands in for a terminal, as before.
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { colorFor } from '../../src/shell/io.js';
import { REPO } from '../reliability/cli.js';
import { tmpDir } from '../helpers/tmp.js';

const ESC = '\u001b[';

/** ringform ARGS with exactly `env` (plus PATH): no NO_COLOR unless given. */
function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'src/cli/main.ts'), ...args], {
    cwd: REPO,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => void (out += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => void (err += d.toString('utf8')));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err })));
}

async function invalidOrg(): Promise<string> {
  const file = path.join(await tmpDir(), 'org.yaml');
  await writeFile(file, 'version: 1\nprovider:\n  type: sandbox\n  endpoint: state.json\nusers:\n  - email: not-an-email\n    name: A\n');
  return file;
}

describe('colour', () => {
  it('--no-color keeps the diagnostics on stderr plain too (FORCE_COLOR=1 would colour them)', async () => {
    const file = await invalidOrg();
    const coloured = await run(['plan', file], { FORCE_COLOR: '1' });
    expect(coloured.err).toContain(ESC);
    const plain = await run(['--no-color', 'plan', file], { FORCE_COLOR: '1' });
    expect(plain.code).toBe(1);
    expect(plain.err).toContain('RF');
    expect(plain.err).not.toContain(ESC);
    const after = await run(['plan', file, '--no-color'], { FORCE_COLOR: '1' });
    expect(after.err).not.toContain(ESC);
  });

  it('an empty NO_COLOR does not disable colour; a non-empty one does', async () => {
    const file = await invalidOrg();
    expect((await run(['validate', file], { FORCE_COLOR: '1', NO_COLOR: '' })).out).toContain(ESC);
    expect((await run(['validate', file], { FORCE_COLOR: '1', NO_COLOR: '1' })).out).not.toContain(ESC);
  });

  it('colorFor: the rules in one table', () => {
    const tty = { write: () => undefined, isTTY: true };
    const pipe = { write: () => undefined, isTTY: false };
    expect(colorFor(tty, {})).toBe(true);
    expect(colorFor(tty, { NO_COLOR: '' })).toBe(true);
    expect(colorFor(tty, { NO_COLOR: '0' })).toBe(false);
    expect(colorFor(tty, {}, true)).toBe(false);
    expect(colorFor(pipe, {})).toBe(false);
    expect(colorFor(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorFor(pipe, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorFor(pipe, { FORCE_COLOR: '1', NO_COLOR: 'x' })).toBe(false);
  });
});
