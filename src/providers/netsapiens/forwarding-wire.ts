/**
 * A user's `forwarding` ↔ answer-rule features, pure (no I/O). Sources [S: spec, components.schemas.Answerrule,
 * AnswerruleFeature, User]:
 *   always       → `forward-always`
 *   busy         → `forward-on-busy`
 *   noAnswer     → `forward-no-answer`, after the user's `ring-no-answer-timeout-seconds` (0–3600; "how long an
 *                  inbound call attempt will attempt to connect … before … the next option which might be a forward
 *                  setting in answer rules")
 *   unregistered → `forward-when-unregistered`
 * each `{ "enabled": "yes"|"no", "parameters": [...] }`. The top-level forwards are features of the default rule
 * (time frame `*`); `schedules[]` entries are features of the rule on that schedule's time frame, in list order.
 *
 * Targets (AnswerruleFeature.parameters examples: "vmail_5555", "phone_5555", 18005551234): `voicemail` is
 * `vmail_<user>` (the user's own box); a number is its E.164 digits without `+` (the example 18005551234 is a
 * country code and number with no plus) [I: that the core dials them as such]. Anything else read back (a
 * `user_…`, `queue_…` or `aa_…` target the portal set) is kept as written, so it shows as a difference and
 * `import` leaves forwarding out (import/written.ts).
 */
import type { ForwardRules, Forwarding } from '../../model/org.js';
import { DEFAULT_TIMEFRAME, isEnabled, str, yes, type Wire } from './mapper.js';

export const FORWARD_FEATURES = {
  always: 'forward-always',
  busy: 'forward-on-busy',
  noAnswer: 'forward-no-answer',
  unregistered: 'forward-when-unregistered',
} as const satisfies Record<keyof ForwardRules, string>;

export const NO_ANSWER_TIMEOUT = 'ring-no-answer-timeout-seconds';
/** Read when the user has no `ring-no-answer-timeout-seconds` [I]: ringform's own default (config/normalise.ts). */
export const ASSUMED_TIMEOUT = 20;

type Rules = keyof ForwardRules;
const KEYS = Object.keys(FORWARD_FEATURES) as Rules[];

export function targetParameter(target: string, user: string): string {
  return target === 'voicemail' ? `vmail_${user}` : target.replace(/^\+/, '');
}

export function targetOf(parameter: unknown, user: string): string {
  const text = String(parameter ?? '');
  if (text === `vmail_${user}`) return 'voicemail';
  if (/^[1-9][0-9]{6,14}$/.test(text)) return `+${text}`;
  return text;
}

/** The four feature objects for one set of forwards: every feature present, off when not forwarded. */
export function featureBodies(rules: ForwardRules, user: string): Wire {
  const target = (k: Rules): string | null => (k === 'noAnswer' ? (rules.noAnswer?.to ?? null) : rules[k]);
  return Object.fromEntries(
    KEYS.map((k) => {
      const to = target(k);
      return [FORWARD_FEATURES[k], to === null ? { enabled: 'no' } : { enabled: 'yes', parameters: [targetParameter(to, user)] }];
    }),
  );
}

const featureOf = (rule: Wire, k: Rules) => (rule[FORWARD_FEATURES[k]] ?? null) as Wire | null;

/** Whether ringform's forwards are on in this rule (the rule's other features do not count). */
export function forwards(rule: Wire): boolean {
  return isEnabled(rule) && KEYS.some((k) => yes(featureOf(rule, k)?.enabled));
}

function rulesOf(rule: Wire | undefined, user: string, after: number): ForwardRules {
  const target = (k: Rules): string | null => {
    const feature = rule && isEnabled(rule) ? featureOf(rule, k) : null;
    if (!feature || !yes(feature.enabled)) return null;
    const params = Array.isArray(feature.parameters) ? feature.parameters : [];
    return targetOf(params[0], user);
  };
  const noAnswer = target('noAnswer');
  return { always: target('always'), busy: target('busy'), noAnswer: noAnswer === null ? null : { to: noAnswer, after }, unregistered: target('unregistered') };
}

/** `forwarding` from a user's answer rules and its no-answer timeout. */
export function forwardingOf(rules: Wire[], userWire: Wire, user: string): Forwarding {
  const raw = Number(userWire[NO_ANSWER_TIMEOUT]);
  const after = userWire[NO_ANSWER_TIMEOUT] === undefined || !Number.isFinite(raw) ? ASSUMED_TIMEOUT : raw;
  const ordered = [...rules].sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0));
  const fallback = ordered.find((r) => str(r, 'time-frame') === DEFAULT_TIMEFRAME);
  const schedules = ordered
    .filter((r) => str(r, 'time-frame') !== DEFAULT_TIMEFRAME && forwards(r))
    .map((r) => ({ schedule: str(r, 'time-frame'), ...rulesOf(r, user, after) }));
  return { ...rulesOf(fallback, user, after), schedules };
}

/** The no-answer seconds a forwarding asks for (config rules make them one value per user on NetSapiens), or null. */
export function noAnswerSeconds(f: Forwarding): number | null {
  return [f.noAnswer, ...f.schedules.map((s) => s.noAnswer)].find((n) => n !== null)?.after ?? null;
}

/** Whether every target can be written in org.yaml (a number or voicemail). */
export function expressible(f: Forwarding): boolean {
  const ok = (t: string | null) => t === null || t === 'voicemail' || /^\+[1-9][0-9]{6,14}$/.test(t);
  return [f, ...f.schedules].every((r) => ok(r.always) && ok(r.busy) && ok(r.noAnswer?.to ?? null) && ok(r.unregistered));
}
