import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadOrg } from '../../config/load.js';
import { ConfigError, EXIT, type ExitCode } from '../../errors.js';
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
  else await writeFile(path.resolve(io.cwd, opts.out), text, 'utf8');
  io.stderr.write(`Exported ${plural(rows.length - 1, 'user')}${opts.out ? ` to ${opts.out}` : ''}.\n`);
  return EXIT.ok;
}
