/**
 * Figures the reliability tests report: printed at the end of each test, and appended as JSON lines to
 * the file named by RELIABILITY_FIGURES (docs/RELIABILITY.md quotes them from the last run).
 */
import { appendFileSync } from 'node:fs';

export function report(name: string, figures: Record<string, unknown>): void {
  const line = JSON.stringify({ test: name, at: new Date().toISOString(), ...figures });
  console.log(`[reliability] ${line}`);
  const file = process.env['RELIABILITY_FIGURES'];
  if (file) appendFileSync(file, line + '\n');
}

/**
 * fast-check parameters: RELIABILITY_SEED (and RELIABILITY_PATH) replay a reported case; unset, the test's
 * `fixed` seed (so `.ci/run` is deterministic); RELIABILITY_SEED=random draws a new one (a hunt: fast-check
 * prints it with any failure).
 */
export function replay(fixed?: number): { seed?: number; path?: string } {
  const seed = seedFromEnv(fixed);
  const path = process.env['RELIABILITY_PATH'];
  return { ...(seed !== undefined ? { seed } : {}), ...(path ? { path } : {}) };
}

/** RELIABILITY_SEED as a number; `random` (or unset without a fixed seed) is undefined: fast-check draws one. */
export function seedFromEnv(fixed?: number): number | undefined {
  const env = process.env['RELIABILITY_SEED'];
  if (env === 'random') return undefined;
  return env ? Number(env) : fixed;
}
