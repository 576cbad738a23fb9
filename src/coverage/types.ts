/**
 * Coverage classes of an instant for one department, worst last:
 * - `closed`: outside the department's hours (nothing to cover);
 * - `covered`: open, two or more members can take calls;
 * - `single`: open, exactly one member can (a single point of failure);
 * - `failover`: open, nobody can, and callers fall through to a failover that answers (voicemail, an external
 *   number, an available user, or a department, or its own failover, that is covered then);
 * - `uncovered`: open, nobody can, and there is no failover, it hangs up, or its target is itself uncovered.
 */
export type CoverageClass = 'closed' | 'covered' | 'single' | 'failover' | 'uncovered';

export const CLASS_ORDER: readonly CoverageClass[] = ['closed', 'covered', 'single', 'failover', 'uncovered'];

export interface Segment {
  /** UTC milliseconds, half-open [start, end). */
  start: number;
  end: number;
  class: CoverageClass;
  /** Members who can take calls (0 when closed). */
  available: number;
  /** Of those, how many are counted only because their hours are unmanaged (assumed available). */
  assumed: number;
  /** The one member when `available` is 1. */
  only: string | null;
}

export interface Week {
  /** The department-local Monday the week starts on. */
  monday: string;
  segments: Segment[];
}

export interface ExceptionDay {
  /** A department-local date on which a holiday or date override changes the coverage of the weekly pattern. */
  date: string;
  segments: Segment[];
}

export interface DepartmentCoverage {
  department: string;
  timezone: string;
  /** The week of the reference date (weekly patterns only). */
  week: Week;
  /** Later weeks of the next 12 months whose clock offsets differ from the week before (a DST change in a zone involved). */
  laterWeeks: Week[];
  exceptions: ExceptionDay[];
}
