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
import type { Action, Blocking } from './types.js';

export function blockingDiagnostics(actions: readonly Action[], desired: Org, account: AccountFacts | undefined, origin?: OrgOrigin): Blocking[] {
  const constraints = constraintsFor(desired.provider.type);
  if (constraints.length === 0) return [];
  const byEmail = new Map(desired.users.map((u) => [u.email.toLowerCase(), u]));
  const out: Blocking[] = [];
  for (const action of actions) {
    if (action.resource !== 'user' || !['create', 'update', 'replace'].includes(action.kind)) continue;
    const email = parseAddress(action.address)?.keys[0];
    const user = email === undefined ? undefined : byEmail.get(email.toLowerCase());
    if (!user) continue;
    const creates = action.kind === 'create' || action.kind === 'replace';
    for (const c of constraints) {
      if (c.scope === 'create' && !creates) continue;
      if (c.scope === 'change' && !creates && !changesField(action, c.field)) continue;
      const found = blockingOf(c, user, action.address, { org: desired, ...(account ? { account } : {}) }, origin);
      if (found) out.push(found);
    }
  }
  return out;
}

const changesField = (action: Action, field: string) => 'changes' in action && (action.changes ?? []).some((c) => c.field === field);

function blockingOf(c: UserConstraint, user: User, address: string, ctx: Parameters<UserConstraint['check']>[1], origin?: OrgOrigin): Blocking | null {
  const violation = c.check(user, ctx);
  if (violation === null) return null;
  const providerLine = origin?.lines['provider'];
  const at = violation.atProvider && providerLine !== undefined ? { line: providerLine, column: 1 } : origin?.userPosition?.(user.email, violation.field ?? c.field);
  return {
    code: c.code,
    message: violation.message,
    fix: violation.fix ?? c.hint,
    address,
    source: sourceOf(c.evidence),
    ...(at && origin ? { position: { file: origin.file, line: at.line, column: at.column } } : {}),
  };
}
