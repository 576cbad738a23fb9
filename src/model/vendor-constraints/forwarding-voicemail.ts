/**
 * What each vendor refuses about a user's `forwarding` and `voicemail` (issue 19 items 1–2), with the fix and the
 * panel path where a person can do it instead. A vendor whose API cannot set a field refuses it only when org.yaml
 * writes a value that asks something of it: left out, it is unmanaged; written as the default (`forwarding: {}`), it
 * asks nothing of the vendor's API but cannot be checked either: validate refuses it with its own code
 * (config/rules/forwarding.ts RF444), while a plan of a program-built org (every field managed) is not blocked. The sandbox can do everything (its
 * capabilities are full), so it has none here.
 */
import { defineConstraint, type ConstraintContext, type UserConstraint } from '../constraints.js';
import { unsetOf, type ProviderType, type User } from '../org.js';
import { isEmptyForwarding } from '../forwarding.js';

/** Whether org.yaml writes `field` for this user (an unset field is unmanaged: the vendor is asked nothing). */
export function declares(user: User, ctx: ConstraintContext, field: 'forwarding' | 'voicemail'): boolean {
  return !unsetOf(ctx.org.unset, 'user', user.email).includes(field);
}

const SMARTFLO_USER_API = 'https://docs.smartflo.tatatelebusiness.com/reference/create-user and …/reference/patch-a-user';

function cannot(
  code: string,
  vendor: ProviderType,
  field: 'forwarding' | 'voicemail',
  meaning: string,
  hint: string,
  evidence: UserConstraint['evidence'],
): UserConstraint {
  return defineConstraint({
    code,
    name: `${vendor}-no-${field}`,
    vendor,
    scope: 'declared',
    field,
    meaning,
    hint,
    evidence,
    // `forwarding: {}` or a default voicemail asks nothing of the vendor: validate refuses it as RF444 instead.
    check: (user, ctx) =>
      declares(user, ctx, field) && !isDefaultValue(user, field) ? { message: `${user.name} declares ${field}, which ${vendorName(vendor)}'s API cannot set or read` } : null,
  });
}

/** No forward, or the voicemail every vendor starts with (on, no email, no PIN): nothing to set. */
export function isDefaultValue(user: User, field: 'forwarding' | 'voicemail'): boolean {
  if (field === 'forwarding') return isEmptyForwarding(user.forwarding);
  const v = user.voicemail;
  return v === null || (v.enabled && v.email === 'none' && v.pin === null);
}

const vendorName = (v: ProviderType) => ({ smartflo: 'Smartflo', myoperator: 'MyOperator', squaretalk: 'Squaretalk', netsapiens: 'NetSapiens', sandbox: 'the sandbox' })[v];

export const smartfloNoForwarding = cannot(
  'RF431',
  'smartflo',
  'forwarding',
  "Smartflo's user API has no call-forward field: neither POST /v1/user nor PATCH /v1/user takes one, and `agent.follow_me_number` (read-only, GET /v1/users) is the number the agent's calls ring, the user's own mobile (`phone`), not a forward.",
  "Remove `forwarding` from the user (left out, ringform leaves it alone) and set it in the Smartflo web panel: Users → the user → agent details → call forward number (the admin guide's \"call forward number\").",
  { source: `${SMARTFLO_USER_API} (body fields listed, none forwards); …/reference/fetch-multiple-users (agent.follow_me_number)`, emulator: 'POST/PATCH /v1/user accept no forward field; GET /v1/users shows follow_me_number as the user\'s number' },
);

export const smartfloNoVoicemail = cannot(
  'RF432',
  'smartflo',
  'voicemail',
  "Smartflo's user API has no voicemail field (POST /v1/user, PATCH /v1/user), so ringform can neither set nor read a user's voicemail.",
  'Remove `voicemail` from the user and set voicemail in the Smartflo web panel (no API or per-user setting is documented publicly [NF]).',
  { source: `${SMARTFLO_USER_API} (body fields listed, none for voicemail)`, emulator: 'no voicemail field on any user request or response' },
);

export const myoperatorNoForwarding = cannot(
  'RF433',
  'myoperator',
  'forwarding',
  "MyOperator's public user API (GET/POST/PUT /user) has no forwarding field; the only field seen on PUT is `receive_calls`. MyOperator rings the user's own phone (`phone`).",
  'Remove `forwarding` from the user; set what happens to unanswered calls in the MyOperator panel (the call flow of the number, Manage → Call Flow) [I: panel path from the product, not an API document].',
  { source: 'docs/vendors/myoperator.md (users endpoint: list/create/update; PUT seen only with receive_calls) [S: public client code]; no forwarding field found [NF]', emulator: 'PUT /user takes name, email, phone, extension and receive_calls only' },
);

