/**
 * The semantic rules, in the order their diagnostics are listed for the same position, and the runner
 * that gives each rule a `report` bound to its code and the parsed source.
 */
import type { Org } from '../../model/org.js';
import type { Diagnostic } from '../diagnostic.js';
import { diagnosticAt, positionOf, type ParsedSource } from '../source.js';
import type { WrittenOrg } from '../written.generated.js';
import { badExtensionRange, extensionOutOfRange } from './extension-ranges.js';
import { badFailoverTarget, failoverLoop, failoverToSelf } from './failover.js';
import { duplicateMember } from './members.js';
import { invalidPhone } from './phones.js';
import { unknownDepartment, unknownManager, unknownMember, unknownSchedule } from './references.js';
import { roleShadowsBuiltin, unknownRole } from './roles.js';
import type { Rule, RuleContext } from './rule.js';
import { duplicateDate, invalidSlot, overlappingSlots } from './slots.js';
import { disabledUserInDepartment, emptyDepartment, managerNotMember, protectedUserNotDeclared, userWithoutDepartment } from './smells.js';
import { invalidTimezone } from './timezones.js';
import { duplicateEmail, duplicatePhone, previousEmailInUse } from './unique-people.js';
import { duplicateDepartment, duplicateExtension, duplicateExtensionEntry, duplicateRole, duplicateSchedule, reservedScheduleName } from './unique-names.js';

export type { Rule, RuleContext } from './rule.js';

export const rules: Rule[] = [
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
  badFailoverTarget,
  failoverToSelf,
  failoverLoop,
  invalidTimezone,
  invalidSlot,
  overlappingSlots,
  duplicateDate,
  duplicateMember,
  emptyDepartment,
  userWithoutDepartment,
  disabledUserInDepartment,
  managerNotMember,
  protectedUserNotDeclared,
];

export function runRules(src: ParsedSource, written: WrittenOrg, org: Org): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const ctx: RuleContext = {
      written,
      org,
      positionOf: (path) => positionOf(src, path),
      report: (path, message, options = {}) =>
        diagnostics.push(diagnosticAt(src, rule, { path, message, ...options, hint: options.hint ?? rule.hint })),
    };
    rule.check(ctx);
  }
  return diagnostics;
}
