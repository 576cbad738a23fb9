import { readFile } from 'node:fs/promises';
import { formatDiagnostics } from '../config/format.js';
import { ConfigError, EXIT, RingformError, type ExitCode } from '../errors.js';
import { inertLines } from '../inert.js';
import { redactKnownSecrets } from '../providers/http/redact.js';
import { colorFor, type IO } from '../shell/io.js';

/**
 * The one place errors become messages: known errors print cleanly with their exit code; anything else
 * is a bug in ringform and says so.
 */
export async function triage(error: unknown, io: IO): Promise<ExitCode> {
  if (error instanceof ConfigError) {
    const sources = new Map<string, string>();
    for (const file of new Set(error.diagnostics.map((d) => d.file))) {
      sources.set(file, await readFile(file, 'utf8').catch(() => ''));
    }
    io.stderr.write(formatDiagnostics(error.diagnostics, sources, { color: colorFor(io.stderr, io.env, io.noColor) }));
    io.stderr.write(`Error: ${shown(error.message)}\n`);
    return error.exitCode;
  }
  if (error instanceof RingformError) {
    io.stderr.write(`Error: ${shown(error.message)}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(
    `ringform crashed; this is a bug. Please report it with the output below (check it holds no secrets first).\n${shown(detail)}\n`,
  );
  return EXIT.error;
}

/** An error's text as printed: any secret a provider registered masked in every form, controls made inert. */
function shown(text: string): string {
  return inertLines(redactKnownSecrets(text));
}
