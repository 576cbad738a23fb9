/**
 * The coverage model (pure): for each department, who can answer when. Everything is computed on concrete
 * UTC instants, so a department and its members may sit in different zones and DST changes fall where
 * they really do. The reference date is an input; nothing here reads the clock.
 *
 * Decisions (README "Coverage"):
 * - a department whose `hours` is null (unset) is open always, in settings.timezone;
 * - a member can take calls when active and inside their `receiveCalls` ('always', a schedule; never 'never');
 *   a member whose hours are unmanaged is assumed available and counted in `Segment.assumed`;
 * - the weekly picture uses weekly patterns only; holidays and date overrides of the next 12 months (of the
 *   department's hours or a member's schedule) are analysed day by day and kept when they change the picture;
 * - a failover to a user reaches them within their `receiveCalls`; to a department, when that department is
 *   open with someone available, or else through its own failover (loops end as uncovered).
 */
import type { Department, Schedule, User, Weekday } from '../model/org.js';
import { WEEKDAYS } from '../model/org.js';
import type { CoverageInput } from './input.js';
import { clip, contains, union, type Interval } from './intervals.js';
import { addDays, civilMs, localToUtc, mondayOf, offsetAt, parseSlot, utcToLocal, weekdayIndex } from './time.js';
import type { CoverageClass, DepartmentCoverage, ExceptionDay, Segment, Week } from './types.js';

export interface CoverageOptions {
  /** The reference date, YYYY-MM-DD: the week containing it, and exceptions from it for `days` days. */
  from: string;
  /** Default 365. */
  days?: number;
}

interface Window {
  from: number;
  to: number;
  exceptions: boolean;
}

/** Shared lookups and a cache of schedule intervals per window. */
class Context {
  readonly schedules: Map<string, Schedule>;
  readonly users: Map<string, User>;
  readonly departments: Map<string, Department>;
  private readonly cache = new Map<string, Interval[]>();
  /** changedWeeks by zone set: departments sharing zones share the answer. */
  readonly weeks = new Map<string, string[]>();
  /** Department states by window: a failover target is looked at for every boundary of the departments before it. */
  readonly states = new Map<string, DeptState>();

  constructor(readonly input: CoverageInput) {
    this.schedules = new Map(input.schedules.map((s) => [s.name, s]));
    this.users = new Map(input.users.map((u) => [u.email, u]));
    this.departments = new Map(input.departments.map((d) => [d.name, d]));
  }

  /** When a schedule (or 'always' / 'never') is on within the window. Unknown names are never on. */
  hours(name: string | null, w: Window): Interval[] {
    if (name === null || name === 'always') return [[w.from, w.to]];
    const key = `${name}\u0000${w.from}\u0000${w.to}\u0000${w.exceptions}`;
    let found = this.cache.get(key);
    if (!found) {
      const schedule = this.schedules.get(name);
      found = schedule ? scheduleIntervals(schedule, w) : [];
      this.cache.set(key, found);
    }
    return found;
  }

  userHours(email: string, w: Window): Interval[] {
    const user = this.users.get(email);
    if (!user || user.status !== 'active' || user.receiveCalls === 'never') return [];
    return this.hours(user.receiveCalls, w);
  }

  zoneOf(d: Department): string {
    return (d.hours !== null && this.schedules.get(d.hours)?.timezone) || this.input.timezone;
  }
}

function slotsOn(s: Schedule, date: string, exceptions: boolean): string[] {
  if (exceptions) {
    const override = s.overrides.find((o) => o.date === date);
    if (override) return override.slots;
    if (s.holidays.some((h) => h.date === date)) return [];
  }
  return s.weekly[WEEKDAYS[weekdayIndex(date)] as Weekday] ?? [];
}

function scheduleIntervals(s: Schedule, w: Window): Interval[] {
  const first = addDays(utcToLocal(s.timezone, w.from).date, -1);
  const last = addDays(utcToLocal(s.timezone, w.to).date, 1);
  const out: Interval[] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) {
    for (const slot of slotsOn(s, date, w.exceptions)) {
      const [a, b] = parseSlot(slot);
      out.push([localToUtc(s.timezone, date, a), localToUtc(s.timezone, date, b)]);
    }
  }
  return clip(union(out), w.from, w.to);
}

