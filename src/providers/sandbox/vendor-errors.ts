/**
 * The sandbox answers like a strict HTTP vendor: each refusal carries a status and a message in the
 * vendor's words, so that apply output looks the same whichever provider produced it.
 */
import { RingformError } from '../../errors.js';

export function badRequest(message: string): RingformError {
  return new RingformError(`400 bad request: ${message}`);
}

export function notFound(message: string): RingformError {
  return new RingformError(`404 not found: ${message}`);
}

export function conflict(message: string): RingformError {
  return new RingformError(`409 conflict: ${message}`);
}

export function unprocessable(message: string): RingformError {
  return new RingformError(`422 unprocessable: ${message}`);
}
