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
  return (manualStepsOf(byId).get(action.id) ?? []).map((d) => `waits on manual step ${d.id}: ${KIND_STYLE[d.intent].word} ${d.address} in the panel`);
}

type ManualAction = Extract<Action, { kind: 'manual' }>;

const stepsCache = new WeakMap<ReadonlyMap<string, Action>, Map<string, ManualAction[]>>();

/**
 * For each action, the manual steps its dependencies lead to through API actions (a manual step itself is not
 * passed through: a person does the steps in order), in step order. One pass in plan order (an action's
 * dependencies come before it), once per plan: a chain of thousands of member adds costs one walk, not one each.
 */
function manualStepsOf(byId: ReadonlyMap<string, Action>): Map<string, ManualAction[]> {
  let steps = stepsCache.get(byId);
  if (steps) return steps;
  steps = new Map();
  for (const action of byId.values()) {
    const found = new Map<string, ManualAction>();
    for (const id of action.dependsOn) {
      const dep = byId.get(id);
      if (dep?.kind === 'manual') found.set(dep.id, dep);
      else for (const step of steps.get(id) ?? []) found.set(step.id, step);
    }
    steps.set(action.id, [...found.values()].sort((a, b) => Number(a.id) - Number(b.id)));
  }
  stepsCache.set(byId, steps);
  return steps;
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
