/**
 * Coverage in words: the windows of a class as a department-local week ("Sat 18:00–21:00",
 * "Mon–Fri 18:00–24:00", "Fri 22:00–Sat 02:00"), and the findings validate reports.
 */
import { hhmm, DAY_NAMES, utcToLocal, localToUtc, addDays } from './time.js';
import type { CoverageClass, DepartmentCoverage, Segment } from './types.js';

interface LocalRange {
  day: number;
  from: number;
  /** 1440 = 24:00 */
  to: number;
}

/** Splits a UTC segment at local midnights into same-day ranges. */
function localRanges(zone: string, seg: { start: number; end: number }): LocalRange[] {
  const out: LocalRange[] = [];
  let t = seg.start;
  while (t < seg.end) {
    const here = utcToLocal(zone, t);
    const midnight = localToUtc(zone, addDays(here.date, 1), 0);
    const stop = Math.min(seg.end, midnight);
    const end = stop === midnight ? 1440 : utcToLocal(zone, stop).minute;
    out.push({ day: here.weekday, from: here.minute, to: end });
    t = stop;
  }
  return out;
}

function days(list: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < list.length; ) {
    let j = i;
    while (j + 1 < list.length && list[j + 1] === list[j]! + 1) j++;
    runs.push(j - i >= 2 ? `${DAY_NAMES[list[i]!]}–${DAY_NAMES[list[j]!]}` : list.slice(i, j + 1).map((d) => DAY_NAMES[d]).join(', '));
    i = j + 1;
  }
  return runs.join(', ');
}

/** Joins ranges that continue over midnight, then groups equal times across days. */
export function describeWindows(zone: string, segs: Array<{ start: number; end: number }>): string[] {
  const ranges = segs.flatMap((s) => localRanges(zone, s));
  const spans: string[] = [];
  const sameDay = new Map<string, number[]>();
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i]!;
    const next = ranges[i + 1];
    if (r.to === 1440 && next && next.from === 0 && next.day === (r.day + 1) % 7 && next.to < 1440) {
      spans.push(`${DAY_NAMES[r.day]} ${hhmm(r.from)}–${DAY_NAMES[next.day]} ${hhmm(next.to)}`);
      i++;
      continue;
    }
    const key = `${hhmm(r.from)}–${hhmm(r.to)}`;
    sameDay.set(key, [...(sameDay.get(key) ?? []), r.day]);
  }
  const grouped = [...sameDay].map(([times, list]) => ({ first: Math.min(...list), text: `${days([...new Set(list)].sort())} ${times}` }));
  return [...grouped.sort((a, b) => a.first - b.first).map((g) => g.text), ...spans];
}

export function windowsOf(zone: string, segs: Segment[], cls: CoverageClass): string[] {
  return describeWindows(zone, segs.filter((s) => s.class === cls));
}

export type FindingKind = 'nobody' | 'single' | 'failover';

export interface Finding {
  kind: FindingKind;
  department: string;
  timezone: string;
  /** "Sat 18:00–21:00" (weekly), "in the week of 2027-03-08: …" (after a clock change), "2026-08-15: …". */
  windows: string[];
}

const KIND_CLASS: Record<FindingKind, CoverageClass> = { nobody: 'uncovered', single: 'single', failover: 'failover' };

/** What validate reports for one department: each kind with its windows, when there are any. */
export function findings(c: DepartmentCoverage): Finding[] {
  const out: Finding[] = [];
  for (const kind of ['nobody', 'single', 'failover'] as const) {
    const cls = KIND_CLASS[kind];
    const weekly = windowsOf(c.timezone, c.week.segments, cls);
    const windows = [...weekly];
    let before = weekly;
    for (const w of c.laterWeeks) {
      const later = windowsOf(c.timezone, w.segments, cls);
      if (later.join() !== before.join()) windows.push(`from the week of ${w.monday} (clocks change): ${later.length ? later.join(', ') : 'none'}`);
      before = later;
    }
    for (const day of c.exceptions) {
      const those = day.segments.filter((s) => s.class === cls);
      if (those.length > 0) windows.push(`${day.date}: ${describeWindows(c.timezone, those).map((t) => t.replace(/^\S+ /, '')).join(', ')}`);
    }
    if (windows.length > 0 && (weekly.length > 0 || windows.some((w) => !w.endsWith('none')))) {
      out.push({ kind, department: c.department, timezone: c.timezone, windows });
    }
  }
  return out;
}
