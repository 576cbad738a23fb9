/**
 * The one HTTP layer every vendor provider uses, on undici: base URL and auth, JSON or form bodies,
 * connect and total timeouts, retries with backoff and jitter, a client-side rate and concurrency limit
 * (limiter.ts) that pauses the whole client on a 429 until Retry-After, a redacted request log, and named
 * errors.
 *
 * What is retried: every request on 429 (the vendor did not act) after the whole client's pause; a GET on
 * 500 too (a read changes nothing); idempotent requests (every method but POST) on 502/503/504 and on a
 * dropped connection, with backoff, at most `retries` times. Creates are not idempotent: `request` never
 * retries a POST after a timeout, reset or 5xx (the vendor may have acted); `createOnce` reads the object
 * back and re-creates only if it is absent.
 */
import { Agent, request as undiciRequest, type Dispatcher } from 'undici';
import { RingformError } from '../../errors.js';
import { errorForStatus, NetworkError, NotAListError, RateLimitedError, RequestTimeoutError, ResponseTooLargeError, VendorError, type HttpError, type HttpErrorDetails } from './errors.js';
import { Pacer, Slots, type LimiterOptions } from './limiter.js';
import { Redactor } from './redact.js';
import { DEFAULT_RETRY, RETRYABLE_STATUSES, backoffMs, isNetworkFailure, parseRetryAfter, type RetryPolicy } from './retry.js';
import { assertTransportAllowed } from './transport.js';
import { BodyTooLarge, readBody, vendorMessageOf, type ReadBody } from './body.js';
import { readListBody } from './list-body.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Query = Record<string, string | number | boolean | undefined>;

export interface AuthHook {
  /** Headers to add (e.g. Authorization); called before every attempt so a refreshed token is used. */
  headers(): Promise<Record<string, string>>;
  /** Query parameters to add (vendors that take the token in the query). */
  query?(): Promise<Query>;
  /** Called once after a 401; true when new credentials were obtained and the request may be retried. */
  refresh?(): Promise<boolean>;
}

export interface RequestLogEntry {
  method: Method;
  /** Redacted. */
  path: string;
  status: number | null;
  durationMs: number;
  attempt: number;
  error?: string;
}

/**
 * How long one request may take, from sending it to the last byte of the answer (`--timeout`). 30 s: a
 * vendor's slowest listing page answers within a few seconds; one that has not answered in 30 s is stuck.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/**
 * The largest response body read (64 MiB). A NetSapiens page of 1,000 users is about 2 MB; a body past the
 * cap is a wrong endpoint, a proxy or a vendor bug, and ends in a ResponseTooLargeError rather than memory.
 */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface HttpClientOptions {
  vendor: string;
  baseUrl: string;
  auth?: AuthHook;
  connectTimeoutMs?: number;
  /** Per request (each attempt): until the whole answer is in. Default DEFAULT_REQUEST_TIMEOUT_MS. */
  totalTimeoutMs?: number;
  /** Default DEFAULT_MAX_BODY_BYTES. */
  maxBodyBytes?: number;
  retry?: Partial<RetryPolicy>;
  /** Rate (used when no `pacer` is given) and concurrency. Default: no rate, 8 at once. */
  limits?: Partial<LimiterOptions>;
  /** A pacer shared with the provider's other clients (its login or token client): one rate, one pause. */
  pacer?: Pacer;
  onLog?: (entry: RequestLogEntry) => void;
  redactor?: Redactor;
  /** Plain http off loopback is refused unless this is set (credentials would cross the network in clear). */
  insecureHttp?: boolean;
  /** Finds the vendor's message in an error body; default: `message`, `error`, `detail` fields. */
  vendorMessage?: (body: unknown) => string | null;
  /**
   * A wait some vendors give in the error body instead of (or beside) a Retry-After header, as the header's
   * text (seconds or an HTTP date); the header wins when both are there. Default: none read.
   */
  retryAfterInBody?: (body: unknown) => string | null;
  /** Some vendors answer 200 with an error envelope; return its message to turn it into a VendorError. */
  errorEnvelope?: (body: unknown) => string | null;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** The clock of the pacer and of an HTTP-date Retry-After (tests). Default Date.now. */
  now?: () => number;
}

export interface RequestOptions {
  method: Method;
  /** Relative to the base URL, starting with '/'. */
  path: string;
  query?: Query;
  json?: unknown;
  form?: Record<string, string>;
  /** Default: every method but POST. A non-idempotent request is retried only on 429. */
  idempotent?: boolean;
  /**
   * A listing (a GET answered with a JSON list of objects): each object as it arrives becomes what this
   * returns, and the answer's body is the list of those (list-body.ts). The whole body is then never held at
   * once. A 2xx answer that is not a list of objects is read and reported as without it. Must not throw.
   */
  listItem?: (item: Record<string, unknown>) => unknown;
}

