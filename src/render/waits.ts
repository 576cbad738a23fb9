/** Lines shared by the text and markdown views: blocking diagnostics, the manual steps an API action waits on, and seats. */
import type { Action, Blocking, Plan } from '../plan/types.js';
import { inertLines } from '../inert.js';
import { KIND_STYLE } from './symbols.js';

/**
 * "waits on manual step 3: create schedule["business-hours"] in the panel", for an API action that depends on a
 * manual step, directly or through API actions that wait for it (a member add behind its user's create): apply
 * does not send it until a later plan sees the step done (README "Manual steps are dependencies").
 */
export function waitsOn(action: Action, byId: ReadonlyMap<string, Action>): string[] {
  if (action.kind === 'manual') return [];
  return manualStepsBefore(action, byId).map((d) => `waits on manual step ${d.id}: ${KIND_STYLE[d.intent].word} ${d.address} in the panel`);
}

type ManualAction = Extract<Action, { kind: 'manual' }>;

/** The manual steps an API action's dependencies lead to (through API actions only), in dependency order. */
function manualStepsBefore(action: Action, byId: ReadonlyMap<string, Action>, seen = new Set<string>()): ManualAction[] {
  const found: ManualAction[] = [];
  for (const id of action.dependsOn) {
    if (seen.has(id)) continue;
    seen.add(id);
    const dep = byId.get(id);
    if (dep?.kind === 'manual') found.push(dep);
    else if (dep) found.push(...manualStepsBefore(dep, byId, seen));
  }
  return found;
}

/** "Seats: 3 → 4 of 5 (users with panel access)" or "… limit unknown (why)". */
export function seatLines(plan: Plan): string[] {
  const s = plan.seats;
  if (!s) return [];
  const limit = s.limit === null ? `limit unknown (${s.limitSource})` : `of ${s.limit} (${s.limitSource})`;
  return [`Seats: ${s.before} → ${s.after} ${limit}; a seat is ${s.what}`];
}

/** `org.yaml:12:5 RF400 user["x"]: message` and its fix beneath, for one blocking diagnostic. */
export function blockingLine(b: Blocking): string {
  const at = b.position ? `${b.position.file}:${b.position.line}:${b.position.column} ` : '';
  return inertLines(`${at}${b.code} ${b.address}: ${b.message}\n    fix: ${b.fix}`);
}
