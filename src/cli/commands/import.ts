import { readFile, writeFile } from 'node:fs/promises';
import { createTwoFilesPatch } from 'diff';
import path from 'node:path';
import { EXIT, RingformError, type ExitCode } from '../../errors.js';
import { renderImport } from '../../import/index.js';
import { describeSource, sourceConfig, writtenProvider, type ImportSource } from '../../import/provider.js';
import { verifyImported } from '../../import/verify.js';
import { schemaRef } from '../../import/schema-ref.js';
import { createProvider } from '../../providers/registry.js';
import { plural } from '../../render/summary.js';
import { unreadableKinds } from '../../plan/unverified.js';
import type { IO } from '../../shell/io.js';
import { providerOptions } from '../../shell/request-log.js';
import { readLive, readProgress } from '../../shell/read-progress.js';

export interface ImportCommandOptions {
  source: ImportSource;
  include: string[];
  exclude: string[];
  /** Where to write org.yaml; stdout when absent. */
  out?: string;
  /** Overwrite an existing --out file (without it, import shows the diff and writes nothing). */
  force: boolean;
  verbose: boolean;
}

/** `ringform import --provider TYPE`: writes org.yaml from live state (reads only). Exit codes: 0, 1. */
export async function importCommand(opts: ImportCommandOptions, io: IO): Promise<ExitCode> {
  const out = opts.out === undefined ? null : path.resolve(io.cwd, opts.out);
  const outDir = out === null ? io.cwd : path.dirname(out);
  const provider = await createProvider(sourceConfig(opts.source, io.cwd), { ...providerOptions(io, opts.verbose), settingNames: 'flags' });
  try {
    const schema = schemaRef(outDir);
    const live = await readLive(provider, readProgress(io, opts.verbose));
    const imported = renderImport({
      live,
      provider: writtenProvider(opts.source, io.cwd, outDir),
      source: describeSource(opts.source, provider.target),
      schema: schema.ref,
      filter: { include: opts.include, exclude: opts.exclude },
      notes: unreadableKinds(provider.capabilities).map((u) => `Not imported: ${u.resource} cannot be read through the API (${u.why}).`),
    });
    await verifyImported(imported.text);
    if (out === null) io.stdout.write(imported.text);
    else if (!(await written(out, opts, imported.text, io))) return EXIT.error;
    const c = imported.counts;
    io.stderr.write(
      `Imported ${plural(c.users, 'user')}, ${plural(c.departments, 'department')}, ${plural(c.schedules, 'schedule')}, ` +
        `${plural(c.roles, 'custom role')} and ${plural(c.extensions, 'extension entry', 'extension entries')}` +
        `${imported.leftOut > 0 ? ` (${plural(imported.leftOut, 'user')} left out)` : ''}${opts.out ? ` to ${opts.out}` : ''}.\n`,
    );
    if (schema.note !== null) io.stderr.write(`${schema.note}\n`);
    return EXIT.ok;
  } finally {
    await provider.close?.();
  }
}

/**
 * Writes `text` to --out. Over an existing file that differs, without --force, it prints the unified diff of
 * what would change on stdout and refuses (exit 1, the file untouched): hand edits are never lost silently.
 * An existing file with the same text is left alone. Returns whether the command succeeded.
 */
async function written(out: string, opts: ImportCommandOptions, text: string, io: IO): Promise<boolean> {
  const before = await readFile(out, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw new RingformError(`cannot read ${opts.out} to compare with the import (${err.code ?? 'error'})`);
  });
  if (before === text) {
    io.stderr.write(`${opts.out} already holds exactly this import; nothing written.\n`);
    return true;
  }
  if (before !== null && !opts.force) {
    io.stdout.write(unifiedDiff(opts.out!, before, text));
    io.stderr.write(`${opts.out} exists and differs from the import (diff above); nothing written. Pass --force to overwrite it.\n`);
    return false;
  }
  await writeFile(out, text, 'utf8');
  return true;
}

/** `--- org.yaml (on disk)` / `+++ org.yaml (imported)` and the hunks, without diff's "Index:" banner. */
export function unifiedDiff(name: string, before: string, after: string): string {
  return createTwoFilesPatch(`${name} (on disk)`, `${name} (imported)`, before, after, undefined, undefined, { context: 3 })
    .split('\n')
    .filter((line) => !line.startsWith('====') && !line.startsWith('Index:'))
    .join('\n');
}
