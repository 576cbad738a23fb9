/**
 * A user's `voicemail` ↔ User fields [S: spec, components.schemas.User]:
 *   enabled → `voicemail-enabled` (yes/no, default yes)
 *   email   → `email-send-alert-new-voicemail-enabled` (yes/no, default no) and `email-send-alert-new-voicemail-behavior`
 *             (enum no | yes "Hyperlink" | attnew "Attach and Leave New" | attsave | atttrash | brief | briefattnew |
 *             briefattsave | briefatttrash): attach → attnew, notify → yes, none → alert off and behavior no. Read:
 *             any att* behavior is attach, yes/brief is notify, an alert that is off is none.
 *   pin     → `voicemail-login-pin` ("the numeric pin … when connecting into voice IVR to check voicemail"). Written from
 *             the environment or the credentials file (secret-refs.ts); read back only as "a PIN is set" (`{ set: true }`):
 *             the value never enters the live model, `raw`, a plan or a log (read.ts strips it from `raw`).
 */
import type { Voicemail, VoicemailEmail } from '../../model/org.js';
import type { SecretResolver } from '../secret-refs.js';
import { str, yesNo, type Wire } from './mapper.js';

export const PIN_FIELD = 'voicemail-login-pin';
const ALERT = 'email-send-alert-new-voicemail-enabled';
const BEHAVIOR = 'email-send-alert-new-voicemail-behavior';

const BEHAVIOR_OF: Record<Exclude<VoicemailEmail, 'none'>, string> = { attach: 'attnew', notify: 'yes' };

/** A user's voicemail as read: one of twelve shared, frozen values (a 50,000-user read made one object each, 2.3 MB; issue 18). */
export function voicemailOf(user: Wire): Voicemail {
  const behavior = str(user, BEHAVIOR);
  const alert = str(user, ALERT) === 'yes' && behavior !== '' && behavior !== 'no';
  const email: VoicemailEmail = !alert ? 'none' : behavior.includes('att') ? 'attach' : 'notify';
  return sharedVoicemail(str(user, 'voicemail-enabled') !== 'no', email, str(user, PIN_FIELD) !== '');
}

const READ_VOICEMAILS = new Map<string, Voicemail>();

function sharedVoicemail(enabled: boolean, email: VoicemailEmail, pinSet: boolean): Voicemail {
  const key = `${enabled} ${email} ${pinSet}`;
  let one = READ_VOICEMAILS.get(key);
  if (!one) READ_VOICEMAILS.set(key, (one = deepFrozen({ enabled, email, pin: pinSet ? { set: true } : null })));
  return one;
}

const deepFrozen = (v: Voicemail): Voicemail => Object.freeze({ ...v, pin: v.pin && Object.freeze(v.pin) });

/**
 * The User fields for `voicemail`; the PIN (when one is named) resolved now, at write time. A PIN the plan
 * keeps as the vendor has it (`{ set: true }`: org.yaml names none, plan/fields.ts) is not sent, so it stays.
 */
export function voicemailFields(v: Voicemail, secrets: SecretResolver, who: string): Wire {
  const fields: Wire = {
    'voicemail-enabled': yesNo(v.enabled),
    [ALERT]: yesNo(v.email !== 'none'),
    [BEHAVIOR]: v.email === 'none' ? 'no' : BEHAVIOR_OF[v.email],
  };
  if (v.pin !== null && !('set' in v.pin)) fields[PIN_FIELD] = secrets.pin(v.pin, `${who}.voicemail.pin`);
  return fields;
}

/** The user as read, without the PIN: what may be kept as `raw` or shown. */
export function withoutPin(user: Wire): Wire {
  if (!(PIN_FIELD in user)) return user;
  const { [PIN_FIELD]: _pin, ...rest } = user;
  return rest;
}
