import type { ApplyEvent } from '../apply/engine.js';
import { inert } from '../inert.js';
import type { IO } from './io.js';

/** Progress lines on stderr while an apply runs (only when stderr is a terminal). */
export function progressPrinter(io: IO): (event: ApplyEvent) => void {
  return (event) => {
    const address = inert(event.action.address);
    const { action } = event;
    switch (event.type) {
      case 'started':
        io.stderr.write(`${address}: ${action.kind}…\n`);
        return;
      case 'succeeded':
        io.stderr.write(`${address}: ${action.kind} done (${event.durationMs ?? 0} ms)\n`);
        return;
      case 'failed':
        io.stderr.write(`${address}: ${action.kind} failed: ${inert(event.error ?? '')}\n`);
        return;
      case 'skipped':
      case 'manual':
        return;
    }
  };
}
