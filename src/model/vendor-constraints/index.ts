/** Every vendor's constraints (model/constraints.ts), by provider type. */
import type { UserConstraint } from '../constraints.js';
import type { ProviderType } from '../org.js';
import { MYOPERATOR_CONSTRAINTS } from './myoperator.js';
import { NETSAPIENS_CONSTRAINTS } from './netsapiens.js';
import { SMARTFLO_CONSTRAINTS } from './smartflo.js';
import { WEB_LOGIN_CONSTRAINTS } from './web-login.js';
import { FORWARDING_VOICEMAIL_CONSTRAINTS } from './forwarding-voicemail.js';

export const VENDOR_CONSTRAINTS: readonly UserConstraint[] = [...SMARTFLO_CONSTRAINTS, ...NETSAPIENS_CONSTRAINTS, ...MYOPERATOR_CONSTRAINTS, ...WEB_LOGIN_CONSTRAINTS, ...FORWARDING_VOICEMAIL_CONSTRAINTS];

export function constraintsFor(type: ProviderType): UserConstraint[] {
  return VENDOR_CONSTRAINTS.filter((c) => c.vendor === type);
}
