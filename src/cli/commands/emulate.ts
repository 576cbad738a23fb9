import { EXIT, RingformError, type ExitCode } from '../../errors.js';
import { describeFaults, parseFaultSpec } from '../../emulators/faults.js';
import { parseRateLimit } from '../../emulators/rate-limit.js';
import { startEmulator, type EmulateOptions, type RunningEmulator } from '../../emulators/registry.js';
import type { IO } from '../../shell/io.js';

export interface EmulateCommandOptions extends Omit<EmulateOptions, 'port' | 'rateLimit'> {
  vendor: string;
  /** `--rate-limit` as typed (a number when called from code). */
  rateLimit?: number | string | undefined;
  /** As typed after --port (a number when called from code). */
  port: number | string;
  /** Resolves when the emulator should stop (SIGINT/SIGTERM in the CLI; a promise in tests). */
  until: Promise<void>;
}

/**
 * `ringform emulate VENDOR`: runs a vendor emulator on 127.0.0.1 until interrupted. Input mistakes (a bad
 * --port, a port in use, a bad --faults spec, a missing or malformed --seed file) are RingformErrors: one line.
 */
export async function emulate(opts: EmulateCommandOptions, io: IO): Promise<ExitCode> {
  const port = parsePort(opts.port);
  const faults = opts.faults === undefined ? null : parseFaults(opts.faults);
  const rateLimit = opts.rateLimit === undefined ? undefined : rateLimitOf(opts.rateLimit);
  const emulator = await listening(port, () => startEmulator(opts.vendor, { ...opts, port, rateLimit }, io));
  if (faults !== null) io.stdout.write(`Faults on: ${describeFaults(faults)}\n`);
  if (rateLimit !== undefined) io.stdout.write(`Rate limit on: ${rateLimit} requests/s (burst of one second's worth); over it, 429 with Retry-After\n`);
  io.stderr.write('Press Ctrl-C to stop.\n');
  await opts.until;
  await emulator.close();
  return EXIT.ok;
}

export function parsePort(value: number | string): number {
  const text = String(value).trim();
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n > 65_535) throw new RingformError(`--port ${text}: give a whole number from 0 to 65535 (0 picks a free port)`);
  return n;
}

function rateLimitOf(value: number | string): number {
  try {
    return parseRateLimit(value);
  } catch (err) {
    throw new RingformError(`--rate-limit ${JSON.stringify(String(value))}: ${(err as Error).message}`);
  }
}

function parseFaults(spec: string) {
  try {
    return parseFaultSpec(spec);
  } catch (err) {
    throw new RingformError(`--faults ${JSON.stringify(spec)}: ${(err as Error).message}; see ringform emulate --help`);
  }
}

async function listening(port: number, start: () => Promise<RunningEmulator>): Promise<RunningEmulator> {
  try {
    return await start();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new RingformError(`port ${port} on 127.0.0.1 is in use: choose another --port, or --port 0 for a free one`);
    if (code === 'EACCES') throw new RingformError(`port ${port} on 127.0.0.1 needs privileges this user lacks: choose a port above 1023, or --port 0`);
    throw err;
  }
}
