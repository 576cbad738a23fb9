/**
 * A request log shared by the vendor emulators, so tests can assert "minimal calls" and
 * "only spec-conforming requests". Credentials are never stored: no headers are kept, and body
 * fields that look like secrets are replaced by "[redacted]".
 */
import type { FaultKind } from './faults.js';

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** HTTP status sent, or null when the connection was dropped without a response. */
  status: number | null;
  fault?: FaultKind;
  /** Ways the request did not conform to the vendor's spec (empty or absent when it did). */
  violations?: string[];
  /** Evidence-only emulators: answer fields left out because no source documents them (`[].email-address`). */
  undocumented?: string[];
}

export interface Violation {
  method: string;
  path: string;
  problems: string[];
}

const SECRET_KEY = /pass(word|code)?|secret|token|authorization|pin$/i;

export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEY.test(k) ? '[redacted]' : redact(v);
  return out;
}

export class RequestLog {
  private entries: LoggedRequest[] = [];

  /** Record a request; the returned entry is completed (status, fault) as the request is served. */
  record(entry: Omit<LoggedRequest, 'status'>): LoggedRequest {
    const logged: LoggedRequest = { ...entry, body: redact(entry.body), status: null };
    this.entries.push(logged);
    return logged;
  }

  requests(): LoggedRequest[] {
    return [...this.entries];
  }

  violations(): Violation[] {
    return this.entries
      .filter((e) => e.violations && e.violations.length > 0)
      .map((e) => ({ method: e.method, path: e.path, problems: [...e.violations!] }));
  }

  clear(): void {
    this.entries = [];
  }
}
