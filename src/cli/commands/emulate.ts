import { EXIT, type ExitCode } from '../../errors.js';
import { startEmulator, type EmulateOptions } from '../../emulators/registry.js';
import type { IO } from '../io.js';

export interface EmulateCommandOptions extends EmulateOptions {
  vendor: string;
  /** Resolves when the emulator should stop (SIGINT/SIGTERM in the CLI; a promise in tests). */
  until: Promise<void>;
}

/** `ringform emulate VENDOR`: runs a vendor emulator on 127.0.0.1 until interrupted. */
export async function emulate(opts: EmulateCommandOptions, io: IO): Promise<ExitCode> {
  const emulator = await startEmulator(opts.vendor, opts, io);
  io.stderr.write('Press Ctrl-C to stop.\n');
  await opts.until;
  await emulator.close();
  return EXIT.ok;
}
