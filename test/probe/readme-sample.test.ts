/**
 * The README's sample probe report is this run's output: `ringform probe` against the Smartflo emulator in
 * evidence-only mode, after the conformance org was applied. When the report changes, this test fails and
 * prints the new text to paste between the README's probe-sample markers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryIO } from '../../src/shell/io.js';
import { probe } from '../../src/cli/commands/probe.js';
import { EXIT } from '../../src/errors.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { createSmartfloProvider } from '../../src/providers/smartflo/index.js';
import { converge } from '../conformance/converge.js';
import { loginEnv, smartfloConfig, smartfloHarness, startStrict } from '../conformance/smartflo.harness.js';
import { tmpDir } from '../helpers/tmp.js';
import { writeFile } from 'node:fs/promises';

const closers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const SAMPLE = /<!-- BEGIN probe-sample[^\n]*\n```text\n([\s\S]*?)```\n<!-- END probe-sample -->/;

describe('README: the sample probe report', () => {
  it('is what ringform probe prints against the Smartflo emulator in evidence-only mode (exit 2)', async () => {
    const emu = await startStrict({ evidenceOnly: true });
    closers.push(() => emu.close());
    const { env, credentials } = loginEnv(emu);
    const base = smartfloConfig(emu.url, credentials);
    const config = { ...base, vendor: { ...base.vendor, roleIds: { agent: 2, supervisor: 3, admin: 1 } } };
    const provider = createSmartfloProvider(config, { env });
    closers.push(async () => provider.close?.());
    await converge(provider, smartfloHarness.org(config));

    const dir = await tmpDir();
    const yaml = [
      'version: 1',
      'provider:',
      '  type: smartflo',
      `  endpoint: ${emu.url}`,
      '  credentials:',
      `    usernameEnv: ${credentials.usernameEnv}`,
      `    passwordEnv: ${credentials.passwordEnv}`,
      '',
    ].join('\n');
    await writeFile(path.join(dir, 'org.yaml'), yaml);
    const io = memoryIO({ cwd: dir, env });
    expect(await probe({ file: 'org.yaml', format: 'text', verbose: false }, io)).toBe(EXIT.changes);
    const printed = io.out().replace(/\(ringform [^)]+\)/, '(ringform VERSION)');

    const readme = readFileSync(path.join(PACKAGE_ROOT, 'README.md'), 'utf8');
    const shown = SAMPLE.exec(readme)?.[1];
    expect(shown, `README.md needs, between its probe-sample markers:\n${printed}`).toBe(printed);
  }, 60_000);
});
