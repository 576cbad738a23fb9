/**
 * Apply progress on stderr: `[12/35]` actions finished of the plan's, with what is running now, on one status
 * line (status-line.ts: in place on a terminal, a plain line every 10 s in a CI log). A failure or a manual
 * step is printed as a line of its own as it happens, so it stays on screen; the manifest on stdout lists
 * every outcome again at the end.
 */
import type { ApplyEvent } from '../apply/engine.js';
import type { Action } from '../plan/types.js';
import { inert } from '../inert.js';
import type { IO } from '../shell/io.js';
import { count, elapsedText, StatusLine, type Clock } from '../shell/status-line.js';

export interface ApplyProgress {
  onEvent(event: ApplyEvent): void;
  /** Erases the status line; call before the manifest is written. */
  end(): void;
}

export function applyProgress(io: IO, total: number, clock?: Clock): ApplyProgress {
  const running: Action[] = [];
  const tally = { finished: 0, failed: 0, manual: 0, skipped: 0 };
  const position = () => `[${count(tally.finished)}/${count(total)}]`;
  const status = new StatusLine(io.stderr, (elapsed) => statusText(position(), running, tally, elapsed), clock);
  return {
    onEvent(event) {
      const { action } = event;
      if (event.type === 'started') {
        running.push(action);
      } else {
        const at = running.indexOf(action);
        if (at >= 0) running.splice(at, 1);
        tally.finished++;
        if (event.type === 'failed') {
          tally.failed++;
          status.print(`${position()} ✗ ${action.kind} ${inert(action.address)} failed: ${inert(event.error ?? 'no reason given')}`);
        } else if (event.type === 'manual') {
          tally.manual++;
          status.print(`${position()} ! ${inert(action.address)}: a manual step (the summary lists what to do)`);
        } else if (event.type === 'skipped') {
          tally.skipped++;
        } else if (event.type === 'waiting') {
          status.print(`${position()} … ${inert(action.address)}: ${inert(event.error ?? 'waits on a manual step')}`);
        }
      }
      status.update();
    },
    end: () => status.end(),
  };
}

function statusText(position: string, running: Action[], tally: { failed: number; manual: number; skipped: number }, elapsedMs: number): string {
  const parts = [position];
  const [first] = running;
  if (first) parts.push(`${first.kind} ${inert(first.address)}${running.length > 1 ? ` (+${running.length - 1} running)` : ''}`);
  const notes = [
    ...(tally.failed ? [`${tally.failed} failed`] : []),
    ...(tally.skipped ? [`${tally.skipped} skipped`] : []),
    ...(tally.manual ? [`${tally.manual} manual`] : []),
  ];
  if (notes.length > 0) parts.push(notes.join(', '));
  parts.push(elapsedText(elapsedMs));
  return parts.join(' · ');
}
