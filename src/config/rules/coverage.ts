/**
 * Coverage findings (RF320–RF323): open hours in which nobody, or only one member, can take calls, and where
 * callers then go. They run after the other rules, only on an org without errors (a dangling member or
 * schedule would make the picture meaningless), from the pure model in src/coverage. `settings.coverage`
 * sets each kind's severity (`warning` by default, `error`, or `off`) and one level per department.
 */
import { findings, type Finding, type FindingKind } from '../../coverage/describe.js';
import { coverageInputOf } from '../../coverage/input.js';
import { computeCoverage } from '../../coverage/model.js';
import type { CoverageLevel, Department, Org } from '../../model/org.js';
import type { CodeInfo } from '../codes.js';
import type { Diagnostic } from '../diagnostic.js';
import { diagnosticAt, type ParsedSource } from '../source.js';

const warning = (code: string, name: string, meaning: string, hint: string): CodeInfo => ({ code, name, severity: 'warning', meaning, hint });

export const COVERAGE_CODES = {
  nobody: warning(
    'RF320',
    'open-nobody-available',
    'A department is open while none of its members can take calls (disabled, outside their `receiveCalls`, or `never`) and no failover answers (none, hangup, or a target that is itself uncovered).',
    "Give a member `receiveCalls` hours that cover the window, shorten the department's `hours`, or set a failover that answers (voicemail, external).",
  ),
  single: warning(
    'RF321',
    'single-agent',
    'A department is open while exactly one member can take calls: a single point of failure.',
    'Add a second member whose `receiveCalls` covers the window, or set `settings.coverage.singleAgent: off` if one is enough.',
  ),
  failover: warning(
    'RF322',
    'falls-to-failover',
    'A department is open while none of its members can take calls; callers fall through to its failover, which answers.',
    "Cover the window with a member's `receiveCalls`, or shorten the department's `hours`; `settings.coverage.failover: off` if the failover is meant.",
  ),
  unknownDepartment: warning(
    'RF323',
    'coverage-unknown-department',
    '`settings.coverage.departments` names a department not declared under `departments`.',
    'Check the spelling of the department name.',
  ),
} as const satisfies Record<string, CodeInfo>;

const MAX_WINDOWS = 6;

function windows(f: Finding): string {
  const shown = f.windows.slice(0, MAX_WINDOWS).join(', ');
  const more = f.windows.length - MAX_WINDOWS;
  return more > 0 ? `${shown} and ${more} more` : shown;
}

/** Where callers go when nobody in `d` answers, for the RF320 / RF322 messages. */
export function failoverText(d: Department, answers: boolean): string {
  const f = d.failover;
  if (!f) return 'no failover, so calls go unanswered';
  if (f.type === 'hangup') return 'the failover hangs up';
  const target = f.type === 'voicemail' ? 'voicemail' : `${f.type} ${f.target ?? ''}`;
  return answers ? `callers fall through to failover (${target})` : `failover (${target}) is itself uncovered then`;
}

function message(f: Finding, d: Department): string {
  const where = `${windows(f)} ${f.timezone}`;
  if (f.kind === 'single') return `${f.department}: open, one member available (single point of failure), ${where}`;
  return `${f.department}: open, nobody available, ${where}; ${failoverText(d, f.kind === 'failover')}`;
}

const SETTING: Record<FindingKind, 'nobodyAvailable' | 'singleAgent' | 'failover'> = { nobody: 'nobodyAvailable', single: 'singleAgent', failover: 'failover' };

function level(org: Org, f: Finding): CoverageLevel {
  const c = org.settings.coverage;
  return Object.hasOwn(c.departments, f.department) ? c.departments[f.department]! : c[SETTING[f.kind]];
}

/** `today` (YYYY-MM-DD) is the reference date: its week, and holidays and overrides of the next 12 months. */
export function coverageDiagnostics(src: ParsedSource, org: Org, today: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const names = new Set(org.departments.map((d) => d.name));
  for (const name of Object.keys(org.settings.coverage.departments)) {
    if (!names.has(name)) {
      out.push(diagnosticAt(src, COVERAGE_CODES.unknownDepartment, { path: ['settings', 'coverage', 'departments', name], target: 'key', message: `settings.coverage.departments names "${name}", which is not a department` }));
    }
  }
  const coverage = computeCoverage(coverageInputOf(org), { from: today });
  coverage.forEach((c, i) => {
    if (org.departments[i]!.members.length === 0) return; // RF301 says it already
    for (const f of findings(c)) {
      const severity = level(org, f);
      if (severity === 'off') continue;
      const code = { ...COVERAGE_CODES[f.kind], severity };
      out.push(diagnosticAt(src, code, { path: ['departments', i, 'name'], message: message(f, org.departments[i]!) }));
    }
  });
  return out;
}
