import { EXIT, type ExitCode } from '../errors.js';
import type { Plan } from '../plan/types.js';
import { blockingLine } from '../render/waits.js';
import { inertLines } from '../inert.js';

/**
 * Whether the plan stops here: a blocking diagnostic (the vendor would refuse part of it; never overridden),
 * a protection (forceable: false; never overridden), or a limit without --force. All exit 3: the plan is
 * shown and nothing is applied (README "Blocking diagnostics").
 */
export function guardExit(plan: Plan, force: boolean): ExitCode | null {
  const stopping = plan.guards.filter((g) => !g.forceable || !force);
  return stopping.length > 0 || (plan.blocking?.length ?? 0) > 0 ? EXIT.guard : null;
}

export function guardMessage(plan: Plan, force: boolean): string {
  const blocking = plan.blocking ?? [];
  const stopping = plan.guards.filter((g) => !g.forceable || !force);
  const parts: string[] = [];
  if (blocking.length > 0) {
    parts.push(
      `ringform stopped: the vendor would refuse ${blocking.length === 1 ? 'part' : `${blocking.length} parts`} of this plan, so none of it is applied:\n` +
        blocking.map((b) => `  - ${blockingLine(b)}`).join('\n') +
        '\nFix org.yaml as shown and plan again; --force does not override this.\n',
    );
  }
  if (stopping.length > 0) {
    const forceable = stopping.every((g) => g.forceable);
    const lines = stopping.map((g) => `  - ${inertLines(g.message)}`);
    const tail = forceable
      ? 'Review the plan; if these deletions are intended, run again with --force.'
      : 'Protected users are never deleted, disabled or demoted; --force does not override this. Change org.yaml.';
    parts.push(`ringform stopped: the plan trips ${stopping.length === 1 ? 'a guard' : 'guards'}:\n${lines.join('\n')}\n${tail}\n`);
  }
  return parts.join('');
}
