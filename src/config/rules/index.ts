/**
 * The semantic rules, in the order their diagnostics are listed for the same position, and the runner
 * that gives each rule a `report` bound to its code and the parsed source.
 */
import type { Org } from '../../model/org.js';
import type { Diagnostic } from '../diagnostic.js';
import { nothingLeftOut, type ValidParts } from '../partial.js';
import { diagnosticAt, positionOf, type DataPath, type ParsedSource } from '../source.js';
import type { WrittenOrg } from '../written.generated.js';
import { badExtensionRange, extensionOutOfRange } from './extension-ranges.js';
import { badFailoverTarget, failoverLoop, failoverToSelf } from './failover.js';
import { badEndpoint, plainHttpEndpoint } from './endpoint.js';
import { limitsWithoutHttp } from './limits.js';
import { deskPhoneOnWeb, extensionIsDepartmentNumber, protectedUserDisabled } from './extensions.js';
import { duplicateMember } from './members.js';
import { unsafeName } from './names.js';
import { invalidPhone } from './phones.js';
import { unknownDepartment, unknownManager, unknownMember, unknownSchedule } from './references.js';
import { roleShadowsBuiltin, unknownRole } from './roles.js';
import type { Rule, RuleContext } from './rule.js';
import { duplicateDate, invalidSlot, overlappingSlots } from './slots.js';
import { disabledUserInDepartment, emptyDepartment, managerNotMember, protectedUserNotDeclared, userWithoutDepartment } from './smells.js';
import { invalidTimezone } from './timezones.js';
import { duplicateEmail, duplicatePhone, previousEmailInUse } from './unique-people.js';
import { vendorConstraintRules } from './vendor-constraints.js';
import { duplicateLoginId, invalidAllowedIp, unknownReportsOf } from './web-login.js';
import { smartfloNameList, smartfloRoleIdTwice } from './smartflo-lists.js';
import { forwardingRules } from './forwarding.js';
import { duplicateDepartment, duplicateExtension, duplicateExtensionEntry, duplicateRole, duplicateSchedule, reservedScheduleName } from './unique-names.js';

export type { Rule, RuleContext } from './rule.js';

export const rules: Rule[] = [
  unsafeName,
  badEndpoint,
  duplicateEmail,
  previousEmailInUse,
  duplicatePhone,
  duplicateExtension,
  duplicateExtensionEntry,
  duplicateDepartment,
  duplicateSchedule,
  reservedScheduleName,
  duplicateRole,
  roleShadowsBuiltin,
  invalidPhone,
  badExtensionRange,
  extensionOutOfRange,
  unknownDepartment,
  unknownMember,
  unknownManager,
  unknownSchedule,
  unknownRole,
  unknownReportsOf,
  duplicateLoginId,
  invalidAllowedIp,
  smartfloNameList,
  smartfloRoleIdTwice,
  ...forwardingRules,
  badFailoverTarget,
  failoverToSelf,
  failoverLoop,
  invalidTimezone,
  invalidSlot,
  overlappingSlots,
  duplicateDate,
  duplicateMember,
  deskPhoneOnWeb,
  extensionIsDepartmentNumber,
  protectedUserDisabled,
  emptyDepartment,
  userWithoutDepartment,
  disabledUserInDepartment,
  managerNotMember,
  protectedUserNotDeclared,
  plainHttpEndpoint,
  limitsWithoutHttp,
  ...vendorConstraintRules,
];

/**
 * Runs every rule. `parts` is given when the document failed the schema: the rules then see only the parts
 * that passed (partial.ts), their paths are mapped back to the file, and warnings about an entry that lost
 * a part are held back (they would judge what is left, not what was written).
 */
export function runRules(src: ParsedSource, written: WrittenOrg, org: Org, parts?: Pick<ValidParts, 'leftOut' | 'toOriginal'>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const leftOut = parts?.leftOut ?? nothingLeftOut();
  const original = parts?.toOriginal ?? ((p) => p);
  const touched = (path: DataPath): boolean => path.length >= 2 && leftOut.touched.has(`${String(path[0])}/${String(path[1])}`);
  for (const rule of rules) {
    const ctx: RuleContext = {
      written,
      org,
      leftOut,
      positionOf: (path) => positionOf(src, original(path)),
      report: (path, message, options = {}) => {
        const at = original(path);
        if (rule.severity === 'warning' && touched(at)) return;
        diagnostics.push(diagnosticAt(src, rule, { path: at, message, ...options, hint: options.hint ?? rule.hint }));
      },
    };
    rule.check(ctx);
  }
  return diagnostics;
}
