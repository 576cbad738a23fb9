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

/** fast-check parameters: RELIABILITY_SEED (and RELIABILITY_PATH) replay a reported case. */
export function replay(): { seed?: number; path?: string } {
  const seed = process.env['RELIABILITY_SEED'];
  const path = process.env['RELIABILITY_PATH'];
  return { ...(seed ? { seed: Number(seed) } : {}), ...(path ? { path } : {}) };
}
