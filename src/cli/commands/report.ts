/**
 * `ringform report FILE --out DIR`: DIR/index.html, the self-contained coverage report, and each department's
 * heatmap as DIR/heatmap-N.svg (N: its place in org.yaml, so no file name comes from a department name), for
 * embedding in a README or wiki. No network.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadOrgOrThrow } from '../../config/load.js';
import { callFlow } from '../../coverage/flow.js';
import { coverageInputOf } from '../../coverage/input.js';
import { computeCoverage } from '../../coverage/model.js';
import type { ExitCode } from '../../errors.js';
import { heatmapCells } from '../../coverage/heatmap.js';
import { heatmapSvg } from '../../render/heatmap-svg.js';
import { renderReport } from '../../render/report.js';
import type { IO } from '../../shell/io.js';

export interface ReportOptions {
  file: string;
  out: string;
  /** YYYY-MM-DD; default today (UTC). */
  today?: string;
}

export async function report(opts: ReportOptions, io: IO): Promise<ExitCode> {
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const { org } = await loadOrgOrThrow(path.resolve(io.cwd, opts.file), { today });
  const input = coverageInputOf(org);
  const coverage = computeCoverage(input, { from: today });
  const page = renderReport({ title: `Coverage report: ${path.basename(opts.file)}`, today, flow: callFlow(input), coverage });
  const dir = path.resolve(io.cwd, opts.out);
  await mkdir(dir, { recursive: true });
  for (const [i, c] of coverage.entries()) {
    await writeFile(path.join(dir, `heatmap-${i + 1}.svg`), `${heatmapSvg(c.department, c.timezone, heatmapCells(c), `hm${i}`)}\n`);
  }
  const out = path.join(dir, 'index.html');
  await writeFile(out, page);
  io.stdout.write(`wrote ${path.relative(io.cwd, out) || out}\n`);
  return 0;
}
