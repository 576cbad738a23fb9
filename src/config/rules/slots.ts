/**
 * Schedule slots ("HH:MM-HH:MM"; the schema checks the shape) and dates. Times run 00:00–23:59; 24:00 is
 * allowed as an end only, meaning midnight at the end of the day. A slot ends after it starts (slots never
 * cross midnight: split them, 22:00-24:00 and 00:00-06:00 on the next day).
 */
import { WEEKDAYS } from '../../model/org.js';
import type { DataPath } from '../source.js';
import { defineRule, type RuleContext } from './rule.js';
import { reportRepeats, type Occurrence } from './util.js';

interface SlotList {
  slots: string[];
  path: DataPath;
  label: string;
}

function slotLists(ctx: RuleContext): SlotList[] {
  return (ctx.written.schedules ?? []).flatMap((s, i) => [
    ...WEEKDAYS.filter((day) => s.weekly?.[day]).map((day) => ({
      slots: s.weekly![day]!,
      path: ['schedules', i, 'weekly', day],
      label: `schedule ${s.name}, ${day}`,
    })),
    ...(s.overrides ?? []).map((o, j) => ({
      slots: o.slots,
      path: ['schedules', i, 'overrides', j, 'slots'],
      label: `schedule ${s.name}, ${o.date}`,
    })),
  ]);
}

/** Minutes since midnight, or undefined when not a valid time. */
function minutes(time: string, asEnd: boolean): number | undefined {
  const [h, m] = time.split(':').map(Number) as [number, number];
  if (h === 24 && m === 0 && asEnd) return 24 * 60;
  return h <= 23 && m <= 59 ? h * 60 + m : undefined;
}

/** The slot's problem, or its [start, end] in minutes. */
function parseSlot(slot: string): string | [number, number] {
  const [from = '', to = ''] = slot.split('-');
  const start = minutes(from, false);
  const end = minutes(to, true);
  if (start === undefined) return from === '24:00' ? '24:00 can only end a slot' : `${from} is not a time (00:00 to 23:59)`;
  if (end === undefined) return `${to} is not a time (00:00 to 24:00)`;
  return end > start ? [start, end] : `it ends at or before it starts`;
}

export const invalidSlot = defineRule({
  code: 'RF221',
  name: 'invalid-slot',
  severity: 'error',
  meaning: 'A time slot has an impossible time, starts at 24:00, or does not end after it starts.',
  hint: 'Write HH:MM-HH:MM with times from 00:00 to 23:59 (24:00 as an end), ending after the start; split slots that cross midnight.',
  check(ctx) {
    for (const list of slotLists(ctx)) {
      list.slots.forEach((slot, k) => {
        const parsed = parseSlot(slot);
        if (typeof parsed === 'string') ctx.report([...list.path, k], `slot "${slot}" in ${list.label}: ${parsed}`);
      });
    }
  },
});

export const overlappingSlots = defineRule({
  code: 'RF222',
  name: 'overlapping-slots',
  severity: 'error',
  meaning: 'Two time slots of the same day overlap.',
  hint: 'Merge the overlapping slots into one, or make one end before the other starts.',
  check(ctx) {
    for (const list of slotLists(ctx)) {
      const valid = list.slots
        .map((slot, k) => ({ slot, k, range: parseSlot(slot) }))
        .filter((s): s is { slot: string; k: number; range: [number, number] } => typeof s.range !== 'string')
        .sort((a, b) => a.range[0] - b.range[0] || a.k - b.k);
      valid.forEach((s, n) => {
        const previous = valid.slice(0, n).find((p) => p.range[1] > s.range[0]);
        if (previous) {
          const [first, second] = previous.k < s.k ? [previous, s] : [s, previous];
          ctx.report([...list.path, second.k], `slot "${second.slot}" overlaps "${first.slot}" in ${list.label}`);
        }
      });
    }
  },
});

export const duplicateDate = defineRule({
  code: 'RF223',
  name: 'duplicate-date',
  severity: 'error',
  meaning: 'A schedule lists the same date twice among its holidays and overrides.',
  hint: 'Keep one entry per date: a holiday closes the day, an override gives it its own slots.',
  check(ctx) {
    (ctx.written.schedules ?? []).forEach((s, i) => {
      const dates: Occurrence[] = [
        ...(s.holidays ?? []).map((h, j) => ({ key: h.date, path: ['schedules', i, 'holidays', j, 'date'], label: 'a holiday' })),
        ...(s.overrides ?? []).map((o, j) => ({ key: o.date, path: ['schedules', i, 'overrides', j, 'date'], label: 'an override' })),
      ];
      reportRepeats(ctx, dates, (o, first, line) => `${o.key} in schedule ${s.name} is already ${first.label} (line ${line})`);
    });
  },
});
