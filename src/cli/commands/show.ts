import path from 'node:path';
import { EXIT, type ExitCode } from '../../errors.js';
import { readSavedPlan } from '../../plan/saved.js';
import { colorFor, type IO } from '../../shell/io.js';
import { renderPlan, type PlanFormat } from '../render-plan.js';

export interface ShowCommandOptions {
  file: string;
  format: PlanFormat;
  noColor: boolean;
}

/** `ringform show PLANFILE`: renders a saved plan; reads nothing else. */
export async function show(opts: ShowCommandOptions, io: IO): Promise<ExitCode> {
  const saved = await readSavedPlan(path.resolve(io.cwd, opts.file));
  io.stdout.write(renderPlan(saved.plan, opts.format, colorFor(io.stdout, io.env, opts.noColor), opts.file));
  return EXIT.ok;
}
