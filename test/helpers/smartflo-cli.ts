/**
 * What the Smartflo CLI tests share: a strict Smartflo emulator and a scratch folder per test, closed after it
 * (`afterEach(closeOpened)`), the credentials' environment, the org.yaml head that points at the emulator, and
 * `ringform` run as a child process (test/reliability/cli.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startSmartfloEmulator, type SmartfloEmulator } from '../../src/emulators/smartflo/index.js';
import { ringform } from '../reliability/cli.js';

const opened: Array<() => Promise<void>> = [];

/** Closes what smartfloScratch opened; give it to afterEach. */
export async function closeOpened(): Promise<void> {
  for (const close of opened.splice(0)) await close();
}

export interface SmartfloScratch {
  emu: SmartfloEmulator;
  dir: string;
  /** `dir/org.yaml`. */
  file: string;
  env: Record<string, string>;
}

export async function smartfloScratch(prefix: string): Promise<SmartfloScratch> {
  const emu = await startSmartfloEmulator({ port: 0, strict: true });
  opened.push(() => emu.close());
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  opened.push(() => rm(dir, { recursive: true, force: true }));
  return { emu, dir, file: path.join(dir, 'org.yaml'), env: { SF_LOGIN: emu.admin.loginId, SF_PW: emu.admin.password } };
}

/** `ringform ARGS` as a child process: its exit code and output. */
export async function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  const child = ringform(args, env);
  const { code } = await child.exited;
  return { code, out: child.stdout(), err: child.stderr() };
}

/** The org.yaml head up to `provider.vendor.smartflo` (with the account's caller id); `vendorLines` go under it. */
export const smartfloHead = (url: string, vendorLines = '') => `version: 1
provider:
  type: smartflo
  endpoint: ${url}
  credentials: { usernameEnv: SF_LOGIN, passwordEnv: SF_PW }
  vendor:
    smartflo:
      caller_id: "+912240001000"
${vendorLines}`;
