/** `ringform graph FILE`: the call flow as Mermaid (default) or DOT, from org.yaml alone (no network). */
import path from 'node:path';
import { loadOrgOrThrow } from '../../config/load.js';
import { callFlow } from '../../coverage/flow.js';
import { coverageInputOf } from '../../coverage/input.js';
import type { ExitCode } from '../../errors.js';
import { flowToDot } from '../../render/dot.js';
import { flowToMermaid } from '../../render/mermaid.js';
import type { IO } from '../../shell/io.js';

export interface GraphOptions {
  file: string;
  format: 'mermaid' | 'dot';
}

export async function graph(opts: GraphOptions, io: IO): Promise<ExitCode> {
  const { org } = await loadOrgOrThrow(path.resolve(io.cwd, opts.file));
  const flow = callFlow(coverageInputOf(org));
  io.stdout.write(opts.format === 'dot' ? flowToDot(flow) : flowToMermaid(flow));
  return 0;
}
