/**
 * A user's `receiveCalls` ↔ answer rules `/domains/{d}/users/{u}/answerrules/{time-frame}`:
 *   always     → the default rule (`*`) without do-not-disturb (or no rules at all);
 *   never      → the default rule with do-not-disturb on, and no plain rule;
 *   schedule S → a plain rule (enabled, no feature) on time frame S, placed on top, plus the
 *                do-not-disturb default rule for the rest of the time.
 * Rules that forward or screen calls are never touched. `always` turns do-not-disturb off on the
 * default rule rather than deleting it: the default rule may be required by the platform [I].
 */
import { RingformError } from '../../errors.js';
import type { NsClient } from './client.js';
import { DEFAULT_TIMEFRAME, isDndDefault, isPlainRule, str, type Wire } from './mapper.js';

export async function setReceiveCalls(ns: NsClient, user: string, value: string, who: string): Promise<void> {
  const rulePath = (timeframe: string) => ns.path('users', user, 'answerrules', timeframe);
  const rules = await ns.list(ns.path('users', user, 'answerrules'));
  const ruleOn = (timeframe: string) => rules.find((r) => str(r, 'time-frame') === timeframe);
  for (const rule of rules.filter(isPlainRule)) {
    if (str(rule, 'time-frame') !== value) await ns.delete(rulePath(str(rule, 'time-frame')));
  }
  const fallback = ruleOn(DEFAULT_TIMEFRAME);
  if (value === 'always') {
    if (fallback && isDndDefault(fallback)) await ns.put(rulePath(DEFAULT_TIMEFRAME), { enabled: 'yes', 'do-not-disturb': { enabled: 'no' } });
    return;
  }
  if (value !== 'never') await ensureScheduleRule(ns, ruleOn(value), rulePath, user, value, who);
  const dnd = { enabled: 'yes', 'do-not-disturb': { enabled: 'yes' } };
  if (!fallback) await createRule(ns, user, { 'time-frame': DEFAULT_TIMEFRAME, ...dnd }, rulePath(DEFAULT_TIMEFRAME));
  else if (!isDndDefault(fallback)) await ns.put(rulePath(DEFAULT_TIMEFRAME), dnd);
}

async function ensureScheduleRule(
  ns: NsClient,
  existing: Wire | undefined,
  rulePath: (timeframe: string) => string,
  user: string,
  schedule: string,
  who: string,
): Promise<void> {
  if (existing && isPlainRule(existing)) return;
  if (existing) {
    throw new RingformError(`${who}: user ${user} already has an answer rule for time frame ${JSON.stringify(schedule)} that forwards, blocks or is disabled; ringform does not overwrite it`);
  }
  await createRule(ns, user, { 'time-frame': schedule, enabled: 'yes', 'new-position': 'top' }, rulePath(schedule));
}

async function createRule(ns: NsClient, user: string, body: Wire, path: string): Promise<void> {
  // SPEC-DEFECTS D2: the create body requires the read-only `is-active`; it is not sent.
  await ns.create(ns.path('users', user, 'answerrules'), body, () => ns.find(path));
}
