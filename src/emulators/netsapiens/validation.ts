/**
 * Semantic checks the emulator applies in every mode (the vendor rejects bad enum values with 400).
 * Enum values are copied from the spec's components; when the spec file is present the request
 * validator additionally turns any spec `enum` violation into a 400 (see server.ts).
 */
import { badRequest } from './errors.js';
import type { Wire } from './state.js';

/** Spec `components.schemas.Scopes`. */
export const SCOPES = [
  'Basic User', 'Simple User', 'Advanced User', 'Call Center Agent', 'Site Manager', 'Call Center Supervisor',
  'Office Manager', 'Reseller', 'Super User', 'NDP', 'No Portal',
] as const;

/** Spec `CallQueue.callqueue-dispatch-type`. */
export const DISPATCH_TYPES = ['Round-robin', 'Tiered Round-robin', 'Ring All', 'Linear Cascade', 'Linear Hunt', 'Call Park'] as const;

/** Spec `Agent.callqueue-agent-availability-type`. */
export const AVAILABILITY_TYPES = ['automatic', 'manual', 'disabled', 'offnet-automatic'] as const;

/** Spec `RecurringTimeframeType` (documented in its description; the schema has no enum). */
export const TIMEFRAME_TYPES = ['always', 'days-of-week', 'specific-dates', 'holiday', 'custom'] as const;

/** Fields named `*-enabled` that are not plain yes/no in the spec. */
const NOT_YES_NO: Record<string, readonly string[]> = {
  'device-srtp-enabled': ['yes', 'no', 'opportunistic'],
  'voicemail-transcription-enabled': ['no', 'Deepgram', 'Google', 'Mutare', 'Voicebase'],
};

/** Other yes/no fields of users, devices, queues and agents (spec YesNoString*). */
const YES_NO_FIELDS = new Set([
  'privacy', 'synchronous', 'callqueue-calculate-statistics', 'callqueue-debug', 'callqueue-force-full-intro-playback',
  'callqueue-require-available-agents-to-accept-new-callers', 'callqueue-sms-enable', 'callqueue-agent-auto-logout-after-missed',
  'device-sip-no-to-tag-in-cancel', 'device-sip-registration-ignore-for-presence-calculation',
  'voicemail-playback-announce-datetime-received', 'voicemail-playback-announce-caller-id',
  'voicemail-playback-sort-newest-to-oldest',
]);

export function checkEnum(body: Wire, field: string, allowed: readonly string[]): void {
  const value = body[field];
  if (value === undefined) return;
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw badRequest(`Invalid ${field}: ${JSON.stringify(value)} (allowed: ${allowed.join(', ')})`);
  }
}

/** yes/no fields must be the strings "yes" or "no". */
export function checkYesNo(body: Wire): void {
  for (const field of Object.keys(body)) {
    const special = NOT_YES_NO[field];
    if (special) checkEnum(body, field, special);
    else if (field.endsWith('-enabled') || YES_NO_FIELDS.has(field)) checkEnum(body, field, ['yes', 'no']);
  }
}

export function requireString(body: Wire, field: string): string {
  const value = body[field];
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  throw badRequest(`Missing required field ${field}`);
}

/** Copy a body without the fields a client may not write (read-only or write-only). */
export function writable(body: Wire, ignored: readonly string[]): Wire {
  const out: Wire = {};
  for (const [k, v] of Object.entries(body)) if (!ignored.includes(k)) out[k] = v;
  return out;
}

export function isYes(value: unknown): boolean {
  return value === 'yes';
}
