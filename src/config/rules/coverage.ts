/**
 * Coverage findings (RF320–RF323): open hours in which nobody, or only one member, can take calls, and where
 * callers then go. They run after the other rules, only on an org without errors (a dangling member or
 * schedule would make the picture meaningless), from the pure model in src/coverage. `settings.coverage`
 * sets each kind's severity (`warning` by default, `error`, or `off`) and one level per department.
 */
import type { AfterApply } from '../../coverage/after-apply.js';
import { findings, type Finding, type FindingKind } from '../../coverage/describe.js';
import { coverageInputOf } from '../../coverage/input.js';
import { computeCoverage, departmentCoverage } from '../../coverage/model.js';
import type { CoverageLevel, Department, Org } from '../../model/org.js';
import type { OrgOrigin } from '../../model/origin.js';
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

const FINDING_CODES: ReadonlySet<string> = new Set([COVERAGE_CODES.nobody.code, COVERAGE_CODES.single.code, COVERAGE_CODES.failover.code]);

/** Whether a diagnostic is a coverage finding (RF320–RF322), which plan checks again once live state is read. */
export const isCoverageFinding = (d: Diagnostic): boolean => FINDING_CODES.has(d.code);

/** What apply leaves in a department that org.yaml does not list as it is: said after the finding. */
function afterApplyNote(declared: Department, after: Department): string {
  const lower = (m: { user: string }) => m.user.toLowerCase();
  const listed = new Set(declared.members.map(lower));
  const staying = new Set(after.members.map(lower));
  const kept = after.members.filter((m) => !listed.has(lower(m))).length;
  const dropped = declared.members.filter((m) => !staying.has(lower(m))).map((m) => m.user);
  const parts = [
    ...(kept > 0 ? [`with the ${kept} live ${kept === 1 ? 'member' : 'members'} org.yaml does not list, which apply leaves in it`] : []),
    ...(dropped.length > 0 ? [`without ${dropped.join(', ')} (ignored by settings.ignore and not in it, so never added)`] : []),
  ];
  return ` (after apply, ${parts.join(', ')})`;
}

/**
 * Plan (review "the plan never lies"): validate counts the members org.yaml lists, but apply leaves live members
 * it does not list (prune.members off, ignored or undeclared users) and never adds an ignored one. For each
 * department whose members after apply differ (`after.changed`), its findings from load are replaced by those of
 * the department as apply leaves it; the others stand as validate found them (nothing computed again).
 * `today`: the reference date load used.
 */
export function coverageFindingsAfterApply(diagnostics: Diagnostic[], org: Org, after: AfterApply, today: string, origin?: OrgOrigin): Diagnostic[] {
  if (after.changed.length === 0) return diagnostics;
  const changed = new Set(after.changed);
  const index = new Map(org.departments.map((d, i) => [d.name, i]));
  const pointers = new Set(after.changed.map((name) => `/departments/${index.get(name)}/name`));
  const kept = diagnostics.filter((d) => !(isCoverageFinding(d) && d.path !== undefined && pointers.has(d.path)));
  const found: Diagnostic[] = [];
  for (const d of after.input.departments) {
    const i = index.get(d.name);
    // As load: a department org.yaml lists no member of has RF301 instead (one whose members apply all drops has findings).
    if (!changed.has(d.name) || i === undefined || org.departments[i]!.members.length === 0) continue;
    const coverage = departmentCoverage(after.input, d.name, { from: today });
    for (const f of coverage ? findings(coverage) : []) {
      const severity = level(org, f);
      if (severity === 'off') continue;
      const code = COVERAGE_CODES[f.kind];
      const at = origin?.departmentPosition?.(i) ?? { line: 1, column: 1 };
      found.push({ severity, code: code.code, message: message(f, d) + afterApplyNote(org.departments[i]!, d), hint: code.hint, file: origin?.file ?? '', ...at, path: `/departments/${i}/name` });
    }
  }
  return found.length === 0 ? kept : [...kept, ...found].sort((a, b) => (a.file === b.file ? 0 : a.file < b.file ? -1 : 1) || a.line - b.line || a.column - b.column);
}
