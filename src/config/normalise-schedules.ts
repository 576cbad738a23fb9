/** Schedules: every weekday present, slots sorted, holidays and overrides sorted by date. */
import { WEEKDAYS, type Schedule, type Weekday } from '../model/org.js';
import type * as W from './written.generated.js';

const byDate = (a: { date: string }, b: { date: string }): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** "HH:MM-HH:MM" sorts correctly as text (zero-padded). */
export const sortSlots = (slots: readonly string[]): string[] => [...slots].sort();

export function normaliseSchedule(s: W.Schedule, defaultTimezone: string): Schedule {
  const weekly = Object.fromEntries(WEEKDAYS.map((day) => [day, sortSlots(s.weekly?.[day] ?? [])])) as Record<
    Weekday,
    string[]
  >;
  return {
    name: s.name,
    timezone: s.timezone ?? defaultTimezone,
    weekly,
    holidays: (s.holidays ?? []).map((h) => ({ date: h.date, name: h.name ?? null })).sort(byDate),
    overrides: (s.overrides ?? []).map((o) => ({ date: o.date, slots: sortSlots(o.slots) })).sort(byDate),
    vendor: s.vendor ?? {},
  };
}