export const myoperatorNoVoicemail = cannot(
  'RF434',
  'myoperator',
  'voicemail',
  "MyOperator's public user API has no voicemail field; voicemail is a step of a number's call flow, not a user setting.",
  'Remove `voicemail` from the user; add a voicemail step to the call flow in the MyOperator panel (Manage → Call Flow) [I].',
  { source: 'docs/vendors/myoperator.md (users endpoint fields) [S: public client code]; no voicemail field found [NF]', emulator: 'no voicemail field on /user' },
);

const SQUARETALK_RULES = 'https://support.squaretalk.com/portal/en/kb/articles/configuring-inbound-rules';

export const squaretalkNoForwarding = cannot(
  'RF435',
  'squaretalk',
  'forwarding',
  'Squaretalk publishes no admin API, and its help centre describes no per-user call forwarding: unanswered calls follow the inbound rule of the number (wait seconds, then a drop action).',
  'Remove `forwarding` from the user; in Squaretalk set the inbound rule of the number (Settings → Inbound Rules: wait seconds and drop action).',
  { source: `${SQUARETALK_RULES} (inbound rule: status, wait seconds, drop action such as voicemail); per-user forwarding [NF]`, emulator: 'no emulator: Squaretalk is read from a CSV export, which has no forwarding column' },
);

export const squaretalkNoVoicemail = cannot(
  'RF436',
  'squaretalk',
  'voicemail',
  "Squaretalk's voicemail is an inbound rule's drop action, set per number, not a per-user box; there is no admin API.",
  'Remove `voicemail` from the user; in Squaretalk choose voicemail as the drop action of the inbound rule (Settings → Inbound Rules).',
  { source: `${SQUARETALK_RULES}`, emulator: 'no emulator: Squaretalk is read from a CSV export, which has no voicemail column' },
);

/** Every `after` a user's forwarding names (top level, then per schedule). */
function noAnswerTimes(user: User): number[] {
  const f = user.forwarding;
  if (f === null) return [];
  return [f.noAnswer, ...f.schedules.map((s) => s.noAnswer)].flatMap((n) => (n === null ? [] : [n.after]));
}

export const netsapiensOneNoAnswerTime = defineConstraint({
  code: 'RF437',
  name: 'netsapiens-one-no-answer-time',
  vendor: 'netsapiens',
  scope: 'declared',
  field: 'forwarding',
  meaning:
    "NetSapiens rings a user for one number of seconds before a no-answer forward, the user's `ring-no-answer-timeout-seconds`; answer rules have no time of their own, so every `noAnswer.after` of a user must be the same.",
  hint: 'Give every `noAnswer` of the user (top level and under `schedules`) the same `after`.',
  evidence: {
    source: 'specs/netsapiens-api-v2.openapi.json: User.ring-no-answer-timeout-seconds ("how long an inbound call attempt will attempt to connect … before … the next option which might be a forward setting in answer rules"); AnswerruleFeature has only `enabled` and `parameters`',
    emulator: 'stores one ring-no-answer-timeout-seconds per user',
  },
  check(user, ctx) {
    if (!declares(user, ctx, 'forwarding')) return null;
    const times = [...new Set(noAnswerTimes(user))];
    return times.length > 1 ? { message: `${user.name} forwards unanswered calls after ${times.join(' and ')} seconds: NetSapiens has one no-answer time per user` } : null;
  },
});

export const netsapiensScheduledForwardingNeedsHours = defineConstraint({
  code: 'RF438',
  name: 'netsapiens-scheduled-forwarding-with-hours',
  vendor: 'netsapiens',
  scope: 'declared',
  field: 'forwarding',
  meaning:
    "On NetSapiens both `receiveCalls` (call hours) and per-schedule forwarding are answer rules on time frames, and the first matching rule wins: a user's `forwarding.schedules` works only while `receiveCalls` is `always`, or a forwarding rule would take calls in hours the user does not receive them.",
  hint: 'Set `receiveCalls: always` and express the hours as forwarding, e.g. `forwarding: {schedules: [{schedule: after-hours, always: voicemail}]}`; or drop `forwarding.schedules`.',
  evidence: {
    source: 'specs/netsapiens-api-v2.openapi.json: answer rules are per user and time frame (`/users/{user}/answerrules/{timeframe}`), ordered by priority (`order`, `new-position`: "Top having the most priority")',
    emulator: 'keeps one rule per time frame in priority order; ringform writes call hours as a plain rule plus do-not-disturb on the default rule (providers/netsapiens/answerrules.ts)',
  },
  check(user, ctx) {
    if (!declares(user, ctx, 'forwarding') || (user.forwarding?.schedules.length ?? 0) === 0 || user.receiveCalls === 'always') return null;
    return { message: `${user.name} has receiveCalls "${user.receiveCalls}" and forwarding by schedule, which share NetSapiens answer rules` };
  },
});

