/**
 * A server-side rate limit for every vendor emulator (`ringform emulate VENDOR --rate-limit N`, bench,
 * tests): a token bucket, `ratePerSecond` tokens a second holding at most `burst` (default: one second's
 * worth). A request that finds no token is refused with 429, a Retry-After in whole seconds and the vendor's
 * error body, and does not use a token. No vendor publishes its algorithm (docs/vendors/*.md, Rate limits);
 * this one exists to measure clients against a limit like the vendors' 429s.
 */
import type { ServerResponse } from 'node:http';
import { sendJson, type ErrorBody } from './http.js';
import type { LoggedRequest } from './request-log.js';

export class RateLimiter {
  private tokens: number;
  private last: number;
  readonly burst: number;

  constructor(
    readonly ratePerSecond: number,
    burst?: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(ratePerSecond > 0) || !Number.isFinite(ratePerSecond)) throw new Error(`rate limit must be a positive number of requests per second (got ${ratePerSecond})`);
    this.burst = Math.max(1, burst ?? ratePerSecond);
    this.tokens = this.burst;
    this.last = this.now();
  }

  /** Null when the request may go ahead; otherwise whole seconds to wait (Retry-After, at least 1). */
  take(): number | null {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return null;
    }
    return Math.max(1, Math.ceil((1 - this.tokens) / this.ratePerSecond));
  }
}

/** Refuses the request with 429 when the limiter has no token for it (and logs the 429); true when refused. */
export function refusedOverRate(limiter: RateLimiter | null, res: ServerResponse, entry: LoggedRequest, errorBody: ErrorBody): boolean {
  const retryAfter = limiter?.take() ?? null;
  if (retryAfter === null) return false;
  entry.status = 429;
  sendJson(res, 429, errorBody(429, 'Too Many Requests'), { 'retry-after': String(retryAfter) });
  return true;
}

/** `--rate-limit`: requests per second, a positive number. */
export function parseRateLimit(text: string | number): number {
  const n = typeof text === 'number' ? text : /^\s*\d+(\.\d+)?\s*$/.test(text) ? Number(text) : NaN;
  if (!(n > 0) || !Number.isFinite(n) || n > 100_000) throw new Error('give the requests per second the emulator accepts, a number above 0 (e.g. 10 or 0.5)');
  return n;
}
