/** `ringform emulate smartflo --port N [--seed FILE] [--faults SPEC]` as a plain async function. */
import { RingformError } from '../../errors.js';
import { parseFaultSpec } from '../faults.js';
import { readSmartfloSeed } from './fixtures.js';
import { startSmartfloEmulator } from './index.js';

export interface EmulateSmartfloOptions {
  port: number;
  seedFile?: string;
  faults?: string;
  host?: string;
  /** A fixed API token to accept (default: a generated one). */
  token?: string;
}

/**
 * Prints the URL and the emulator's own admin login (test credentials of this local emulator, not a
 * vendor secret) and an API token.
 */
export async function emulateSmartflo(opts: EmulateSmartfloOptions, io: { stdout: { write(s: string): void } }): Promise<{ close(): Promise<void> }> {
  if (opts.host !== undefined && opts.host !== '127.0.0.1') throw new RingformError(`the emulator binds 127.0.0.1 only (got --host ${opts.host})`);
  const emulator = await startSmartfloEmulator({
    port: opts.port,
    ...(opts.seedFile ? { fixtures: readSmartfloSeed(opts.seedFile) } : {}),
    ...(opts.faults ? { faults: parseFaultSpec(opts.faults) } : {}),
    ...(opts.token ? { apiTokens: [opts.token] } : {}),
  });
  io.stdout.write(`Smartflo emulator listening on ${emulator.url}\n`);
  io.stdout.write(`Login id: ${emulator.admin.loginId}\n`);
  io.stdout.write(`Password: ${emulator.admin.password}\n`);
  io.stdout.write(`API token (Bearer): ${emulator.apiToken}\n`);
  return { close: () => emulator.close() };
}
