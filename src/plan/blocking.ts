/**
 * Blocking diagnostics (README "Blocking diagnostics"): the vendor constraints (model/constraints.ts) checked
 * against what the plan would send. A user the plan creates must satisfy every constraint of the vendor (with
 * the account facts the read gave); a user it updates, the `declared` ones and the `change` ones of a field it changes. Each violation names the org.yaml
 * position and the fix; a plan with any is shown but never applied.
 */
import type { AccountFacts, UserConstraint } from '../model/constraints.js';
import { sourceOf } from '../model/constraints.js';
import { parseAddress } from '../model/address.js';
import type { Org, User } from '../model/org.js';
import type { OrgOrigin } from '../model/origin.js';
import { constraintsFor } from '../model/vendor-constraints/index.js';
import type { Action, Blocking, Unverified } from './types.js';

/** Each user action with the constraints that apply to it (by scope) and the declared user it sends. */
function checkedPairs(actions: readonly Action[], desired: Org): Array<{ action: Action; user: User; constraints: UserConstraint[] }> {
  const constraints = constraintsFor(desired.provider.type);
  if (constraints.length === 0) return [];
  const byEmail = new Map(desired.users.map((u) => [u.email.toLowerCase(), u]));
  const out: Array<{ action: Action; user: User; constraints: UserConstraint[] }> = [];
  for (const action of actions) {
    if (action.resource !== 'user' || !['create', 'update', 'replace'].includes(action.kind)) continue;
    const email = parseAddress(action.address)?.keys[0];
    const user = email === undefined ? undefined : byEmail.get(email.toLowerCase());
    if (!user) continue;
    const creates = action.kind === 'create' || action.kind === 'replace';
    const applying = constraints.filter((c) => !(c.scope === 'create' && !creates) && !(c.scope === 'change' && !creates && ![c.field, ...(c.alsoOnChangeOf ?? [])].some((f) => changesField(action, f))));
    out.push({ action, user, constraints: applying });
  }
  return out;
}

export function blockingDiagnostics(actions: readonly Action[], desired: Org, account: AccountFacts | undefined, origin?: OrgOrigin): Blocking[] {
  const out: Blocking[] = [];
  for (const { action, user, constraints } of checkedPairs(actions, desired)) {
    for (const c of constraints) {
      const found = blockingOf(c, user, action.address, { org: desired, ...(account ? { account } : {}) }, origin);
      if (found) out.push(found);
    }
  }
  return out;
}

/**
 * What the constraints could not check for lack of a fact nothing lists (UserConstraint.unchecked, e.g. Smartflo
 * agent groups without provider.vendor.smartflo.agentGroups): one unverified line per constraint naming the
 * values and the users sending them, so the plan never passes them silently.
 */
export function uncheckedValues(actions: readonly Action[], desired: Org, account: AccountFacts | undefined): Unverified[] {
  const found = new Map<UserConstraint, { values: Set<string>; addresses: string[] }>();
  for (const { action, user, constraints } of checkedPairs(actions, desired)) {
    for (const c of constraints) {
      const values = c.unchecked?.values(user, { org: desired, ...(account ? { account } : {}) }) ?? [];
      if (values.length === 0) continue;
      const entry = found.get(c) ?? { values: new Set<string>(), addresses: [] };
      values.forEach((v) => entry.values.add(v));
      entry.addresses.push(action.address);
      found.set(c, entry);
    }
  }
  return [...found].map(([c, { values, addresses }]) => ({
    resource: 'user' as const,
    field: c.field,
    why: `${[...values].map((v) => JSON.stringify(v)).join(', ')} sent unchecked by ${addresses.join(', ')}: ${c.unchecked!.why}`,
  }));
}

/**
 * Review c7: the read's line for a field it cannot see (Smartflo: users.agentGroups) and the unchecked-values line
 * for the same field were two consecutive "Unverified: users.agentGroups" lines. One line per resource and field:
 * an unchecked line joins the line already there for its field, if any.
 */
export function withUnchecked(lines: Unverified[], unchecked: Unverified[]): Unverified[] {
  const out = [...lines];
  for (const u of unchecked) {
    const i = out.findIndex((l) => l.resource === u.resource && l.field === u.field);
    if (i < 0) out.push(u);
    else out[i] = { ...out[i]!, why: `${out[i]!.why}; ${u.why}` };
  }
  return out;
}

const changesField = (action: Action, field: string) => 'changes' in action && (action.changes ?? []).some((c) => c.field === field);

function blockingOf(c: UserConstraint, user: User, address: string, ctx: Parameters<UserConstraint['check']>[1], origin?: OrgOrigin): Blocking | null {
  const violation = c.check(user, ctx);
  if (violation === null) return null;
  const providerLine = origin?.lines['provider'];
  const at = violation.atProvider && providerLine !== undefined ? { line: providerLine, column: 1 } : origin?.userPosition?.(user.email, [violation.field ?? c.field, ...(violation.subpath ?? [])].join('.'));
  return {
    code: c.code,
    message: violation.message,
    fix: violation.fix ?? c.hint,
    address,
    source: sourceOf(c.evidence),
    ...(at && origin ? { position: { file: origin.file, line: at.line, column: at.column } } : {}),
  };
}
