/**
 * IANA timezones. Accepted: any name in `Intl.supportedValuesOf('timeZone')` (the canonical names), `UTC`,
 * the IANA alias names of the form Area/Location that the runtime knows (`Asia/Calcutta`, `Etc/GMT+5`,
 * `US/Eastern`), and the few IANA names without a slash (LEGACY below). Refused although ICU accepts them:
 * abbreviations that are not IANA names (`IST` is India, Ireland or Israel; `BST`, `PST`, `AEST`…), case
 * variants (`asia/kolkata`), and ICU's own `SystemV/…` ids: vendors take IANA names, and an abbreviation
 * would be read differently by each. Suggestions come from the canonical list and ABBREVIATIONS.
 */
import type { DataPath } from '../source.js';
import { closest } from '../suggest.js';
import { shownName } from './names.js';
import { defineRule, type RuleContext } from './rule.js';

let zones: Set<string> | undefined;

function knownZones(): Set<string> {
  zones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  return zones;
}

/** IANA zone and link names without a slash (tzdata `backward` and `etcetera`). */
const LEGACY = new Set(
  ('UTC UCT GMT GMT0 GMT+0 GMT-0 Greenwich Universal Zulu EST MST HST EST5EDT CST6CDT MST7MDT PST8PDT CET EET MET WET ' +
    'Cuba Egypt Eire GB GB-Eire Hongkong Iceland Iran Israel Jamaica Japan Kwajalein Libya NZ NZ-CHAT Navajo PRC ' +
    'Poland Portugal ROC ROK Singapore Turkey W-SU').split(' '),
);
const AREA_LOCATION = /^[A-Z][A-Za-z0-9_+-]*(\/[A-Z][A-Za-z0-9_+-]*)+$/;

/** Common abbreviations people write for a zone, and the IANA name they most likely mean. */
const ABBREVIATIONS: Record<string, string> = {
  IST: 'Asia/Kolkata (India; Ireland is Europe/Dublin, Israel Asia/Jerusalem)',
  BST: 'Europe/London',
  PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles',
  CST: 'America/Chicago', CDT: 'America/Chicago',
  EDT: 'America/New_York', MDT: 'America/Denver',
  AEST: 'Australia/Sydney', AEDT: 'Australia/Sydney',
  JST: 'Asia/Tokyo', SGT: 'Asia/Singapore', GST: 'Asia/Dubai', PKT: 'Asia/Karachi',
  CEST: 'Europe/Paris', WAT: 'Africa/Lagos', SAST: 'Africa/Johannesburg', NZST: 'Pacific/Auckland',
};

function runtimeAccepts(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export function isTimezone(name: string): boolean {
  if (knownZones().has(name) || LEGACY.has(name)) return true;
  // `ASIA/KOLKATA`: the runtime ignores case, vendors may not; the exact spelling is required.
  if (caseVariantOf(name) || name.split('/').some((part) => /[A-Z]{5,}/.test(part) && part === part.toUpperCase())) return false;
  return AREA_LOCATION.test(name) && !name.startsWith('SystemV/') && runtimeAccepts(name);
}

function caseVariantOf(name: string): string | undefined {
  const lower = name.toLowerCase();
  return [...knownZones(), ...LEGACY].find((z) => z.toLowerCase() === lower);
}

function check(ctx: RuleContext, name: string | undefined, path: DataPath): void {
  if (name === undefined || isTimezone(name)) return;
  const abbreviation = ABBREVIATIONS[name.toUpperCase()];
  const canonical = [...knownZones()].find((z) => z.toLowerCase() === name.toLowerCase());
  const near = canonical ?? closest(name, knownZones());
  const what = abbreviation || runtimeAccepts(name) ? 'is not an IANA timezone name (the runtime reads it, vendors may not, or differently)' : 'is not an IANA timezone';
  ctx.report(path, `"${shownName(name)}" ${what}`, {
    hint: abbreviation
      ? `"${name}" is an abbreviation; write the IANA name, e.g. ${abbreviation}.`
      : near ? `Did you mean "${near}"? Timezones are Region/City, e.g. Asia/Kolkata.` : undefined,
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
