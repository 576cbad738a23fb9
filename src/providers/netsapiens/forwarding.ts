/**
 * Writes a user's `forwarding` as answer rules (forwarding-wire.ts has the mapping and its sources):
 * - the default rule (`*`) gets the top-level forwards (created when it does not exist and a forward is on);
 * - each `schedules[]` entry gets its time frame's rule (created when missing), and the listed rules are moved
 *   to the top in list order (`new-position: top`, last first), so the first listed wins [S: spec Answerrule
 *   `new-position`: "Top having the most priority"];
 * - a rule on another time frame that ringform's forwards are on, and that is no longer listed, gets them turned
 *   off, and is deleted when no other feature is left on it (a rule with none would read as call hours:
 *   answerrules.ts `isPlainRule`).
 * Only the four forward features and `enabled` are sent: do-not-disturb (receiveCalls), simultaneous ring and
 * screening stay as they are. The no-answer seconds are the user's `ring-no-answer-timeout-seconds`, sent
 * whenever a no-answer forward is written.
 */
import type { Forwarding } from '../../model/org.js';
import type { NsClient } from './client.js';
import { featureBodies, forwards, NO_ANSWER_TIMEOUT, noAnswerSeconds } from './forwarding-wire.js';
import { DEFAULT_TIMEFRAME, str, yes, type Wire } from './mapper.js';
import { putUser } from './user-put.js';

const OTHER_FEATURES = [
  'simultaneous-ring', 'do-not-disturb', 'forward-on-active', 'forward-on-dnd', 'forward-on-spam-call', 'call-screening',
  'phone-numbers-to-allow', 'phone-numbers-to-reject',
];

export async function setForwarding(ns: NsClient, user: string, forwarding: Forwarding): Promise<void> {
  const rulePath = (timeframe: string) => ns.path('users', user, 'answerrules', timeframe);
  const rules = await ns.list(ns.path('users', user, 'answerrules'));
  const ruleOn = (timeframe: string) => rules.find((r) => str(r, 'time-frame') === timeframe);
  const top = featureBodies(forwarding, user);
  const fallback = ruleOn(DEFAULT_TIMEFRAME);
  if (fallback) await ns.put(rulePath(DEFAULT_TIMEFRAME), { enabled: enabledOf(fallback), ...top });
  else if (anyOn(top)) await createRule(ns, user, { 'time-frame': DEFAULT_TIMEFRAME, enabled: 'yes', ...top }, rulePath(DEFAULT_TIMEFRAME));
  const listed = new Set(forwarding.schedules.map((s) => s.schedule));
  for (const rule of rules) {
    const timeframe = str(rule, 'time-frame');
    if (timeframe === DEFAULT_TIMEFRAME || listed.has(timeframe) || !forwards(rule)) continue;
    if (OTHER_FEATURES.some((f) => yes((rule[f] as Wire | undefined)?.enabled))) await ns.put(rulePath(timeframe), { enabled: enabledOf(rule), ...featureBodies(NONE, user) });
    else await ns.delete(rulePath(timeframe));
  }
  // Last first, each to the top: the first listed ends on top.
  for (const entry of [...forwarding.schedules].reverse()) {
    const body = { enabled: 'yes', ...featureBodies(entry, user), 'new-position': 'top' };
    if (ruleOn(entry.schedule)) await ns.put(rulePath(entry.schedule), body);
    else await createRule(ns, user, { 'time-frame': entry.schedule, ...body }, rulePath(entry.schedule));
  }
  const seconds = noAnswerSeconds(forwarding);
  if (seconds !== null) await putUser(ns, user, () => ({ [NO_ANSWER_TIMEOUT]: seconds }));
}

/** The spec requires `enabled` on a PUT (Answerrule.required); the rule's own value is sent back unchanged. */
const enabledOf = (rule: Wire) => (str(rule, 'enabled') === 'no' ? 'no' : 'yes');
const NONE = { always: null, busy: null, noAnswer: null, unregistered: null };
const anyOn = (features: Wire) => Object.values(features).some((f) => yes((f as Wire).enabled));

async function createRule(ns: NsClient, user: string, body: Wire, path: string): Promise<void> {
  // SPEC-DEFECTS D2: the create body requires the read-only `is-active`; it is not sent.
  await ns.create(ns.path('users', user, 'answerrules'), body, () => ns.find(path));
}
