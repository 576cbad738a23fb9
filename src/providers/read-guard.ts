/**
 * Bounds on a paged vendor listing, shared by the providers: a listing ends, or stops with a named error.
 *
 * - A cursor that comes back to a value already used (Smartflo `last_seen_id` 1 → 2 → 1) is a loop.
 * - A page whose records are the same as an earlier page's (MyOperator serving page 1 again for page 2, or
 *   cycling pages) is a repeat: the vendor ignores the page number, and reading on would never end.
 * - Pages are capped: by the vendor's reported total when it gives one (ceil(total / size) + 1, one page
 *   of slack for users created during the read), else by a fixed ceiling far above any real org.
 * - The whole read has a deadline (`RINGFORM_READ_DEADLINE_SECONDS`, default 900 s: far past the fixed
 *   part of any sound read). Unless set explicitly it grows with the requests a read announces it will
 *   make at the pace (ReadDeadline: one answer-rule list per NetSapiens user takes 5,000 s for 50,000
 *   users at 10 requests/s). Checked before every page and, for the read as a whole, by `withReadDeadline`.
 *
 * A stop is a VendorDataError: never a short list, which the planner would read as "those users are gone".
 */
import { createHash } from 'node:crypto';
import type { HttpClientOptions } from './http/client.js';
import { RingformError } from '../errors.js';
import { VendorDataError } from './vendor-data.js';

export const DEFAULT_READ_DEADLINE_SECONDS = 900;
export const DEADLINE_ENV = 'RINGFORM_READ_DEADLINE_SECONDS';
/** Without a reported total: 10,000 pages (a million users at 100 a page) is past any real org. */
export const MAX_PAGES_WITHOUT_TOTAL = 10_000;

/** The whole-read deadline in milliseconds, from the environment or the default. */
export function readDeadlineMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[DEADLINE_ENV];
  if (raw === undefined || raw.trim() === '') return DEFAULT_READ_DEADLINE_SECONDS * 1000;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new RingformError(`${DEADLINE_ENV}=${JSON.stringify(raw.slice(0, 40))} must be a number of seconds above 0 (default ${DEFAULT_READ_DEADLINE_SECONDS})`);
  }
  return seconds * 1000;
}

/**
 * The whole-read deadline of one read. It starts at `readDeadlineMs` (900 s unless set). A read whose
 * length follows the pace (NetSapiens: one answer-rule list per user) announces those requests with
 * `expect` once it knows them, and the deadline moves later by twice the time they take at the pace:
 * 50,000 users at 10 requests/s read within 900 s + 10,000 s. Twice: room for a vendor that answers more
 * slowly than the pace asks for, while a read that stalls still ends. A deadline set explicitly
 * (RINGFORM_READ_DEADLINE_SECONDS) does not move: it is the user's own bound. No pace (rate 0): no move.
 */
export class ReadDeadline {
  /** Epoch ms past which the read fails. */
  at: number;
  private readonly started: number;
  private readonly base: number;
  /** What moved the deadline, for its error message. */
  private readonly grown: string[] = [];
  private onMove: () => void = () => undefined;

  constructor(
    baseMs: number,
    private readonly fixed: boolean,
    private readonly ratePerSecond: number,
    now = Date.now(),
  ) {
    this.started = now;
    this.base = baseMs;
    this.at = now + baseMs;
  }

  /** The read will send `requests` more, named `what` (e.g. "answer-rule requests"): the deadline moves out by twice their time at the pace. */
  expect(requests: number, what: string): void {
    if (this.fixed || !(this.ratePerSecond > 0) || !Number.isFinite(this.ratePerSecond) || requests <= 0) return;
    const ms = (2 * requests * 1000) / this.ratePerSecond;
    this.at += ms;
    this.grown.push(`${seconds(ms)} s: twice the time ${requests.toLocaleString('en-US')} ${what} take at ${Number(this.ratePerSecond.toFixed(2))} requests/s`);
    this.onMove();
  }

  /** Called when the deadline moves (withReadDeadline re-arms its timer). */
  watch(onMove: () => void): void {
    this.onMove = onMove;
  }

  error(vendor: string): VendorDataError {
    const total = seconds(this.at - this.started);
    const why = this.grown.length === 0 ? '' : ` (${seconds(this.base)} s, plus ${this.grown.join('; plus ')})`;
    const check =
      this.grown.length === 0
        ? `Check the vendor's status; on a very large org raise ${DEADLINE_ENV}.`
        : `Check the vendor's status; if it answers more slowly than the pace asks, lower the rate (--rate or provider.limits.rate: the deadline grows with the time the pace needs), or set a fixed deadline with ${DEADLINE_ENV}.`;
    return new VendorDataError(vendor, 'reading live state', `the read did not finish within the whole-read deadline of ${total} s${why}`, check);
  }
}

