/**
 * The one predicate the "plan never lies" tests use for "this plan is blocked": a plan that a person could not
 * apply as it stands. Apply refuses it (a guard: exit 3), or the plan itself says something blocks it
 * (`blocking` diagnostics, issue 16 item 1: vendor constraints known at plan time). Validation errors of
 * org.yaml block too, before any plan exists: `configBlocked`.
 *
 * Decision: every guard counts, forceable ones too. `apply` without `--force` exits 3 on them, and these
 * tests apply without `--force`.
 */
import type { Diagnostic } from '../../src/config/diagnostic.js';
import type { Plan } from '../../src/plan/types.js';

export function isBlocked(plan: Plan): boolean {
  return blockingReasons(plan).length > 0;
}

/** Why the plan is blocked, one line each (empty when it is not). */
export function blockingReasons(plan: Plan): string[] {
  return [...plan.guards.map((g) => `guard: ${g.message}`), ...(plan.blocking ?? []).map((d) => `blocking ${d.code}: ${d.message}`)];
}

/** Validation errors of org.yaml: nothing is planned, nothing applied. */
export function configBlocked(diagnostics: Diagnostic[]): string[] {
  return diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`);
}
