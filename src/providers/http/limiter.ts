/**
 * Client-side limits, so ringform stays under a vendor's limits instead of bouncing off them:
 *
 * - `Pacer`: a request rate (evenly spaced turns) and a pause. On a 429 the whole client pauses until the
 *   vendor's Retry-After, with a little jitter, instead of each request retrying on its own; requests that
 *   resume after a pause take their turns one by one at the rate again (no thundering herd). One pacer is
 *   shared by every HttpClient of a provider (its login or token client too): the vendor counts them all.
 * - `Slots`: how many requests of one HttpClient are in flight at once. A request holds its slot through its
 *   retries and through a pause, so a paused client does not start new work behind the request that waits.
 */
export interface LimiterOptions {
  /** Requests per second; 0 or Infinity for none. */
  ratePerSecond: number;
  concurrency: number;
}

export interface PacerClock {
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  random: () => number;
}

/** What the pacer reports when the whole client pauses (the registry turns the first into a warning). */
export interface PauseEvent {
  /** How long the client waits, jitter included. */
  waitMs: number;
  /** The status that asked for the pause (429, or 503 with Retry-After). */
  status: number;
}

/**
 * Jitter added to a pause: up to a tenth of it, at most 1 s. Other clients of the same account that were
 * told the same Retry-After then do not all come back at the same instant.
 */
export function pauseJitterMs(waitMs: number, random: () => number): number {
  return Math.round(random() * Math.min(1000, waitMs / 10));
}

/**
 * Spacing of requests that resume after a pause when no rate is set: without a rate every waiting request
 * would otherwise go at the same instant (the herd that earned the 429).
 */
export const RESUME_SPACING_MS = 50;

export class Pacer {
  private nextSlot = 0;
  private resumeAt = 0;
  /** Counts pauses, so a request that waited for its turn knows whether a pause began meanwhile. */
  private pauses = 0;
  private readonly clock: PacerClock;

  constructor(
    readonly ratePerSecond: number,
    clock: Partial<PacerClock> = {},
    private readonly onPause?: (event: PauseEvent) => void,
  ) {
    this.clock = {
      sleep: clock.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
      now: clock.now ?? (() => Date.now()),
      random: clock.random ?? Math.random,
    };
  }

  /** Milliseconds between two requests; 0 when no rate is set. */
  get intervalMs(): number {
    const rate = this.ratePerSecond;
    return rate > 0 && Number.isFinite(rate) ? 1000 / rate : 0;
  }

  /** Waits for this request's turn: after every earlier turn by the interval, and after any pause. */
  async turn(): Promise<void> {
    for (;;) {
      const epoch = this.pauses;
      const now = this.clock.now();
      const paused = this.resumeAt > now;
      // After a pause with no rate, requests still resume spaced out rather than all at once.
      const spacing = paused && this.intervalMs === 0 ? RESUME_SPACING_MS : this.intervalMs;
      const start = Math.max(now, this.nextSlot, this.resumeAt);
      this.nextSlot = start + spacing;
      if (start > now) await this.clock.sleep(start - now);
      // A pause that began while this request waited, and ends after its turn: wait for a turn after it.
      if (this.pauses === epoch || this.resumeAt <= start) return;
    }
  }

  /**
   * The vendor said "not now" (429, or 503 with Retry-After): no request of this client starts before
   * `waitMs` (plus jitter) has passed. A pause never shortens one already in force. Returns the wait.
   */
  pause(waitMs: number, status: number): number {
    const wait = waitMs + pauseJitterMs(waitMs, this.clock.random);
    const until = this.clock.now() + wait;
    if (until > this.resumeAt) {
      this.resumeAt = until;
      this.pauses++;
      this.onPause?.({ waitMs: wait, status });
    }
    return wait;
  }
}

/** At most `concurrency` holders at once; the others queue in order. */
export class Slots {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly concurrency: number) {}

  async hold<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private async acquire(): Promise<void> {
    if (this.active < this.concurrency) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}
