/**
 * The sandbox is a vendor: it is sent a voicemail PIN and keeps only that one is set (`{ set: true }`), never the
 * value nor the reference, as a real vendor would not show it back. The reference is resolved here (the same
 * environment variable or credentials-file key a real provider would read at apply), so a missing PIN fails the
 * action just as it would on NetSapiens, and the value is registered as a secret for the CLI's last-line redaction.
 */
import type { Action, FieldChange, Record_ } from '../../plan/types.js';
import type { SecretRef } from '../../model/org.js';
import type { SecretResolver } from '../secret-refs.js';

function sealed(voicemail: unknown, secrets: SecretResolver, who: string): unknown {
  if (typeof voicemail !== 'object' || voicemail === null) return voicemail;
  const pin = (voicemail as { pin?: SecretRef | null }).pin;
  if (pin === null || pin === undefined || 'set' in pin) return voicemail;
  secrets.pin(pin, `${who}.voicemail.pin`);
  return { ...voicemail, pin: { set: true } };
}

function sealRecord(record: Record_ | null | undefined, secrets: SecretResolver, who: string): Record_ | null | undefined {
  return record && 'voicemail' in record ? { ...record, voicemail: sealed(record.voicemail, secrets, who) } : record;
}

/** The action with every voicemail PIN reference of a user resolved and replaced by `{ set: true }`. */
export function sealSecrets(action: Action, secrets: SecretResolver): Action {
  if (action.resource !== 'user') return action;
  const who = action.address;
  const out = { ...action } as Action & { after?: Record_ | null; changes?: FieldChange[] };
  if ('after' in out) out.after = sealRecord(out.after, secrets, who) as Record_;
  if (Array.isArray(out.changes)) out.changes = out.changes.map((c) => (c.field === 'voicemail' ? { ...c, after: sealed(c.after, secrets, who) } : c));
  return out;
}
