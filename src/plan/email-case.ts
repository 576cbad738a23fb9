/**
 * Review: org.yaml `Ann@x.com` against live `ann@x.com`, with no `previously`, planned "No changes." and said
 * nothing. ringform holds every email in lower case: config/normalise.ts lowers org.yaml's, and every vendor read
 * gives them lower case (providers/vendor-data.ts canonicalEmail); users pair, and emails compare, without regard
 * to case. So the case org.yaml writes is never sent: no change is planned for it, an update carries the email as
 * read (capability.ts planUpdate applies only the changes to the live record), and a create sends it in lower case.
 *
 * Decision: the plan says so, one warning per user whose email org.yaml writes with capitals, for every vendor
 * alike (no capability row is needed: no vendor differs here). Sending the case instead is not done: no vendor
 * source says whether the vendor keeps an email's case or signs in by it [NF: Smartflo /v1/user, NetSapiens
 * `email-address`, MyOperator `email`, Squaretalk's user tab]; the emulators keep what they are sent [I: an
 * emulator choice, not evidence]; and with lower-case reads a case change could never be seen done, so it
 * would be planned again on every run.
 */
import { addressOf } from '../model/address.js';
import type { LiveUser } from '../model/live.js';
import type { User } from '../model/org.js';
import type { OrgOrigin } from '../model/origin.js';
import type { Pair } from './identity.js';

export function emailCaseNotes(users: readonly Pair<User, LiveUser>[], origin: OrgOrigin | undefined): string[] {
  const spelled = origin?.spelledEmails?.();
  if (!spelled || spelled.size === 0) return [];
  const notes: string[] = [];
  for (const { desired, live } of users) {
    const written = desired ? spelled.get(desired.email) : undefined;
    if (!desired || written === undefined) continue;
    // A rename (`previously`) changes the email, to the lower-case one: its update line says so.
    const what = !live
      ? `apply creates the user as ${desired.email}, not ${written}`
      : live.data.email === desired.email
        ? `the vendor's reads as ${live.data.email}, so this is no change, and apply never sends ${written}`
        : `apply changes the email from ${live.data.email} to ${desired.email}, not ${written}`;
    notes.push(
      `${addressOf('user', desired.email)}: org.yaml writes the email ${written}, but ringform handles emails in lower case (they compare without regard to case): ${what} (to change the case, do it in the vendor's panel; write the email in lower case to drop this note)`,
    );
  }
  return notes;
}