/**
 * Review F3, the unmanaged half: call hours moving onto a schedule whose answer rule forwards, while org.yaml
 * leaves `forwarding` out. NetSapiens keeps one answer rule per user and time frame; call hours need that rule
 * plain (no feature on), and ringform does not overwrite a rule that forwards (providers/netsapiens/answerrules.ts),
 * so apply failed with "already has an answer rule … that forwards". Unset means unmanaged: ringform may not turn
 * that forward off to make room, so the plan is blocked instead, at `receiveCalls`, and the fix is either to manage
 * forwarding (then the forward goes first, commit 4eff355) or to choose other hours. The user checked here has
 * the live forwarding when org.yaml leaves it out (plan/adopt.ts), and `change` runs it only when receiveCalls
 * changes: a user whose hours already are that schedule cannot hold a forward on it (one rule per time frame).
 * Not covered: a rule on that time frame that is disabled or uses another feature (simultaneous ring, screening),
 * which the read does not model; apply still refuses those with the same message.
 */
export const netsapiensHoursOnUnmanagedForward = defineConstraint({
  code: 'RF403',
  name: 'netsapiens-hours-on-unmanaged-forward',
  vendor: 'netsapiens',
  scope: 'change',
  field: 'receiveCalls',
  meaning:
    "On NetSapiens a user's call hours on a schedule and a forward on that schedule are the same answer rule (one per time frame): call hours cannot move onto a schedule the user's live forwarding uses while org.yaml leaves `forwarding` out (unmanaged, so ringform does not turn that forward off).",
  hint: 'Declare `forwarding` for the user without that schedule (`forwarding: {}` turns every forward off; ringform then removes the forward before it sets the hours), or choose another schedule for `receiveCalls`.',
  evidence: {
    source: 'specs/netsapiens-api-v2.openapi.json: answer rules are keyed by user and time frame (`/users/{user}/answerrules/{timeframe}`), one rule per time frame',
    emulator: 'POST of a second rule on a time frame is refused; ringform refused to overwrite the forwarding rule at apply ("already has an answer rule … that forwards")',
  },
  check(user, ctx) {
    const hours = user.receiveCalls;
    if (hours === 'always' || hours === 'never' || declares(user, ctx, 'forwarding')) return null;
    const entry = user.forwarding?.schedules.find((s) => s.schedule === hours);
    if (!entry) return null;
    return {
      message: `${user.name} would receive calls on schedule "${hours}", but the user's live forwarding (left out of org.yaml, so unmanaged) forwards on that schedule's answer rule`,
      fix: `Declare forwarding for ${user.email} without a schedules entry for "${hours}" (\`forwarding: {}\` turns every forward off), or choose another schedule for receiveCalls.`,
    };
  },
});

export const FORWARDING_VOICEMAIL_CONSTRAINTS: readonly UserConstraint[] = [
  smartfloNoForwarding,
  smartfloNoVoicemail,
  myoperatorNoForwarding,
  myoperatorNoVoicemail,
  squaretalkNoForwarding,
  squaretalkNoVoicemail,
  netsapiensOneNoAnswerTime,
  netsapiensScheduledForwardingNeedsHours,
  netsapiensHoursOnUnmanagedForward,
];

/** A PIN source that apply could not read (shell/pin-sources.ts): found when planning, not half way through apply. */
export const PIN_SOURCE_MISSING = {
  code: 'RF445',
  name: 'voicemail-pin-source-missing',
  severity: 'error' as const,
  meaning: "A user's voicemail PIN comes from an environment variable or credentials-file key that is not set (or is not 4 to 10 digits) where the plan runs, so apply could not send it.",
  hint: 'Export the variable (or add the key to the credentials file) with the PIN, digits only, before planning and applying.',
  source: 'assumption: a PIN is resolved where ringform runs (providers/secret-refs.ts); the vendor never sees a reference',
};

/**
 * A replace re-creates the user (delete, then create): a voicemail PIN set on the old account cannot follow,
 * because ringform never keeps a PIN it reads (providers/netsapiens/voicemail.ts strips it). Without a PIN
 * source in org.yaml the new account would get none, or apply would fail after the delete (issue 19 review).
 */
export const PIN_LOST_ON_REPLACE = {
  code: 'RF446',
  name: 'voicemail-pin-lost-on-replace',
  severity: 'error' as const,
  meaning: 'A change re-creates a user whose voicemail has a PIN, and org.yaml names no PIN source, so the new account would have no PIN.',
  hint: 'Declare voicemail.pin ({ env: NAME } or { credential: key }) with the PIN the re-created account should have, then plan again.',
  source: 'ringform: a PIN read from the vendor is never kept (it is a secret), so a re-create cannot copy it',
};
