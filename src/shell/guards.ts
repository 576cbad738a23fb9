import { EXIT, type ExitCode } from '../errors.js';
import type { Plan } from '../plan/types.js';
import { inertLines } from '../inert.js';

/**
 * Whether the plan's guard violations stop it. Protections (forceable: false) always stop it; limits stop
 * it unless --force was given.
 */
export function guardExit(plan: Plan, force: boolean): ExitCode | null {
  const stopping = plan.guards.filter((g) => !g.forceable || !force);
  return stopping.length > 0 ? EXIT.guard : null;
}

export function guardMessage(plan: Plan, force: boolean): string {
  const stopping = plan.guards.filter((g) => !g.forceable || !force);
  const forceable = stopping.every((g) => g.forceable);
  const lines = stopping.map((g) => `  - ${inertLines(g.message)}`);
  const tail = forceable
    ? 'Review the plan; if these deletions are intended, run again with --force.'
    : 'Protected users are never deleted, disabled or demoted; --force does not override this. Change org.yaml.';
  return `ringform stopped: the plan trips ${stopping.length === 1 ? 'a guard' : 'guards'}:\n${lines.join('\n')}\n${tail}\n`;
}
