/** `ringform emulate netsapiens --port N [--seed FILE] [--faults SPEC]` as a plain async function. */
import { RingformError } from '../../errors.js';
import { parseCorruptionSpec } from '../corruptions.js';
import { parseFaultSpec } from '../faults.js';
import { readSeedFile, startNetsapiensEmulator } from './index.js';

export interface EmulateNetsapiensOptions {
  port: number;
  seedFile?: string;
  faults?: string;
  corrupt?: string | undefined;
  /** `--rate-limit`: requests per second over which the emulator answers 429 with Retry-After. */
  rateLimit?: number | undefined;
  host?: string;
  token?: string;
  /** Answers carry only the fields the spec's response schemas declare. */
  evidenceOnly?: boolean;
}

export async function emulateNetsapiens(
  opts: EmulateNetsapiensOptions,
  io: { stdout: { write(s: string): void } },
): Promise<{ close(): Promise<void> }> {
  if (opts.host !== undefined && opts.host !== '127.0.0.1') {
    throw new RingformError(`the emulator binds 127.0.0.1 only (got --host ${opts.host})`);
  }
  const emulator = await startNetsapiensEmulator({
    port: opts.port,
    ...(opts.seedFile ? { seed: readSeedFile(opts.seedFile) } : {}),
    ...(opts.faults ? { faults: parseFaultSpec(opts.faults) } : {}),
    ...(opts.corrupt ? { corrupt: parseCorruptionSpec(opts.corrupt) } : {}),
    ...(opts.rateLimit !== undefined ? { rateLimit: opts.rateLimit } : {}),
    ...(opts.token ? { tokens: [opts.token] } : {}),
    ...(opts.evidenceOnly ? { evidenceOnly: true } : {}),
  });
  io.stdout.write(`NetSapiens v2 emulator listening on ${emulator.url}${opts.evidenceOnly ? ' (evidence only: answers carry only what the spec documents)' : ''}\n`);
  io.stdout.write(`API key (Bearer): ${emulator.token}\n`);
  io.stdout.write(`OAuth client: client_id=${emulator.oauthClient.clientId} client_secret=${emulator.oauthClient.clientSecret}\n`);
  if (emulator.specError) io.stdout.write(`warning: ${emulator.specError}\n`);
  return { close: () => emulator.close() };
}
