import type { ApplyEvent } from '../apply/engine.js';
import type { IO } from './io.js';

/** Progress lines on stderr while an apply runs (only when stderr is a terminal). */
export function progressPrinter(io: IO): (event: ApplyEvent) => void {
  return (event) => {
    const { action } = event;
    switch (event.type) {
      case 'started':
        io.stderr.write(`${action.address}: ${action.kind}…\n`);
        return;
      case 'succeeded':
        io.stderr.write(`${action.address}: ${action.kind} done (${event.durationMs ?? 0} ms)\n`);
        return;
      case 'failed':
        io.stderr.write(`${action.address}: ${action.kind} failed: ${event.error ?? ''}\n`);
        return;
      case 'skipped':
      case 'manual':
        return;
    }
  };
}
