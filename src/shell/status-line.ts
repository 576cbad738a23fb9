/**
 * One line of "what is happening now" on stderr, for reads and applies that take a while.
 *
 * On a terminal the line is redrawn in place (carriage return, erase line), cut to the terminal's width,
 * kept current (the elapsed seconds tick on, so a slow vendor never looks like a frozen screen), and erased
 * at the end. Lines that must stay (a failure, a manual step) are printed above it with `print`.
 *
 * When stderr is not a terminal (a CI log) nothing is redrawn: the status is written as a plain line every
 * 10 s, so a long read or apply is never silent for longer than that and a short one adds nothing.
 * Permanent lines are written as they come. stdout is never touched, so `--json` output stays clean.
 */
import type { Output } from './io.js';

/** Time, and a repeating timer that never keeps the process alive. Tests pass a manual one. */
export interface Clock {
  now(): number;
  every(ms: number, tick: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
};

/** A line at least this often in a CI log. */
export const LOG_PERIOD_MS = 10_000;
/**
 * On a terminal, news is drawn at once unless the last draw was less than this ago (1,000 answer rules
 * report within a second); the tick at the same period then draws whatever changed since.
 */
const TERMINAL_REFRESH_MS = 100;
const ERASE_LINE = '\r\u001b[2K';

export class StatusLine {
  private readonly started: number;
  private stopTimer: (() => void) | null = null;
  private shown = false;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private drawn = '';
  private ended = false;

  /** `render(elapsedMs)` says what is happening now; called on each update (terminal) and each tick. */
  constructor(
    private readonly out: Output,
    private readonly render: (elapsedMs: number) => string,
    private readonly clock: Clock = systemClock,
  ) {
    this.started = clock.now();
  }

  /** Something changed: redraw on a terminal (throttled); in a log, wait for the next tick. */
  update(): void {
    if (this.ended) return;
    // The timer starts with the first news: a status line that never had any leaves nothing running.
    this.stopTimer ??= this.clock.every(this.out.isTTY ? TERMINAL_REFRESH_MS : LOG_PERIOD_MS, () => this.tick());
    if (!this.out.isTTY) return;
    if (this.clock.now() - this.lastDraw < TERMINAL_REFRESH_MS) return;
    this.draw();
  }

  /** A line that stays: above the status line on a terminal, as it comes in a log. */
  print(line: string): void {
    if (this.out.isTTY && this.shown) this.out.write(ERASE_LINE);
    this.shown = false;
    this.out.write(`${line}\n`);
    if (this.out.isTTY && !this.ended) this.draw();
  }

  /** Stops the timer and erases the status line: what follows starts on a clean line. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.stopTimer?.();
    if (this.out.isTTY && this.shown) this.out.write(ERASE_LINE);
    this.shown = false;
  }

  private tick(): void {
    if (this.ended) return;
    if (this.out.isTTY) this.draw(true);
    else this.out.write(`${this.render(this.elapsed())}\n`);
  }

  /** `onlyIfChanged`: a tick redraws only when the text differs (news, or the seconds moved on). */
  private draw(onlyIfChanged = false): void {
    const text = fit(this.render(this.elapsed()), this.out.columns);
    if (onlyIfChanged && this.shown && text === this.drawn) return;
    this.out.write(`${ERASE_LINE}${text}`);
    this.shown = true;
    this.drawn = text;
    this.lastDraw = this.clock.now();
  }

  private elapsed(): number {
    return this.clock.now() - this.started;
  }
}

/** Cut to the terminal's width (one column spare, so the cursor never wraps onto a new line). */
function fit(text: string, columns: number | undefined): string {
  const width = columns && columns > 10 ? columns - 1 : 79;
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** `7 s`, `2 min 05 s`. */
export function elapsedText(ms: number): string {
  const s = Math.floor(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** `1,000`. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}
