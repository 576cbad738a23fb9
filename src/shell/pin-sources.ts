/**
 * The plan never lies about a PIN it could not send: before a plan is shown, each voicemail PIN its actions
 * would send is looked up where the plan runs (the environment, the credentials file). A missing or malformed
 * one is a blocking diagnostic (RF445) at the user's `voicemail` line, so apply is refused up front instead of
 * failing that user half way. Only presence and shape are checked; the value is never kept or shown.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Org, SecretRef } from '../model/org.js';
import type { OrgOrigin } from '../model/origin.js';
import { parseAddress } from '../model/address.js';
import { PIN_LOST_ON_REPLACE, PIN_SOURCE_MISSING } from '../model/vendor-constraints/forwarding-voicemail.js';
import type { Action, Blocking, Record_ } from '../plan/types.js';
import { describe } from '../providers/secret-refs.js';

const PIN = /^[0-9]{4,10}$/;

/** The PIN reference an action would send, if any. */
function pinSent(action: Action): SecretRef | null {
  if (action.resource !== 'user') return null;
  if (action.kind === 'create' || action.kind === 'replace') return voicemailPin(action.after as Record_ | null);
  if (action.kind === 'update') return pinOf(action.changes.find((c) => c.field === 'voicemail')?.after);
  return null;
}

const pinOf = (voicemail: unknown): SecretRef | null => ((voicemail as { pin?: SecretRef | null } | null | undefined)?.pin ?? null);
const voicemailPin = (record: Record_ | null | undefined): SecretRef | null => pinOf(record?.voicemail);

/** Where a blocking diagnostic about `email` points: its `voicemail` line, else (`orEmail`) its email line. */
function positionOf(origin: OrgOrigin | undefined, email: string, orEmail: boolean): Pick<Blocking, 'position'> {
  const at = origin?.userPosition?.(email, 'voicemail') ?? (orEmail ? origin?.userPosition?.(email, 'email') : undefined);
  return at && origin ? { position: { file: origin.file, line: at.line, column: at.column } } : {};
}

/** A replace of a user whose live voicemail has a PIN, with no PIN source declared: the PIN cannot follow. */
function pinLost(action: Action, origin?: OrgOrigin): Blocking | null {
  if (action.resource !== 'user' || action.kind !== 'replace') return null;
  const had = voicemailPin(action.before);
  const sends = voicemailPin(action.after);
  if (had === null || !('set' in had) || (sends !== null && !('set' in sends))) return null;
  const email = parseAddress(action.address)?.keys[0] ?? '';
  return {
    code: PIN_LOST_ON_REPLACE.code,
    message: `replacing ${email} re-creates the account, and its voicemail PIN cannot be carried over (ringform never keeps a PIN it reads)`,
    fix: PIN_LOST_ON_REPLACE.hint,
    address: action.address,
    source: PIN_LOST_ON_REPLACE.source,
    ...positionOf(origin, email, true),
  };
}

function credentialKeys(org: Org): Record<string, unknown> {
  const file = org.provider.credentials.file;
  if (file === null) return {};
  try {
    const data: unknown = JSON.parse(readFileSync(path.resolve(org.provider.baseDir, file), 'utf8'));
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function pinSourceBlocking(actions: readonly Action[], org: Org, env: NodeJS.ProcessEnv, origin?: OrgOrigin): Blocking[] {
  let keys: Record<string, unknown> | null = null;
  const out: Blocking[] = [];
  for (const action of actions) {
    const lost = pinLost(action, origin);
    if (lost) out.push(lost);
    const ref = pinSent(action);
    if (ref === null || 'set' in ref) continue;
    const value = 'env' in ref ? env[ref.env] : String((keys ??= credentialKeys(org))[ref.credential] ?? '');
    if (value !== undefined && PIN.test(value)) continue;
    const email = parseAddress(action.address)?.keys[0] ?? '';
    out.push({
      code: PIN_SOURCE_MISSING.code,
      message: `the voicemail PIN comes from ${describe(ref)}, which is ${value ? 'not 4 to 10 digits' : 'not set'} here`,
      fix: 'env' in ref ? `Export ${ref.env} (the PIN, digits only), then plan again.` : `Add "${ref.credential}" (the PIN, digits only) to ${org.provider.credentials.file ?? 'the credentials file'}, then plan again.`,
      address: action.address,
      source: PIN_SOURCE_MISSING.source,
      ...positionOf(origin, email, false),
    });
  }
  return out;
}
