/**
 * The published entry point: `bin/ringform.js` runs the bundled CLI (dist/, built by `npm ci` through the
 * `prepare` script, scripts/build.mjs). Run here as a user runs it, as a child process, so a broken bin or
 * build is noticed.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { RINGFORM_VERSION } from '../../src/version.js';

const run = promisify(execFile);
const BIN = path.join(PACKAGE_ROOT, 'bin', 'ringform.js');

describe('bin/ringform.js', () => {
  it('is built (npm ci runs the build); otherwise run `npm run build`', () => {
    expect(existsSync(path.join(PACKAGE_ROOT, 'dist', 'ringform.js'))).toBe(true);
  });

  it('prints its version and validates the example org through the compiled CLI', async () => {
    const version = await run(process.execPath, [BIN, '--version']);
    expect(version.stdout.trim()).toBe(RINGFORM_VERSION);
    const validate = await run(process.execPath, [BIN, '--no-color', 'validate', 'examples/org.yaml'], { cwd: PACKAGE_ROOT });
    expect(validate.stdout + validate.stderr).toMatch(/valid/);
  });

  it('exits 1 with one line for a file that is not there', async () => {
    const failed = await run(process.execPath, [BIN, 'plan', 'no-such-org.yaml'], { cwd: PACKAGE_ROOT }).catch((e: { code: number; stderr: string }) => e);
    expect('code' in failed && failed.code).toBe(1);
    expect((failed as { stderr: string }).stderr).toMatch(/not found/);
  });
});
