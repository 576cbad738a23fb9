/**
 * Schedules ↔ domain timeframes `/domains/{d}/timeframes` of type `days-of-week`: the weekly hours
 * are one TimeframeDOW entry (two periods per day). Answer rules find a timeframe by its name.
 */
import type { Schedule } from '../../model/org.js';
import type { ApplyResult } from '../../contract/provider.js';
import type { NsClient } from './client.js';
import { dowEntry, str, type Wire } from './mapper.js';

async function findByName(ns: NsClient, name: string): Promise<Wire | null> {
  return (await ns.list(ns.path('timeframes'))).find((t) => str(t, 'timeframe-name') === name) ?? null;
}

export async function createSchedule(ns: NsClient, schedule: Schedule, who: string): Promise<ApplyResult> {
  const body = {
    'timeframe-name': schedule.name,
    'timeframe-type': 'days-of-week',
    'timeframe-days-of-week-array': [dowEntry(schedule.weekly, who)],
  };
  // SPEC-DEFECTS D3: `synchronous` is required by the spec although it defaults to "no"; NsClient sends "yes".
  const created = (await ns.create(ns.path('timeframes'), body, () => findByName(ns, schedule.name))) ?? (await findByName(ns, schedule.name));
  return created ? { id: str(created, 'timeframe-id') } : {};
}

/**
 * `PUT /timeframes/{id}#2` with `update-only: "yes"` updates the entry with the given `timeframe-id`
 * (the spec warns that leaving the flag off has "undesired behavior").
 */
export async function updateSchedule(ns: NsClient, id: string, schedule: Schedule, who: string): Promise<ApplyResult> {
  const current = await ns.get(ns.path('timeframes', id));
  const entries = Array.isArray(current['timeframe-days-of-week-array']) ? (current['timeframe-days-of-week-array'] as Wire[]) : [];
  const entryId = entries[0] ? str(entries[0], 'timeframe-id') : '';
  const entry = { ...(entryId ? { 'timeframe-id': entryId } : {}), ...dowEntry(schedule.weekly, who) };
  await ns.put(ns.path('timeframes', id), { 'update-only': 'yes', 'timeframe-days-of-week-array': [entry] });
  return { id };
}

export async function deleteSchedule(ns: NsClient, id: string): Promise<void> {
  await ns.delete(ns.path('timeframes', id));
}