export interface HttpResponse<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | undefined>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class HttpClient {
  readonly redactor: Redactor;
  private readonly agent: Agent;
  private readonly pacer: Pacer;
  private readonly slots: Slots;
  private readonly retry: RetryPolicy;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly base: URL;
  /** The base URL without a trailing slash (`https://host` or `https://host/ns-api/v2`): paths append to it. */
  private readonly prefix: string;
  private readonly basePath: string;

  constructor(private readonly options: HttpClientOptions) {
    this.base = new URL(options.baseUrl);
    this.prefix = this.base.href.replace(/\/+$/, '');
    this.basePath = this.base.pathname.replace(/\/+$/, '');
    assertTransportAllowed(this.base, options.vendor, options.insecureHttp ?? false);
    this.redactor = options.redactor ?? new Redactor();
    this.sleep = options.sleep ?? defaultSleep;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.agent = new Agent({ connectTimeout: options.connectTimeoutMs ?? 10_000, keepAliveTimeout: 10_000 });
    const clock = { sleep: this.sleep, ...(options.random ? { random: options.random } : {}), ...(options.now ? { now: options.now } : {}) };
    this.pacer = options.pacer ?? new Pacer(options.limits?.ratePerSecond ?? 0, clock);
    this.slots = new Slots(options.limits?.concurrency ?? 8);
  }

  /** One request, holding its concurrency slot through every attempt and wait (limiter.ts). */
  async request<T = unknown>(req: RequestOptions): Promise<HttpResponse<T>> {
    return this.slots.hold(() => this.attempts<T>(req));
  }

