/**
 * Identity is validated, never invented. Every record a provider reads from a vendor must carry the
 * identity the planner matches it by (a user's email, a department's, extension's or schedule's id); a
 * record without one, or two different records with the same identity, stop the read with a
 * VendorDataError instead of being keyed by something made up (`1001@domain`, a login id), which the
 * planner would take for a different user: a delete of the real one and a create of a copy.
 *
 * Email canonical form (the same comparison the planner applies to org.yaml, where emails are compared
 * lower-cased): surrounding whitespace is trimmed, the address is lower-cased, and what is left must be
 * one address (`local@domain`, no whitespace or control characters inside). Anything else (missing, null,
 * a number, an object, `"  "`, `"not-an-email"`) is no identity. Errors name the record by the vendor's
 * id and the field to check, never by echoing the bad value (it may be personal data, or hostile text).
 */
import { RingformError } from '../errors.js';

export class VendorDataError extends RingformError {
  override name = 'VendorDataError';
  constructor(vendor: string, where: string, problem: string, check: string) {
    super(`[${vendor}] ${where}: ${problem}. ringform stops rather than plan from it (a guessed or partial reading can plan the delete of a real user). ${check}`);
  }
}

/** One address, no whitespace or control characters, `local@domain` with a dot-free-or-dotted domain. */
const EMAIL = /^[^\s@\p{Cc}\p{Cf}]+@[^\s@\p{Cc}\p{Cf}]+$/u;

/** The canonical form of a vendor email, or null when the value is no usable address. */
export function canonicalEmail(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const email = value.trim().toLowerCase();
  return EMAIL.test(email) ? email : null;
}

/** Why a value is not an email, in words that do not repeat the value. */
export function emailProblem(value: unknown): string {
  if (value === undefined) return 'has no email address';
  if (value === null) return 'has a null email address';
  if (typeof value !== 'string') return `has an email address that is not text (a ${Array.isArray(value) ? 'list' : typeof value})`;
  if (value.trim() === '') return 'has an empty email address';
  return 'has an email address that is not one valid address';
}

export interface RecordRef {
  vendor: string;
  /** Where the record came from, e.g. `GET /domains/d/users`. */
  source: string;
  /** The record by its vendor id, e.g. `user 1001`. */
  label: string;
}

/** The record's canonical email, or a VendorDataError naming the record and what to fix. */
export function requireEmail(ref: RecordRef, value: unknown, check: string): string {
  const email = canonicalEmail(value);
  if (email !== null) return email;
  throw new VendorDataError(ref.vendor, ref.source, `${ref.label} ${emailProblem(value)}`, check);
}

/** A vendor id as text: a non-empty string or a finite integer; anything else is null. */
export function idText(value: unknown): string | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : null;
  if (typeof value !== 'string') return null;
  // Control and format characters (ESC, CR, bidi overrides) are no part of a real id, and would reach a terminal in messages.
  return value.trim() === '' || /[\p{Cc}\p{Cf}]/u.test(value) ? null : value;
}

export function requireId(vendor: string, source: string, what: string, index: number, value: unknown, field: string): string {
  const id = idText(value);
  if (id !== null) return id;
  throw new VendorDataError(vendor, source, `${what} number ${index + 1} of the listing has no usable \`${field}\``, `Check that record in the vendor's panel, or report the listing to the vendor.`);
}

const label = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

/**
 * One record per id. Byte-identical repeats (the same record served twice, e.g. by a page boundary that
 * moved) are dropped with a warning; two different records under one id stop the read.
 */
export function uniqueById<T>(vendor: string, source: string, what: string, records: T[], idOf: (r: T) => string, warnings: string[]): T[] {
  // Records are compared as JSON text only when an id repeats: the text of every record, kept for the whole
  // listing, was ~25 MB of a 50,000-user read (issue 18, memory).
  const seen = new Map<string, T>();
  const out: T[] = [];
  let repeats = 0;
  for (const record of records) {
    const id = idOf(record);
    const earlier = seen.get(id);
    if (earlier === undefined) {
      seen.set(id, record);
      out.push(record);
    } else if (JSON.stringify(earlier) === JSON.stringify(record)) repeats++;
    else {
      throw new VendorDataError(vendor, source, `the listing holds two different ${what} records with the id ${label(id)}`, 'The listing probably changed while it was read page by page; run again, and if it persists report it to the vendor.');
    }
  }
  if (repeats > 0) warnings.push(`[${vendor}] ${source}: ${repeats} ${what} record(s) were listed twice, identically; each is counted once.`);
  return out;
}

/** Two records (different ids) claiming one identity stop the read: the planner could not tell them apart. */
export function uniqueIdentity(vendor: string, source: string, what: string, items: Array<{ id: string; key: string }>, check: string): void {
  const owner = new Map<string, string>();
  for (const { id, key } of items) {
    const other = owner.get(key);
    if (other !== undefined && other !== id) {
      throw new VendorDataError(vendor, source, `${what} ${label(other)} and ${label(id)} have the same email address`, check);
    }
    owner.set(key, id);
  }
}

/**
 * A listing's records: a bare array, or the array under `key` of an object (`{data: [...]}`), every item
 * an object. Anything else (JSON null, a string, `data: {}` or `data: null`) is no listing: read as empty it
 * would plan every declared user as new (or, with prune, delete what exists), so it stops the read.
 */
export function requireList(vendor: string, source: string, body: unknown, key: string | null): Record<string, unknown>[] {
  const list = Array.isArray(body) ? body : key !== null && typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(list)) {
    const shape = body === null ? 'JSON null' : Array.isArray(body) ? 'a list' : typeof body === 'object' ? `an object whose \`${key ?? 'data'}\` is ${describe(list)}` : describe(body);
    throw new VendorDataError(vendor, source, `the vendor answered with ${shape}, not a list of records`, 'This is not an empty org; run again, and if it persists report it to the vendor.');
  }
  const bad = list.findIndex((item) => typeof item !== 'object' || item === null || Array.isArray(item));
  if (bad >= 0) throw new VendorDataError(vendor, source, `record number ${bad + 1} of the listing is ${describe(list[bad])}, not an object`, 'Report the listing to the vendor.');
  return list as Record<string, unknown>[];
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'string' ? `text (${value.length} characters)` : `a ${typeof value}`;
}
