import { realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadOrg } from '../../config/load.js';
import { ConfigError, EXIT, RingformError, type ExitCode } from '../../errors.js';
import { csvText } from '../../csv/write.js';
import { usersAsRows } from '../../import/csv/export.js';
import { plural } from '../../render/summary.js';
import type { IO } from '../../shell/io.js';

export interface ExportOptions {
  file: string;
  /** Where to write the CSV; stdout when absent. */
  out?: string;
}

/** `ringform export --csv [org.yaml]`: the users org.yaml declares, as CSV for a spreadsheet. Reads nothing else. */
export async function exportCsv(opts: ExportOptions, io: IO): Promise<ExitCode> {
  const file = path.relative(process.cwd(), path.resolve(io.cwd, opts.file)) || opts.file;
  const loaded = await loadOrg(file);
  if (!loaded.ok) throw new ConfigError(`${opts.file} is invalid; nothing exported`, loaded.diagnostics);
  const rows = usersAsRows(loaded.written);
  const text = csvText(rows);
  if (opts.out === undefined) io.stdout.write(text);
  else {
    const out = path.resolve(io.cwd, opts.out);
    if ((await realpath(out).catch(() => out)) === (await realpath(path.resolve(io.cwd, opts.file)))) {
      throw new RingformError(`--out ${opts.out} is the org.yaml being exported; nothing written (name another file, e.g. people.csv)`);
    }
    await writeFile(out, text, 'utf8');
  }
  io.stderr.write(`Exported ${plural(rows.length - 1, 'user')}${opts.out ? ` to ${opts.out}` : ''}.\n`);
  return EXIT.ok;
}
