/** `ringform emulate smartflo --port N [--seed FILE] [--faults SPEC] [--corrupt SPEC]` as a plain async function. */
import { RingformError } from '../../errors.js';
import { parseCorruptionSpec } from '../corruptions.js';
import { parseFaultSpec } from '../faults.js';
import { readSmartfloSeed } from './fixtures.js';
import { startSmartfloEmulator } from './index.js';

export interface EmulateSmartfloOptions {
  port: number;
  seedFile?: string;
  faults?: string;
  corrupt?: string | undefined;
  /** `--rate-limit`: requests per second over which the emulator answers 429 with Retry-After. */
  rateLimit?: number | undefined;
  host?: string;
  /** A fixed API token to accept (default: a generated one). */
  token?: string;
  /** Only documented endpoints: no GET /v1/roles. */
  evidenceOnly?: boolean;
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
    ...(opts.corrupt ? { corrupt: parseCorruptionSpec(opts.corrupt) } : {}),
    ...(opts.rateLimit !== undefined ? { rateLimit: opts.rateLimit } : {}),
    ...(opts.token ? { apiTokens: [opts.token] } : {}),
    ...(opts.evidenceOnly ? { evidenceOnly: true } : {}),
  });
  io.stdout.write(`Smartflo emulator listening on ${emulator.url}${opts.evidenceOnly ? ' (evidence only: no GET /v1/roles)' : ''}\n`);
  io.stdout.write(`Login id: ${emulator.admin.loginId}\n`);
  io.stdout.write(`Password: ${emulator.admin.password}\n`);
  io.stdout.write(`API token (Bearer): ${emulator.apiToken}\n`);
  return { close: () => emulator.close() };
}
