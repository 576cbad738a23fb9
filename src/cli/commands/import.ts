import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXIT, RingformError, type ExitCode } from '../../errors.js';
import { renderImport } from '../../import/index.js';
import { describeSource, sourceConfig, writtenProvider, type ImportSource } from '../../import/provider.js';
import { verifyImported } from '../../import/verify.js';
import { packagePath } from '../../paths.js';
import { createProvider } from '../../providers/registry.js';
import { plural } from '../../render/summary.js';
import { unreadableKinds } from '../../plan/unverified.js';
import type { IO } from '../io.js';
import { providerOptions } from '../request-log.js';
import { readLive, readProgress } from '../read-progress.js';

export interface ImportCommandOptions {
  source: ImportSource;
  include: string[];
  exclude: string[];
  /** Where to write org.yaml; stdout when absent. */
  out?: string;
  /** Overwrite an existing --out file. */
  force: boolean;
  verbose: boolean;
}

/** `ringform import --provider TYPE`: writes org.yaml from live state (reads only). Exit codes: 0, 1. */
export async function importCommand(opts: ImportCommandOptions, io: IO): Promise<ExitCode> {
  const out = opts.out === undefined ? null : path.resolve(io.cwd, opts.out);
  if (out !== null && !opts.force && (await exists(out))) {
    throw new RingformError(`${opts.out} exists; pass --force to overwrite it`);
  }
  const outDir = out === null ? io.cwd : path.dirname(out);
  const provider = await createProvider(sourceConfig(opts.source, io.cwd), providerOptions(io, opts.verbose));
  try {
    const live = await readLive(provider, readProgress(io, opts.verbose));
    const imported = renderImport({
      live,
      provider: writtenProvider(opts.source, io.cwd, outDir),
      source: describeSource(opts.source, provider.target),
      schema: posixRelative(outDir, packagePath('schemas/org.schema.json')),
      filter: { include: opts.include, exclude: opts.exclude },
      notes: unreadableKinds(provider.capabilities).map((u) => `Not imported: ${u.resource} cannot be read through the API (${u.why}).`),
    });
    await verifyImported(imported.text);
    if (out === null) io.stdout.write(imported.text);
    else await writeFile(out, imported.text, 'utf8');
    const c = imported.counts;
    io.stderr.write(
      `Imported ${plural(c.users, 'user')}, ${plural(c.departments, 'department')}, ${plural(c.schedules, 'schedule')}, ` +
        `${plural(c.roles, 'custom role')} and ${plural(c.extensions, 'extension entry', 'extension entries')}` +
        `${imported.leftOut > 0 ? ` (${plural(imported.leftOut, 'user')} left out)` : ''}${opts.out ? ` to ${opts.out}` : ''}.\n`,
    );
    return EXIT.ok;
  } finally {
    await provider.close?.();
  }
}

function posixRelative(from: string, to: string): string {
  const rel = path.relative(from, to).split(path.sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
