/**
 * What a change does to coverage (pure): the weekly picture of the live org against the desired one, per
 * department, as lines a person reads in a plan ("Support loses coverage Sat 18:00–21:00"). Only the recurring
 * week is compared (holidays and date overrides are validate's); the same reference week on both sides.
 */
import { describeWindows } from './describe.js';
import type { CoverageInput } from './input.js';
import { weeklyCoverage } from './model.js';
import type { CoverageClass, Segment } from './types.js';
import { unchangedCoverage } from './unchanged.js';

export interface CoverageChange {
  department: string;
  timezone: string;
  /** e.g. "loses coverage", "gains a second agent"; windows in the department's week. */
  change: string;
  windows: string[];
}

/** How many can answer: -1 closed, 0 nobody and nothing answers, 1 only the failover, 2 one agent, 3 two or more. */
const RANK: Record<CoverageClass, number> = { closed: -1, uncovered: 0, failover: 1, single: 2, covered: 3 };

function changeOf(before: CoverageClass, after: CoverageClass): string | null {
  const [b, a] = [RANK[before], RANK[after]];
  if (a === b || a === -1) return null; // closing is an hours change, not a coverage one
  if (b === -1) return a === 0 ? 'opens with nobody available and no failover answering' : a === 1 ? 'opens with nobody available (callers fall through to failover)' : a === 2 ? 'opens with one agent' : null;
  if (b >= 2 && a <= 1) return 'loses coverage';
  if (b === 3 && a === 2) return 'drops to one agent';
  if (b <= 1 && a >= 2) return a === 3 ? 'gains coverage (two or more agents)' : 'gains coverage (one agent)';
  if (b === 2 && a === 3) return 'gains a second agent';
  return a === 1 ? 'now falls through to a failover that answers' : 'loses its answering failover';
}

/** Walks sorted, increasing instants through sorted segments: the class at each. */
function cursor(segs: Segment[]): (t: number) => CoverageClass {
  let i = 0;
  return (t) => {
    while (i < segs.length && segs[i]!.end <= t) i++;
    const s = segs[i];
    return s && s.start <= t ? s.class : 'closed';
  };
}

function departmentChanges(name: string, zone: string, before: Segment[], after: Segment[]): CoverageChange[] {
  const points = [...new Set([...before, ...after].flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const byChange = new Map<string, Array<{ start: number; end: number }>>();
  const [was, is] = [cursor(before), cursor(after)];
  for (let i = 0; i + 1 < points.length; i++) {
    const change = changeOf(was(points[i]!), is(points[i]!));
    if (!change) continue;
    const list = byChange.get(change) ?? [];
    const last = list[list.length - 1];
    if (last && last.end === points[i]) last.end = points[i + 1]!;
    else list.push({ start: points[i]!, end: points[i + 1]! });
    byChange.set(change, list);
  }
  return [...byChange].map(([change, spans]) => ({ department: name, timezone: zone, change, windows: describeWindows(zone, spans) }));
}

/**
 * Coverage changes from `live` to `desired` in the week of `from` (YYYY-MM-DD); departments in desired order.
 * Only departments whose coverage inputs differ are computed (unchanged.ts): the others have no change.
 */
export function coverageChanges(live: CoverageInput, desired: CoverageInput, from: string): CoverageChange[] {
  const unchanged = unchangedCoverage(live, desired);
  const changed = new Set(desired.departments.map((d) => d.name).filter((name) => !unchanged(name)));
  if (changed.size === 0) return [];
  const before = weeklyCoverage(live, from, changed);
  const after = weeklyCoverage(desired, from, changed);
  return [...after].flatMap(([name, a]) => departmentChanges(name, a.timezone, before.get(name)?.segments ?? [], a.segments));
}

export function changeLine(c: CoverageChange): string {
  return `${c.department} ${c.change} ${c.windows.join(', ')} (${c.timezone})`;
}
