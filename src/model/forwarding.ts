/** Small facts about a user's `forwarding` (model/org.ts) that config, plan, import and providers share. */
import type { ForwardRules, Forwarding } from './org.js';

/** No forward at all (what `forwarding: {}` and an unset forwarding on a new user mean). */
export function isEmptyForwarding(f: Forwarding | null): boolean {
  return f === null || (f.always === null && f.busy === null && f.noAnswer === null && f.unregistered === null && f.schedules.length === 0);
}

/** The model's one spelling of "no forward": null, never an empty object (so two empties always compare equal). */
export function forwardingOrNull(f: Forwarding | null): Forwarding | null {
  return isEmptyForwarding(f) ? null : f;
}

/** The schedules a forwarding names, in list order. */
export function forwardingSchedules(f: Partial<Pick<Forwarding, 'schedules'>> | null | undefined): string[] {
  return (Array.isArray(f?.schedules) ? f.schedules : []).map((s) => s.schedule).filter((s): s is string => typeof s === 'string');
}

/** Every target of one set of forwards, with its key (`noAnswer` for the no-answer target). */
export function targetsOf(r: ForwardRules): Array<[keyof ForwardRules, string]> {
  const all: Array<[keyof ForwardRules, string | null]> = [['always', r.always], ['busy', r.busy], ['noAnswer', r.noAnswer?.to ?? null], ['unregistered', r.unregistered]];
  return all.filter((t): t is [keyof ForwardRules, string] => t[1] !== null);
}
