import { chmod, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDiagnostics } from '../../config/format.js';
import { readSource } from '../../config/read.js';
import { CSV_ENCODINGS, decodeCsv, parseEncoding, type CsvEncoding } from '../../csv/decode.js';
import type { Separator } from '../../csv/read.js';
import { EXIT, RingformError, type ExitCode } from '../../errors.js';
import { parseColumnsOption } from '../../import/csv/columns.js';
import { mergeCsv } from '../../import/csv/index.js';
import type { Merge } from '../../import/csv/merge.js';
import { plural } from '../../render/summary.js';
import { colorFor, type IO } from '../../shell/io.js';
import { unifiedDiff } from './import.js';

export interface ImportCsvOptions {
  csv: string;
  /** The org.yaml people are merged into. */
  into: string;
  columns?: string;
  separator?: string;
  /** utf-8 (default), windows-1252 or utf-16 (src/csv/decode.ts). */
  encoding?: string;
  prune: boolean;
  dryRun: boolean;
}

/** The largest CSV read: 50,000 people with every column take about 8 MB. */
const MAX_CSV_BYTES = 32 * 1024 * 1024;

const SEPARATOR_NAMES: Record<string, Separator> = { ',': ',', comma: ',', ';': ';', semicolon: ';', tab: '\t', '\\t': '\t' };

/**
 * `ringform import --from-csv people.csv --into org.yaml`: people from a spreadsheet merged into org.yaml
 * (added, updated by email; removed only with --prune). Writes org.yaml (atomically) only when everything is
 * valid; with --dry-run prints the diff and writes nothing. Exit codes: 0, 1 (problems, nothing written).
 */
export async function importCsv(opts: ImportCsvOptions, io: IO): Promise<ExitCode> {
  const columns = option(() => parseColumnsOption(opts.columns));
  const separator = opts.separator === undefined ? undefined : SEPARATOR_NAMES[opts.separator.toLowerCase()];
  if (opts.separator !== undefined && separator === undefined) throw new RingformError(`--separator ${opts.separator}: use comma, semicolon or tab`);
  const orgPath = path.resolve(io.cwd, opts.into);
  const org = await readSource(orgPath);
  if (!org.ok) throw new RingformError(`--into ${opts.into}: ${org.diagnostic.message} (${org.diagnostic.hint ?? 'check the path'})`);
  const encoding = opts.encoding === undefined ? 'utf-8' : parseEncoding(opts.encoding);
  if (encoding === null) throw new RingformError(`--encoding ${opts.encoding}: use ${CSV_ENCODINGS.join(', ')}`);
  const csvText = await readCsvFile(path.resolve(io.cwd, opts.csv), opts.csv, encoding);
  const result = mergeCsv({ csvFile: opts.csv, csvText, orgFile: opts.into, orgText: org.text, columns, separator, prune: opts.prune });
  const sources = new Map([[opts.csv, csvText], [opts.into, org.text]]);
  if (!result.ok) {
    if (result.merged) sources.set(result.merged.label, result.merged.text);
    io.stderr.write(formatDiagnostics(result.diagnostics, sources, { color: colorFor(io.stderr, io.env, io.noColor) }));
    io.stderr.write(`Error: ${opts.csv} was not merged into ${opts.into}; nothing written. Fix the problems above and run again.\n`);
    return EXIT.error;
  }
  if (result.warnings.length > 0) io.stderr.write(formatDiagnostics(result.warnings, sources, { color: colorFor(io.stderr, io.env, io.noColor) }));
  if (result.text === org.text) {
    io.stderr.write(`${opts.into} already agrees with ${opts.csv}; nothing written.\n`);
    return EXIT.ok;
  }
  if (opts.dryRun) io.stdout.write(unifiedDiff(opts.into, org.text, result.text));
  else await writeAtomically(orgPath, result.text, opts.into);
  io.stderr.write(`${summary(result.merge)} ${opts.dryRun ? `(dry run: ${opts.into} not written)` : `written to ${opts.into}`}.\n`);
  if (result.reformatted) io.stderr.write(`note: ${opts.into}'s users list could not be edited in place, so the file was re-printed (comments kept, spacing may differ).\n`);
  return EXIT.ok;
}

function summary(merge: Merge): string {
  const fields = merge.updated.reduce((n, u) => n + u.set.length, 0);
  return `${plural(merge.added.length, 'user')} added, ${plural(merge.updated.length, 'user')} updated (${plural(fields, 'field')}), ${plural(merge.removed.length, 'user')} removed;`;
}

async function readCsvFile(file: string, shown: string, encoding: CsvEncoding): Promise<string> {
  const bytes = await readFile(file).catch((err: NodeJS.ErrnoException) => {
    throw new RingformError(`--from-csv ${shown}: ${err.code === 'ENOENT' ? 'no such file' : `cannot read it (${err.code ?? 'error'})`}`);
  });
  if (bytes.length > MAX_CSV_BYTES) throw new RingformError(`--from-csv ${shown}: larger than 32 MB; split it`);
  const decoded = decodeCsv(bytes, encoding);
  if (decoded.ok) return decoded.text;
  throw new RingformError(decoded.at ? `${shown}:${decoded.at.line}:${decoded.at.column}: ${decoded.problem}` : `--from-csv ${shown}: ${decoded.problem}`);
}

/**
 * Written next to the file (same permissions), then renamed over it: an interrupted write never leaves half an
 * org.yaml. A symlinked org.yaml is written through to its target (renaming over the link would replace the link
 * with a copy and leave the real file stale); a read-only org.yaml is refused (a rename would ignore its mode).
 */
async function writeAtomically(link: string, text: string, shown: string): Promise<void> {
  const file = await realpath(link);
  const { mode } = await stat(file);
  if ((mode & 0o222) === 0) throw new RingformError(`--into ${shown} is read-only; nothing written (make it writable, or use --dry-run to see the changes)`);
  const temp = `${file}.ringform-${process.pid}.tmp`;
  try {
    await writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
    await chmod(temp, mode & 0o777);
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

function option<T>(parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    throw new RingformError((err as Error).message);
  }
}
