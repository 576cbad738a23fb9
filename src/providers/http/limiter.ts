/**
 * A client-side rate limit (requests per second, evenly spaced) and concurrency limit, per provider, so
 * ringform stays under a vendor's limits instead of bouncing off them.
 */
export interface LimiterOptions {
  /** Requests per second; 0 or Infinity for none. */
  ratePerSecond: number;
  concurrency: number;
}

export class Limiter {
  private active = 0;
  private nextSlot = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly options: LimiterOptions,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly now: () => number = () => Date.now(),
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      await this.waitForRate();
      return await task();
    } finally {
      this.release();
    }
  }

  private async acquire(): Promise<void> {
    if (this.active < this.options.concurrency) {
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

  private async waitForRate(): Promise<void> {
    const rate = this.options.ratePerSecond;
    if (!(rate > 0) || !Number.isFinite(rate)) return;
    const interval = 1000 / rate;
    const now = this.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + interval;
    if (slot > now) await this.sleep(slot - now);
  }
}
