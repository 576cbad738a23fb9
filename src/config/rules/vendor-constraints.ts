/**
 * The vendor constraints (model/constraints.ts) that validate can check offline: the `declared` ones of the
 * vendor org.yaml names in provider.type, on every declared user. Each becomes a rule with the constraint's own
 * RF4xx code, pointing at the field (or at the user's email when the field is not written). The `create` ones
 * need the live read; `plan` checks them (plan/blocking.ts).
 */
import type { UserConstraint } from '../../model/constraints.js';
import { VENDOR_CONSTRAINTS } from '../../model/vendor-constraints/index.js';
import { NETSAPIENS_DEPARTMENT_NEEDS_EXTENSION, NETSAPIENS_NO_BALANCED_ROUTING } from '../../model/vendor-constraints/netsapiens.js';
import type { CodeInfo } from '../codes.js';
import { defineRule, type Rule } from './rule.js';
import { departments, users } from './util.js';

export function codeOfConstraint(c: UserConstraint): CodeInfo {
  return { code: c.code, name: c.name, severity: 'error', meaning: c.meaning, hint: c.hint };
}

function ruleOf(c: UserConstraint): Rule {
  return defineRule({
    ...codeOfConstraint(c),
    check(ctx) {
      if (ctx.org.provider?.type !== c.vendor) return;
      const written = users(ctx);
      ctx.org.users.forEach((user, i) => {
        const violation = c.check(user, { org: ctx.org });
        if (violation === null) return;
        const field = violation.field ?? c.field;
        // The deepest written key of the field and its subpath (an older vendor key's own line), else the email.
        const keys = [field, ...(violation.subpath ?? [])];
        let node: unknown = written[i];
        let depth = 0;
        for (const key of keys) {
          node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
          if (node === undefined) break;
          depth++;
        }
        const path = depth > 0 ? ['users', i, ...keys.slice(0, depth)] : ['users', i, 'email'];
        ctx.report(path, `${violation.message} (${c.vendor})`, violation.fix ? { hint: violation.fix } : {});
      });
    },
  });
}

const netsapiensDepartmentNeedsExtension = defineRule({
  ...NETSAPIENS_DEPARTMENT_NEEDS_EXTENSION,
  severity: 'error',
  check(ctx) {
    if (ctx.org.provider?.type !== 'netsapiens') return;
    departments(ctx).forEach((d, i) => {
      if (d.extension === undefined) ctx.report(['departments', i, 'name'], `department ${d.name} has no extension: on NetSapiens the extension is the call queue's identity (netsapiens)`);
    });
  },
});

const netsapiensNoBalancedRouting = defineRule({
  ...NETSAPIENS_NO_BALANCED_ROUTING,
  severity: 'error',
  check(ctx) {
    if (ctx.org.provider?.type !== 'netsapiens') return;
    departments(ctx).forEach((d, i) => {
      if (d.routing === 'balanced') ctx.report(['departments', i, 'routing'], `department ${d.name} uses routing balanced, which NetSapiens call queues do not have (netsapiens)`);
    });
  },
});

export const vendorConstraintRules: Rule[] = [...VENDOR_CONSTRAINTS.filter((c) => c.scope === 'declared').map(ruleOf), netsapiensDepartmentNeedsExtension, netsapiensNoBalancedRouting];
