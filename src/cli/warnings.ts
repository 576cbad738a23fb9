import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../config/diagnostic.js';
import { formatDiagnostics } from '../config/format.js';
import type { IO } from '../shell/io.js';
import { colorFor } from '../shell/io.js';

/**
 * Prints org.yaml warnings (smells that do not stop a plan) on stderr, with their code frames. `loaded`: the
 * text as it was loaded (its positions are the warnings'), so a 50,000-user file is not read and decoded a
 * second time at the plan's fullest (memory, issue 18); other files are read.
 */
export async function printConfigWarnings(io: IO, warnings: Diagnostic[], loaded?: { file: string; source: string }): Promise<void> {
  if (warnings.length === 0) return;
  const sources = new Map<string, string>();
  for (const file of new Set(warnings.map((w) => w.file))) {
    sources.set(file, file === loaded?.file ? loaded.source : await readFile(file, 'utf8').catch(() => ''));
  }
  io.stderr.write(formatDiagnostics(warnings, sources, { color: colorFor(io.stderr, io.env, io.noColor) }));
}

/** Prints what the live read noticed but set right (e.g. a record the vendor listed twice, identically) on stderr. */
export function printReadWarnings(io: IO, warnings: string[] | undefined): void {
  for (const warning of warnings ?? []) io.stderr.write(`warning: ${warning}\n`);
}