/** The departments whose state decides where `d`'s callers go: itself and its department failover chain. */
function chain(ctx: Context, d: Department): Department[] {
  const out = [d];
  let next = d.failover?.type === 'department' ? ctx.departments.get(d.failover.target ?? '') : undefined;
  while (next && !out.includes(next)) {
    out.push(next);
    next = next.failover?.type === 'department' ? ctx.departments.get(next.failover.target ?? '') : undefined;
  }
  return out;
}

interface DeptState {
  open: Interval[];
  members: Array<{ email: string; hours: Interval[]; assumed: boolean }>;
}

function stateOf(ctx: Context, d: Department, w: Window): DeptState {
  const key = `${d.name}\u0000${w.from}\u0000${w.to}\u0000${w.exceptions}`;
  let state = ctx.states.get(key);
  if (!state) {
    state = freshState(ctx, d, w);
    ctx.states.set(key, state);
  }
  return state;
}

function freshState(ctx: Context, d: Department, w: Window): DeptState {
  return {
    open: d.hours === null ? [[w.from, w.to]] : ctx.hours(d.hours, w),
    members: d.members.map((m) => ({ email: m.user, hours: ctx.userHours(m.user, w), assumed: ctx.input.unmanagedHours.has(m.user) })),
  };
}

function availableAt(s: DeptState, t: number): DeptState['members'] {
  return s.members.filter((m) => contains(m.hours, t));
}

/** Whether callers who reach `d`'s failover at `t` reach someone (or a mailbox, or an outside number). */
function failoverAnswers(ctx: Context, d: Department, t: number, w: Window, seen: Set<string>): boolean {
  const f = d.failover;
  if (!f || f.type === 'hangup') return false;
  if (f.type === 'voicemail' || f.type === 'external') return true;
  if (f.type === 'user') return contains(ctx.userHours(f.target ?? '', w), t);
  const target = ctx.departments.get(f.target ?? '');
  if (!target || seen.has(target.name)) return false;
  seen.add(target.name);
  const s = stateOf(ctx, target, w);
  if (contains(s.open, t) && availableAt(s, t).length > 0) return true;
  return failoverAnswers(ctx, target, t, w, seen);
}

function boundaries(ctx: Context, d: Department, w: Window): number[] {
  const points = new Set<number>([w.from, w.to]);
  const add = (list: Interval[]): void => list.forEach(([a, b]) => (points.add(a), points.add(b)));
  for (const dep of chain(ctx, d)) {
    const s = stateOf(ctx, dep, w);
    add(s.open);
    s.members.forEach((m) => add(m.hours));
    if (dep.failover?.type === 'user') add(ctx.userHours(dep.failover.target ?? '', w));
  }
  return [...points].sort((a, b) => a - b);
}

function classify(ctx: Context, d: Department, s: DeptState, t: number, w: Window): Omit<Segment, 'start' | 'end'> {
  if (!contains(s.open, t)) return { class: 'closed', available: 0, assumed: 0, only: null };
  const here = availableAt(s, t);
  const assumed = here.filter((m) => m.assumed).length;
  const only = here.length === 1 ? here[0]!.email : null;
  let cls: CoverageClass = here.length >= 2 ? 'covered' : here.length === 1 ? 'single' : 'uncovered';
  if (cls === 'uncovered' && failoverAnswers(ctx, d, t, w, new Set([d.name]))) cls = 'failover';
  return { class: cls, available: here.length, assumed, only };
}

function segments(ctx: Context, d: Department, w: Window): Segment[] {
  const s = stateOf(ctx, d, w);
  const points = boundaries(ctx, d, w);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const seg = { start: points[i]!, end: points[i + 1]!, ...classify(ctx, d, s, points[i]!, w) };
    const last = out[out.length - 1];
    if (last && last.class === seg.class && last.available === seg.available && last.assumed === seg.assumed && last.only === seg.only) {
      last.end = seg.end;
    } else out.push(seg);
  }
  return out;
}

function weekWindow(zone: string, monday: string): Window {
  return { from: localToUtc(zone, monday, 0), to: localToUtc(zone, addDays(monday, 7), 0), exceptions: false };
}

/** The zones whose clock offsets shape `d`'s coverage. */
function zonesOf(ctx: Context, d: Department): string[] {
  const zones = new Set([ctx.zoneOf(d)]);
  for (const dep of chain(ctx, d)) {
    zones.add(ctx.zoneOf(dep));
    for (const m of dep.members) {
      const u = ctx.users.get(m.user);
      const tz = u && ctx.schedules.get(u.receiveCalls)?.timezone;
      if (tz) zones.add(tz);
    }
  }
  return [...zones].sort();
}

