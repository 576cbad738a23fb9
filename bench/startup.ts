/**
 * Start-up (issue 18 item 3): CPU time of `ringform validate` of a 10-line file against `node -e 0`, both
 * as child processes, as a user runs ringform after `npm ci` (`node bin/ringform.js`, the bundled CLI).
 * Runs alternate (node, --version, validate) so machine load hits all three alike; medians are compared.
 *
 *   tsx bench/startup.ts [--repeat 15] [--json]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, cpuOf, median } from './child.js';

/** A 10-line org: two users, one with an extension. */
export const SMALL_ORG = `version: 1
provider:
  type: sandbox
  endpoint: .ringform/sandbox.json
users:
  - email: asha@example.com
    name: Asha Rao
    extension: '101'
  - email: ravi@example.com
    name: Ravi Iyer
`;

export const STARTUP_TARGET = 2.5;

export interface StartupResult {
  repeat: number;
  nodeMs: number;
  versionMs: number;
  validateMs: number;
  ratio: number;
  met: boolean;
}

export function startupRun(repeat = 15): StartupResult {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ringform-startup-'));
  try {
    writeFileSync(path.join(dir, 'org.yaml'), SMALL_ORG);
    const node: number[] = [];
    const version: number[] = [];
    const validate: number[] = [];
    for (let i = 0; i < repeat; i++) {
      node.push(cpuOf(['-e', '0']).cpuMs);
      version.push(cpuOf([BIN, '--version']).cpuMs);
      const v = cpuOf([BIN, 'validate', 'org.yaml'], { cwd: dir });
      if (v.exitCode !== 0) throw new Error(`ringform validate exited ${v.exitCode}: ${v.stderr || v.stdout}`);
      validate.push(v.cpuMs);
    }
    const nodeMs = median(node);
    const validateMs = median(validate);
    const ratio = validateMs / nodeMs;
    return { repeat, nodeMs, versionMs: median(version), validateMs, ratio, met: ratio <= STARTUP_TARGET };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function startupReport(r: StartupResult): string {
  return (
    `Start-up (CPU, median of ${r.repeat}): node -e 0 ${r.nodeMs.toFixed(0)} ms, ringform --version ${r.versionMs.toFixed(0)} ms, ` +
    `ringform validate (10 lines) ${r.validateMs.toFixed(0)} ms = ${r.ratio.toFixed(2)}× node (target ≤ ${STARTUP_TARGET}×: ${r.met ? 'met' : 'missed'})\n`
  );
}

if (process.argv[1]?.endsWith('startup.ts')) {
  const args = process.argv.slice(2);
  const repeat = args.includes('--repeat') ? Number(args[args.indexOf('--repeat') + 1]) : 15;
  const r = startupRun(repeat);
  process.stdout.write(args.includes('--json') ? JSON.stringify(r) + '\n' : startupReport(r));
}
