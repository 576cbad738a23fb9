/**
 * Civil dates and time-zone arithmetic for the coverage model, on the platform's own tz database
 * (Intl.DateTimeFormat with `timeZone`): Node ships full ICU, so every IANA zone and its DST rules are
 * already here and no tz library is needed. Instants are UTC milliseconds; a civil date is "YYYY-MM-DD";
 * a local time is minutes since local midnight (1440 = 24:00, the end of the day).
 */
const MINUTE = 60_000;
export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock in `timeZone` at `utc`, as if that wall clock were UTC (milliseconds). */
function wallClock(timeZone: string, utc: number): number {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(utc)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
}

/** How far `timeZone` is ahead of UTC at `utc`, in milliseconds (Kolkata: +5:30; New York: -5:00 or -4:00). */
export function offsetAt(timeZone: string, utc: number): number {
  const whole = Math.floor(utc / 1000) * 1000;
  const key = `${timeZone} ${whole}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    // formatToParts costs microseconds and the same instants (local midnights, slot edges) recur for every
    // department and member: remember them (bounded, so a long run cannot grow without end).
    if (offsets.size >= 200_000) offsets.clear();
    offset = wallClock(timeZone, whole) - whole;
    offsets.set(key, offset);
  }
  return offset;
}

const offsets = new Map<string, number>();

export function civilMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

export function civilDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return civilDate(civilMs(date) + days * DAY_MS);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: string): number {
  return (new Date(civilMs(date)).getUTCDay() + 6) % 7;
}

/** The Monday on or before `date`. */
export function mondayOf(date: string): string {
  return addDays(date, -weekdayIndex(date));
}

/**
 * The first instant at which a wall clock in `timeZone` shows `minute` on `date` or later: a time repeated by a
 * fall-back change maps to its first occurrence; a time skipped by a spring-forward change maps to the moment the
 * clocks jump (so "02:30-05:00" on that day starts at 03:00 new time, as a wall-clock schedule would). Known
 * approximation: a slot that *ends* inside a repeated hour ends at the first pass of that time.
 */
export function localToUtc(timeZone: string, date: string, minute: number): number {
  const naive = civilMs(date) + minute * MINUTE;
  const before = offsetAt(timeZone, naive - DAY_MS);
  const after = offsetAt(timeZone, naive + DAY_MS);
  const valid = [before, after].map((o) => naive - o).filter((t) => offsetAt(timeZone, t) === naive - t);
  if (valid.length > 0) return Math.min(...valid);
  // In a gap: bisect (in whole minutes) for the first instant whose wall clock has passed `naive`.
  let lo = Math.min(naive - before, naive - after);
  let hi = Math.max(naive - before, naive - after);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (mid + offsetAt(timeZone, mid) >= naive) hi = mid;
    else lo = mid;
  }
  return hi;
}

export interface LocalTime {
  date: string;
  /** Minutes since local midnight, 0–1439. */
  minute: number;
  weekday: number;
}

export function utcToLocal(timeZone: string, utc: number): LocalTime {
  const wall = utc + offsetAt(timeZone, utc);
  const date = civilDate(wall);
  return { date, minute: Math.floor((wall - civilMs(date)) / MINUTE), weekday: weekdayIndex(date) };
}

/** "HH:MM-HH:MM" → [start, end] minutes; the rules (RF221) have checked the shape and order. */
export function parseSlot(slot: string): [number, number] {
  const [from = '00:00', to = '00:00'] = slot.split('-');
  const minutes = (t: string): number => {
    const [h, m] = t.split(':').map(Number) as [number, number];
    return h * 60 + m;
  };
  return [minutes(from), minutes(to)];
}

export function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

export const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
