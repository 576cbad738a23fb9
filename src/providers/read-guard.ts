/**
 * Bounds on a paged vendor listing, shared by the providers: a listing ends, or stops with a named error.
 *
 * - A cursor that comes back to a value already used (Smartflo `last_seen_id` 1 → 2 → 1) is a loop.
 * - A page whose records are the same as an earlier page's (MyOperator serving page 1 again for page 2, or
 *   cycling pages) is a repeat: the vendor ignores the page number, and reading on would never end.
 * - Pages are capped: by the vendor's reported total when it gives one (ceil(total / size) + 1, one page
 *   of slack for users created during the read), else by a fixed ceiling far above any real org.
 * - The whole read has a deadline (`RINGFORM_READ_DEADLINE_SECONDS`, default 900 s: the NetSapiens read of
 *   a 10,000-user domain, one answer-rules request per user, takes well under a minute against the
 *   emulator and a few minutes against a rate-limited vendor; 15 minutes is far past any sound read).
 *   Checked before every page and, for the read as a whole, by `withReadDeadline`.
 *
 * A stop is a VendorDataError: never a short list, which the planner would read as "those users are gone".
 */
import { createHash } from 'node:crypto';
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

function deadlineError(vendor: string, ms: number): VendorDataError {
  return new VendorDataError(
    vendor,
    'reading live state',
    `the read did not finish within the whole-read deadline of ${ms / 1000} s`,
    `Check the vendor's status; on a very large org raise ${DEADLINE_ENV}.`,
  );
}

/** Runs a provider's read under the whole-read deadline: past it, the read fails with a named error. */
export async function withReadDeadline<T>(vendor: string, read: (deadlineAt: number) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const ms = readDeadlineMs(env);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(deadlineError(vendor, ms)), ms);
    timer.unref?.();
  });
  const work = read(Date.now() + ms);
  // The read may still fail after the deadline won; that failure is already reported.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
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
