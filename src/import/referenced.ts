/**
 * Schedules that live users or departments refer to but that the provider cannot list (Smartflo has no
 * time-group API): declared by name with no hours, so the imported file validates and keeps the
 * reference. Planning it shows a checklist step for each ("check it is set up as declared"), never an
 * API call; the header says to fill in their hours.
 */
import type { Live, LiveOrg } from '../model/live.js';
import { WEEKDAYS, type Schedule } from '../model/org.js';
import { forwardingSchedules } from '../model/forwarding.js';

const KEYWORDS = new Set(['always', 'never']);

export function referencedSchedules(live: LiveOrg): string[] {
  const known = new Set(live.schedules.map((s) => s.data.name));
  const names = new Set<string>();
  for (const u of live.users) if (!KEYWORDS.has(u.data.receiveCalls)) names.add(u.data.receiveCalls);
  for (const u of live.users) for (const s of forwardingSchedules(u.data.forwarding)) names.add(s);
  for (const d of live.departments) if (d.data.hours !== null) names.add(d.data.hours);
  return [...names].filter((n) => !known.has(n)).sort();
}

export function stubSchedule(name: string, timezone: string): Live<Schedule> {
  const weekly = Object.fromEntries(WEEKDAYS.map((d) => [d, []])) as unknown as Schedule['weekly'];
  return { id: `unread:${name}`, data: { name, timezone, weekly, holidays: [], overrides: [], vendor: {} } };
}
