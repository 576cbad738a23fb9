import path from 'node:path';
import { EXIT, type ExitCode } from '../../errors.js';
import { loadOrgOrThrow } from '../../config/load.js';
import { openProbe, renderProbe, runProbe, type ProbeFormat } from '../../probe/index.js';
import type { IO } from '../../shell/io.js';
import { providerOptions } from '../../shell/request-log.js';
import { printConfigWarnings } from '../warnings.js';

export interface ProbeCommandOptions {
  file: string;
  format: ProbeFormat;
  verbose: boolean;
}

/**
 * `ringform probe FILE`: checks, with GET requests only, every assumption about the vendor in org.yaml's
 * provider section that no named source backs (src/probe/). Exit codes: 0 none differs, 2 some differ,
 * 1 error (bad org.yaml, refused credentials, vendor unreachable).
 */
export async function probe(opts: ProbeCommandOptions, io: IO): Promise<ExitCode> {
  const { org, warnings } = await loadOrgOrThrow(path.resolve(io.cwd, opts.file));
  await printConfigWarnings(io, warnings);
  const vendor = await openProbe(org.provider, providerOptions(io, opts.verbose));
  try {
    const report = await runProbe(vendor);
    io.stdout.write(renderProbe(report, opts.format));
    return report.counts.differs > 0 ? EXIT.changes : EXIT.ok;
  } finally {
    await vendor.close();
  }
}
