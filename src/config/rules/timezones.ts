/**
 * IANA timezones. Accepted: any name in `Intl.supportedValuesOf('timeZone')`, plus `UTC`, plus anything
 * else Intl.DateTimeFormat accepts (aliases like `Asia/Calcutta`, `Etc/GMT+5`), since that is what the
 * runtime will use. Suggestions come from the canonical list.
 */
import type { DataPath } from '../source.js';
import { closest } from '../suggest.js';
import { defineRule, type RuleContext } from './rule.js';

let zones: Set<string> | undefined;

function knownZones(): Set<string> {
  zones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  return zones;
}

export function isTimezone(name: string): boolean {
  if (knownZones().has(name)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function check(ctx: RuleContext, name: string | undefined, path: DataPath): void {
  if (name === undefined || isTimezone(name)) return;
  const near = closest(name, knownZones());
  ctx.report(path, `"${name}" is not an IANA timezone`, {
    hint: near ? `Did you mean "${near}"? Timezones are Region/City, e.g. Asia/Kolkata.` : undefined,
  });
}

export const invalidTimezone = defineRule({
  code: 'RF220',
  name: 'invalid-timezone',
  severity: 'error',
  meaning: 'A timezone is not an IANA timezone name.',
  hint: 'Use an IANA name such as Asia/Kolkata, Europe/London or UTC.',
  check(ctx) {
    check(ctx, ctx.written.settings?.timezone, ['settings', 'timezone']);
    (ctx.written.schedules ?? []).forEach((s, i) => check(ctx, s.timezone, ['schedules', i, 'timezone']));
  },
});
