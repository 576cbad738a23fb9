/**
 * The week-by-hour grid of a department's coverage (pure): 7 department-local days × 24 hours, each cell the
 * worst class present in that hour (an hour with a five-minute gap shows the gap), with how many members
 * could answer at best and whether any of them has unmanaged hours.
 */
import { addDays, localToUtc } from './time.js';
import { CLASS_ORDER, type CoverageClass, type DepartmentCoverage } from './types.js';

export interface Cell {
  day: number;
  hour: number;
  class: CoverageClass;
  /** Fewest members available at any moment of the hour while open (0 when closed throughout). */
  fewest: number;
  /** Some count in the hour relies on members whose hours are unmanaged. */
  assumed: boolean;
}

export function heatmapCells(c: DepartmentCoverage): Cell[] {
  const cells: Cell[] = [];
  for (let day = 0; day < 7; day++) {
    const date = addDays(c.week.monday, day);
    for (let hour = 0; hour < 24; hour++) {
      const from = localToUtc(c.timezone, date, hour * 60);
      const to = localToUtc(c.timezone, date, (hour + 1) * 60);
      const inHour = c.week.segments.filter((s) => s.start < to && s.end > from);
      const worst = inHour.reduce<CoverageClass>((w, s) => (CLASS_ORDER.indexOf(s.class) > CLASS_ORDER.indexOf(w) ? s.class : w), 'closed');
      const open = inHour.filter((s) => s.class !== 'closed');
      cells.push({
        day,
        hour,
        class: worst,
        fewest: open.length ? Math.min(...open.map((s) => s.available)) : 0,
        assumed: open.some((s) => s.assumed > 0),
      });
    }
  }
  return cells;
}