  private async attempts<T>(req: RequestOptions): Promise<HttpResponse<T>> {
    const idempotent = req.idempotent ?? req.method !== 'POST';
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      await this.pacer.turn();
      const outcome = await this.attempt(req, attempt);
      if (outcome.kind === 'ok') return outcome.response as HttpResponse<T>;
      const { error, status, retryAfterMs } = outcome;
      if (status === 401 && !refreshed && this.options.auth?.refresh) {
        refreshed = true;
        if (await this.options.auth.refresh()) continue;
      }
      const wait = this.retryDelay(req, idempotent, status, retryAfterMs, attempt, error);
      if (wait === null) throw error;
      if (wait === 'too long') throw this.waitTooLong(error, retryAfterMs!);
      // The vendor said "not now" to this client: every request of it waits, not this one alone.
      if (status === 429 || retryAfterMs !== null) this.pacer.pause(wait, status ?? 429);
      else await this.sleep(wait);
    }
  }

  /** A Retry-After past the cap: not waited for, and the error says so (a run does not hang for hours). */
  private waitTooLong(error: HttpError, retryAfterMs: number): HttpError {
    const summary =
      `${error.status === 429 ? 'rate limited' : 'unavailable'}: the vendor asked to wait ${durationText(retryAfterMs)}, longer than ringform waits ` +
      `(${durationText(this.retry.maxRetryAfterMs)}). Try again later, or lower the request rate (--rate, or provider.limits.rate in org.yaml)`;
    return error.status === 429 ? new RateLimitedError(error.details, summary) : new VendorError(error.details, summary);
  }

  /**
   * A create that survives a lost response: on a reset, timeout or 5xx, `findExisting` reads the object
   * back, and only if it is absent is the create sent again.
   */
  async createOnce<T, R>(req: RequestOptions, findExisting: () => Promise<R | null>): Promise<HttpResponse<T> | { recovered: R }> {
    for (let round = 0; ; round++) {
      try {
        return await this.request<T>({ ...req, idempotent: false });
      } catch (error) {
        if (!isAmbiguous(error) || round >= this.retry.retries) throw error;
        const existing = await findExisting();
        if (existing !== null) return { recovered: existing };
        await this.sleep(backoffMs(round, this.retry, this.options.random));
      }
    }
  }

  /**
   * One GET for `ringform probe`: the answer whatever its status (there a 404 is a finding, not an error),
   * through the same pace and concurrency slots, auth, timeout and body cap, never retried. Only a failure to get an answer
   * throws (a NetworkError). The body is JSON when it parses, else null with `invalidJson`.
   */
  async inspect(path: string, query?: Query): Promise<HttpResponse<unknown> & { invalidJson: boolean }> {
    return this.slots.hold(async () => {
      await this.pacer.turn();
      const url = await this.urlFor({ method: 'GET', path, ...(query ? { query } : {}) });
      const shownPath = this.redactor.path(url.pathname.slice(this.basePath.length) + url.search);
      const started = performance.now();
      try {
        const response = await undiciRequest(url, {
          method: 'GET',
          headers: await this.headersFor({ method: 'GET', path }),
          dispatcher: this.agent,
          signal: AbortSignal.timeout(this.options.totalTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS),
        });
        const body = await readBody(response, this.options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
        this.options.onLog?.({ method: 'GET', path: shownPath, status: response.statusCode, durationMs: Math.round(performance.now() - started), attempt: 0 });
        return { status: response.statusCode, headers: response.headers, body: body.invalidJson ? null : body.value, invalidJson: body.invalidJson };
      } catch (cause) {
        const details = { vendor: this.options.vendor, method: 'GET', path: shownPath, status: null, vendorMessage: this.redactor.text(networkReason(cause)) };
        throw new NetworkError(details, 'failed', { cause });
      }
    });
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private retryDelay(req: RequestOptions, idempotent: boolean, status: number | null, retryAfterMs: number | null, attempt: number, error: HttpError): number | 'too long' | null {
    if (attempt >= this.retry.retries) return null;
    if (error instanceof RequestTimeoutError || error instanceof ResponseTooLargeError) return null;
    // A GET is retried on 500 as well: reading again changes nothing. A write on 500 may have happened.
    const retryable = status === null ? isNetworkFailure(error.cause) : RETRYABLE_STATUSES.has(status) || (status === 500 && req.method === 'GET');
    if (!retryable) return null;
    // A non-idempotent request is retried only when the vendor said it did not act: 429.
    if (!idempotent && status !== 429) return null;
    if (retryAfterMs !== null) return retryAfterMs <= this.retry.maxRetryAfterMs ? retryAfterMs : 'too long';
    return backoffMs(attempt, this.retry, this.options.random);
  }

  private async attempt(req: RequestOptions, attempt: number): Promise<Outcome> {
    const url = await this.urlFor(req);
    const shownPath = this.redactor.path(url.pathname.slice(this.basePath.length) + url.search);
    const started = performance.now();
    const details = (status: number | null, vendorMessage: string | null): HttpErrorDetails => ({
      vendor: this.options.vendor,
      method: req.method,
      path: shownPath,
      status,
      vendorMessage: vendorMessage === null ? null : this.redactor.text(vendorMessage),
    });
    const log = (status: number | null, error?: string) =>
      this.options.onLog?.({ method: req.method, path: shownPath, status, durationMs: Math.round(performance.now() - started), attempt, error: error === undefined ? undefined : this.redactor.text(error) });
    const timeoutMs = this.options.totalTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const deadline = AbortSignal.timeout(timeoutMs);
    const timedOut = (status: number | null, cause: unknown): Outcome => {
      log(status, `timed out after ${durationText(timeoutMs)}`);
      return { kind: 'error', status: null, retryAfterMs: null, error: new RequestTimeoutError(details(null, null), this.timeoutSummary(timeoutMs), { cause }) };
    };
    let response: Dispatcher.ResponseData;
    try {
      response = await undiciRequest(url, {
        method: req.method,
        headers: await this.headersFor(req),
        body: bodyOf(req),
        dispatcher: this.agent,
        signal: deadline,
      });
    } catch (cause) {
      if (deadline.aborted) return timedOut(null, cause);
      log(null, networkReason(cause));
      return { kind: 'error', status: null, retryAfterMs: null, error: new NetworkError(details(null, networkReason(cause)), 'failed', { cause }) };
    }
    return this.outcomeOf(response, details, log, (cause) => (deadline.aborted ? timedOut(response.statusCode, cause) : null), req.listItem);
  }

  /** What a timed-out request says: how long it waited, and what to check (no path query, no credentials). */
  private timeoutSummary(timeoutMs: number): string {
    return (
      `timed out after ${durationText(timeoutMs)}: the vendor took the request but did not answer. ` +
      `Check that ${this.base.origin} is the vendor's API and is up (the endpoint), or allow longer with --timeout (e.g. --timeout 2m).`
    );
  }

  private async outcomeOf(
    response: Dispatcher.ResponseData,
    details: (status: number | null, message: string | null) => HttpErrorDetails,
    log: (status: number | null, error?: string) => void,
    ifTimedOut: (cause: unknown) => Outcome | null,
    listItem?: RequestOptions['listItem'],
  ): Promise<Outcome> {
    const status = response.statusCode;
    const maxBytes = this.options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const read: Promise<ReadBody & { notObjects?: string }> = listItem && status >= 200 && status < 300 ? readListAsBody(response, maxBytes, listItem) : readBody(response, maxBytes);
    const body = await read.catch((cause: unknown) => ({ unreadable: networkReason(cause), cause }));
    if (isUnreadable(body)) {
      if (body.cause instanceof BodyTooLarge) {
        log(status, `body over ${bytesText(maxBytes)}`);
        const summary = `answered with more than ${bytesText(maxBytes)}; ringform stopped reading. Check that the endpoint is the vendor's API (not a download or a proxy page)`;
        return { kind: 'error', status: null, retryAfterMs: null, error: new ResponseTooLargeError(details(status, null), summary) };
      }
      const timeout = ifTimedOut(body.cause);
      if (timeout) return timeout;
      log(status, body.unreadable);
      return { kind: 'error', status: null, retryAfterMs: null, error: new NetworkError(details(status, body.unreadable), 'response cut off', { cause: body.cause }) };
    }
    log(status);
    if (status >= 200 && status < 300) {
      if (body.notObjects !== undefined) return { kind: 'error', status, retryAfterMs: null, error: new NotAListError(details(status, body.notObjects), 'did not answer with a list of objects') };
      if (body.invalidJson) return { kind: 'error', status, retryAfterMs: null, error: new VendorError(details(status, body.text), 'answered with a body that is not JSON') };
      const envelope = this.options.errorEnvelope?.(body.value) ?? null;
      if (envelope !== null) return { kind: 'error', status, retryAfterMs: null, error: new VendorError(details(status, envelope), 'answered with an error') };
      return { kind: 'ok', response: { status, body: body.value, headers: response.headers } };
    }
    const message = (this.options.vendorMessage ?? vendorMessageOf)(body.value) ?? (body.text || null);
    return {
      kind: 'error',
      status,
      retryAfterMs: parseRetryAfter(response.headers['retry-after'] ?? this.options.retryAfterInBody?.(body.value) ?? undefined, (this.options.now ?? Date.now)()),
      error: errorForStatus(details(status, message)),
    };
  }

  private async urlFor(req: RequestOptions): Promise<URL> {
    if (!req.path.startsWith('/')) throw new RingformError(`internal: request path must start with '/': ${req.path}`);
    const url = new URL(this.prefix + req.path);
    const query = { ...(await this.options.auth?.query?.()), ...req.query };
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    return url;
  }

  private async headersFor(req: RequestOptions): Promise<Record<string, string>> {
    const headers: Record<string, string> = { accept: 'application/json', ...(await this.options.auth?.headers()) };
    if (req.json !== undefined) headers['content-type'] = 'application/json';
    if (req.form !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
    return headers;
  }
}

type Outcome =
  | { kind: 'ok'; response: HttpResponse }
  | { kind: 'error'; status: number | null; retryAfterMs: number | null; error: HttpError };

/**
 * A listing's 2xx body (list-body.ts) in readBody's terms: the list of `listItem` of each object; a list with
 * an element that is not an object, too large to have been kept whole, as `notObjects`.
 */
async function readListAsBody(response: Dispatcher.ResponseData, maxBytes: number, listItem: NonNullable<RequestOptions['listItem']>): Promise<ReadBody & { notObjects?: string }> {
  const read = await readListBody(response, maxBytes, listItem);
  switch (read.kind) {
    case 'list':
      return { text: '', value: read.items, invalidJson: false };
    case 'whole': {
      // Read whole because the scanner stepped aside; a list of objects is still a listing.
      const value = read.body.value;
      const objects = Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
      return objects ? { ...read.body, value: (value as Record<string, unknown>[]).map(listItem) } : read.body;
    }
    case 'notJson':
      return { text: read.text, value: null, invalidJson: true };
    case 'notObjects':
      return { text: '', value: null, invalidJson: false, notObjects: read.shown };
  }
}

function bodyOf(req: RequestOptions): string | undefined {
  if (req.json !== undefined) return JSON.stringify(req.json);
  if (req.form !== undefined) return new URLSearchParams(req.form).toString();
  return undefined;
}

function isUnreadable(body: unknown): body is { unreadable: string; cause: unknown } {
  return typeof body === 'object' && body !== null && 'unreadable' in body;
}

/** A failure after which the vendor may or may not have acted. */
function isAmbiguous(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  const status = (error as HttpError | null)?.details?.status;
  return typeof status === 'number' && status >= 500;
}

/** `30 s`, `1.5 s`, `250 ms`, `2 min`. */
export function durationText(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms >= 120_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${Math.round(ms / 100) / 10} s`;
}

function bytesText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB` : `${bytes} bytes`;
}

function networkReason(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as { code?: string }).code;
    if (cause.name === 'TimeoutError') return 'timed out';
    return code ? `${code}: ${cause.message}` : cause.message;
  }
  return String(cause);
}
