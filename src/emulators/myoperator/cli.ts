/** `ringform emulate myoperator --port N [--seed FILE] [--faults SPEC]` as a plain async function. */
import { RingformError } from '../../errors.js';
import { parseCorruptionSpec } from '../corruptions.js';
import { parseFaultSpec } from '../faults.js';
import { readMyoperatorSeed, startMyoperatorEmulator } from './index.js';

export interface EmulateMyoperatorOptions {
  port: number;
  seedFile?: string;
  faults?: string;
  corrupt?: string | undefined;
  /** `--rate-limit`: requests per second over which the emulator answers 429 with Retry-After. */
  rateLimit?: number | undefined;
  host?: string;
  /** A fixed token to accept (default: a generated one). */
  token?: string;
  /** Only what public client code shows: no extension or country_code in the list, no user in the create answer. */
  evidenceOnly?: boolean;
}

export async function emulateMyoperator(
  opts: EmulateMyoperatorOptions,
  io: { stdout: { write(s: string): void } },
): Promise<{ close(): Promise<void> }> {
  if (opts.host !== undefined && opts.host !== '127.0.0.1') {
    throw new RingformError(`the emulator binds 127.0.0.1 only (got --host ${opts.host})`);
  }
  const emulator = await startMyoperatorEmulator({
    port: opts.port,
    ...(opts.seedFile ? { seed: readMyoperatorSeed(opts.seedFile) } : {}),
    ...(opts.faults ? { faults: parseFaultSpec(opts.faults) } : {}),
    ...(opts.corrupt ? { corrupt: parseCorruptionSpec(opts.corrupt) } : {}),
    ...(opts.rateLimit !== undefined ? { rateLimit: opts.rateLimit } : {}),
    ...(opts.token ? { tokens: [opts.token] } : {}),
    ...(opts.evidenceOnly ? { evidenceOnly: true } : {}),
  });
  io.stdout.write(`MyOperator emulator listening on ${emulator.url}${opts.evidenceOnly ? ' (evidence only: the list and answers carry only what public code shows)' : ''}\n`);
  io.stdout.write(`Token (query or body parameter "token"): ${emulator.token}\n`);
  io.stdout.write('Endpoints: GET, POST and PUT /user only.\n');
  return { close: () => emulator.close() };
}
