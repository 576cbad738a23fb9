/**
 * A manual clock for status lines, and a tiny terminal: what a person would see after a stream of
 * writes with carriage returns and erase-line codes (enough for status-line.ts, nothing more).
 */
import type { Clock } from '../../src/shell/status-line.js';

export interface ManualClock extends Clock {
  advance(ms: number): void;
  running(): number;
}

export function manualClock(): ManualClock {
  let now = 0;
  const timers: Array<{ ms: number; next: number; tick: () => void; stopped: boolean }> = [];
  return {
    now: () => now,
    every(ms, tick) {
      const timer = { ms, next: now + ms, tick, stopped: false };
      timers.push(timer);
      return () => void (timer.stopped = true);
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((t) => !t.stopped && t.next <= until).sort((a, b) => a.next - b.next)[0];
        if (!due) break;
        now = due.next;
        due.next += due.ms;
        due.tick();
      }
      now = until;
    },
    running: () => timers.filter((t) => !t.stopped).length,
  };
}

/** The lines on screen after `written`: `\r` returns to the line's start, ESC[2K erases it, `\n` ends it. */
export function screen(written: string): string[] {
  const lines: string[] = [''];
  for (const part of written.split(/(\r|\u001b\[2K|\n)/)) {
    if (part === '\n') lines.push('');
    else if (part === '\u001b[2K') lines[lines.length - 1] = '';
    else if (part === '\r' || part === '') continue;
    else lines[lines.length - 1] += part;
  }
  return lines;
}