const seconds = (ms: number): number => Number((ms / 1000).toFixed(1));

/** The pace of the provider whose read runs under the deadline. */
export interface DeadlinePace {
  /** Requests per second; 0: none (the deadline does not grow). */
  ratePerSecond: number;
  /** @internal tests: the deadline before it grows, in place of the default (an explicit RINGFORM_READ_DEADLINE_SECONDS still wins). */
  baseMs?: number;
}

/** A provider's requests per second for its deadline: its shared pacer's, else the client's own limit, else none (0). */
export function paceOf(http: Partial<HttpClientOptions> | undefined): number {
  return http?.pacer?.ratePerSecond ?? http?.limits?.ratePerSecond ?? 0;
}

/**
 * Runs a provider's read under the whole-read deadline: past it, the read fails with a named error. `read`
 * gets the deadline's first value, and the deadline itself (ReadDeadline: a read that follows the pace
 * announces its requests so the deadline grows with them).
 */
export async function withReadDeadline<T>(vendor: string, read: (deadlineAt: number, deadline: ReadDeadline) => Promise<T>, env: NodeJS.ProcessEnv = process.env, pace?: DeadlinePace): Promise<T> {
  const explicit = env[DEADLINE_ENV] !== undefined && env[DEADLINE_ENV]!.trim() !== '';
  const deadline = new ReadDeadline(explicit ? readDeadlineMs(env) : (pace?.baseMs ?? readDeadlineMs(env)), explicit, pace?.ratePerSecond ?? 0);
  let timer: NodeJS.Timeout | undefined;
  let fail: (error: Error) => void = () => undefined;
  const expired = new Promise<never>((_, reject) => {
    fail = reject;
  });
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => fail(deadline.error(vendor)), Math.max(0, deadline.at - Date.now()));
    timer.unref?.();
  };
  arm();
  deadline.watch(arm);
  const work = read(deadline.at, deadline);
  // The read may still fail after the deadline won; that failure is already reported.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
    deadline.watch(() => undefined);
  }
}

export interface PageGuardOptions {
  vendor: string;
  /** The listing, for messages, e.g. `GET /v1/users`. */
  source: string;
  /** Epoch ms after which the next page is refused; default none. */
  deadlineAt?: number;
  maxPages?: number;
}

export class PageGuard {
  private pages = 0;
  private readonly cursors = new Set<string>();
  /** sha256 of each page's records → its page number. */
  private readonly seenPages = new Map<string, number>();
  private maxPages: number;

  constructor(private readonly opts: PageGuardOptions) {
    this.maxPages = opts.maxPages ?? MAX_PAGES_WITHOUT_TOTAL;
  }

  /** Caps the pages by a reported total (records) and page size: ceil(total / size) + 1. */
  total(total: number, pageSize: number): void {
    if (Number.isSafeInteger(total) && total >= 0) this.maxPages = Math.min(this.maxPages, Math.ceil(total / pageSize) + 1);
  }

  /** Before each request: refuses one page too many, or a page after the deadline. */
  beforePage(): void {
    if (this.opts.deadlineAt !== undefined && Date.now() > this.opts.deadlineAt) {
      throw new VendorDataError(this.opts.vendor, this.opts.source, 'the whole-read deadline passed while the listing was still paging', `Check the vendor's status; on a very large org raise ${DEADLINE_ENV}.`);
    }
    if (this.pages >= this.maxPages) {
      throw new VendorDataError(this.opts.vendor, this.opts.source, `the listing did not end after ${this.maxPages} pages`, 'The vendor keeps announcing more pages than it has records; report it to the vendor.');
    }
    this.pages++;
  }

  /**
   * After each non-empty page: the same records as an earlier page (the vendor ignoring the page number,
   * or cycling A, B, A, B) means reading on would never end, so it stops.
   */
  page(records: unknown[]): void {
    if (records.length === 0) return;
    const hash = createHash('sha256').update(JSON.stringify(records)).digest('base64');
    const earlier = this.seenPages.get(hash);
    if (earlier !== undefined) {
      throw new VendorDataError(this.opts.vendor, this.opts.source, `page ${this.pages} repeats page ${earlier} record for record`, 'The vendor is not honouring the page parameter; report it to the vendor.');
    }
    this.seenPages.set(hash, this.pages);
  }

  /** Each cursor the listing hands out must be new. */
  cursor(value: string): void {
    if (this.cursors.has(value)) {
      throw new VendorDataError(this.opts.vendor, this.opts.source, `the paging cursor came back to ${JSON.stringify(value.slice(0, 40))}, a value already used: it loops`, 'Report the listing to the vendor.');
    }
    this.cursors.add(value);
  }
}