/** Weeks whose offsets (sampled at each local midnight) differ from the week before: where DST changes fall. */
function changedWeeks(ctx: Context, d: Department, monday: string, weeks: number): string[] {
  const zones = zonesOf(ctx, d);
  const key = `${zones.join(' ')}|${monday}|${weeks}`;
  const known = ctx.weeks.get(key);
  if (known) return known;
  const out: string[] = [];
  let previous = '';
  for (let k = 0; k < weeks; k++) {
    const m = addDays(monday, 7 * k);
    const samples = Array.from({ length: 8 }, (_, i) => civilMs(addDays(m, i)));
    const signature = zones.map((z) => samples.map((t) => offsetAt(z, t)).join(',')).join(';');
    if (signature !== previous) out.push(m);
    previous = signature;
  }
  ctx.weeks.set(key, out);
  return out;
}

/** Dates (department-local) near a holiday or override of the department's hours or a member's schedule. */
function exceptionDates(ctx: Context, d: Department, from: string, to: string): string[] {
  const names = new Set<string>();
  for (const dep of chain(ctx, d)) {
    if (dep.hours) names.add(dep.hours);
    for (const m of dep.members) names.add(ctx.users.get(m.user)?.receiveCalls ?? '');
  }
  const dates = new Set<string>();
  for (const name of names) {
    const s = ctx.schedules.get(name);
    if (!s) continue;
    for (const date of [...s.holidays.map((h) => h.date), ...s.overrides.map((o) => o.date)]) {
      for (const near of [addDays(date, -1), date, addDays(date, 1)]) if (near >= from && near < to) dates.add(near);
    }
  }
  return [...dates].sort();
}

const sameClasses = (a: Segment[], b: Segment[]): boolean =>
  a.length === b.length && a.every((s, i) => s.start === b[i]!.start && s.end === b[i]!.end && s.class === b[i]!.class && s.available === b[i]!.available);

function exceptionDays(ctx: Context, d: Department, from: string, days: number): ExceptionDay[] {
  const zone = ctx.zoneOf(d);
  const out: ExceptionDay[] = [];
  for (const date of exceptionDates(ctx, d, from, addDays(from, days))) {
    const w: Window = { from: localToUtc(zone, date, 0), to: localToUtc(zone, addDays(date, 1), 0), exceptions: true };
    const withExceptions = segments(ctx, d, w);
    if (!sameClasses(withExceptions, segments(ctx, d, { ...w, exceptions: false }))) out.push({ date, segments: withExceptions });
  }
  return out;
}

export function departmentCoverage(input: CoverageInput, name: string, options: CoverageOptions): DepartmentCoverage | undefined {
  return coverageOf(new Context(input), name, options);
}

function coverageOf(ctx: Context, name: string, options: CoverageOptions): DepartmentCoverage | undefined {
  const d = ctx.departments.get(name);
  if (!d) return undefined;
  const zone = ctx.zoneOf(d);
  const days = options.days ?? 365;
  const monday = mondayOf(options.from);
  const weeks: Week[] = changedWeeks(ctx, d, monday, Math.ceil(days / 7) + 1).map((m) => ({ monday: m, segments: segments(ctx, d, weekWindow(zone, m)) }));
  return { department: d.name, timezone: zone, week: weeks[0]!, laterWeeks: weeks.slice(1), exceptions: exceptionDays(ctx, d, options.from, days) };
}

/** Every department's coverage, in file order. */
export function computeCoverage(input: CoverageInput, options: CoverageOptions): DepartmentCoverage[] {
  const ctx = new Context(input);
  return input.departments.map((d) => coverageOf(ctx, d.name, options)!);
}

/** The weekly picture only (no DST regimes, no exceptions): what a plan compares; `only`: just these departments. */
export function weeklyCoverage(input: CoverageInput, monday: string, only?: ReadonlySet<string>): Map<string, { timezone: string; segments: Segment[] }> {
  const ctx = new Context(input);
  const departments = only === undefined ? input.departments : input.departments.filter((d) => only.has(d.name));
  return new Map(departments.map((d) => [d.name, { timezone: ctx.zoneOf(d), segments: segments(ctx, d, weekWindow(ctx.zoneOf(d), mondayOf(monday))) }]));
}
