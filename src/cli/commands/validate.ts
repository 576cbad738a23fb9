import path from 'node:path';
import { validateFiles } from '../../config/validate-command.js';
import type { ExitCode } from '../../errors.js';
import { colorFor, type IO } from '../../shell/io.js';

export interface ValidateCommandOptions {
  files: string[];
  format: 'text' | 'json';
  noColor: boolean;
}

/** `ringform validate FILE...`: schema and semantic rules; no network, no credentials. */
export async function validate(opts: ValidateCommandOptions, io: IO): Promise<ExitCode> {
  // Shown as the user typed them (relative to the working folder), so positions read `org.yaml:3:5`.
  const files = opts.files.map((f) => path.relative(process.cwd(), path.resolve(io.cwd, f)) || f);
  const result = await validateFiles(files, { format: opts.format, color: colorFor(io.stdout, io.env, opts.noColor) });
  io.stdout.write(result.output);
  return result.exitCode;
}
