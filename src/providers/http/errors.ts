/**
 * Named errors for vendor HTTP calls (docs/design.md#named-http-errors: the client turns statuses into named errors;
 * unstorage's FetchError carries method, path, status and the vendor's message). Messages carry the
 * redacted path only: never a token, password or query secret.
 */
import { RingformError } from '../../errors.js';
import { inert } from '../../inert.js';

export interface HttpErrorDetails {
  vendor: string;
  method: string;
  /** Redacted path with query. */
  path: string;
  status: number | null;
  /** The vendor's own message, when its error body had one. */
  vendorMessage: string | null;
}

export class HttpError extends RingformError {
  override name = 'HttpError';
  constructor(
    readonly details: HttpErrorDetails,
    summary: string,
    options?: { cause?: unknown },
  ) {
    const status = details.status === null ? '' : ` ${details.status}`;
    // The vendor's words are data, not ours: shown inert (one line, controls escaped).
    const said = details.vendorMessage ? `: ${inert(details.vendorMessage)}` : '';
    super(`[${details.vendor}] ${details.method} ${inert(details.path)}${status} ${summary}${said}`, undefined, options);
  }
  get status(): number | null {
    return this.details.status;
  }
}

/** 401/403: the credentials are missing, wrong, expired or lack the right. */
export class AuthError extends HttpError {
  override name = 'AuthError';
}
export class NotFoundError extends HttpError {
  override name = 'NotFoundError';
}
/** 409: a duplicate (user, login, extension) or a conflicting state. */
export class ConflictError extends HttpError {
  override name = 'ConflictError';
}
/** 429 that outlasted every retry. */
export class RateLimitedError extends HttpError {
  override name = 'RateLimitedError';
}
/** Any other vendor refusal: 400 validation errors, 5xx after retries, an error envelope on a 200. */
export class VendorError extends HttpError {
  override name = 'VendorError';
}
/** No usable response: connection refused or reset, timeout, or a body that is not what the API promises. */
export class NetworkError extends HttpError {
  override name = 'NetworkError';
}

/**
 * The vendor accepted the request but sent no complete answer within the per-request timeout (`--timeout`).
 * Not retried: the wait the user chose is the wait they get, not that wait times every retry.
 */
export class RequestTimeoutError extends NetworkError {
  override name = 'RequestTimeoutError';
}
/** A response body over the size cap: reading stopped there instead of taking the process to gigabytes. */
export class ResponseTooLargeError extends VendorError {
  override name = 'ResponseTooLargeError';
}

/** A listing (RequestOptions.listItem) answered with a list too large to keep whose elements are not all objects. */
export class NotAListError extends VendorError {
  override name = 'NotAListError';
}

export function errorForStatus(details: HttpErrorDetails): HttpError {
  const s = details.status;
  if (s === 401 || s === 403) return new AuthError(details, s === 401 ? 'unauthorised' : 'forbidden');
  if (s === 404) return new NotFoundError(details, 'not found');
  if (s === 409) return new ConflictError(details, 'conflict');
  if (s === 429) return new RateLimitedError(details, 'rate limited');
  return new VendorError(details, 'failed');
}
