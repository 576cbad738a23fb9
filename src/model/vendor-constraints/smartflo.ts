/**
 * What Smartflo refuses (model/constraints.ts). Sources: the Tata reference pages cited in docs/vendors/smartflo.md
 * and the provider's evidence ledger (src/providers/smartflo/evidence.ts).
 */
import { defineConstraint, type ConstraintContext } from '../constraints.js';
import type { User } from '../org.js';
import { orgRoleName } from '../role-names.js';

const CREATE_USER = 'https://docs.smartflo.tatatelebusiness.com/reference/create-user';

export const smartfloNoPhone = defineConstraint({
  code: 'RF400',
  name: 'smartflo-needs-phone',
  vendor: 'smartflo',
  scope: 'create',
  field: 'phone',
  meaning: 'Smartflo creates a user only with a mobile number (`number` is mandatory on POST /v1/user).',
  hint: 'Set `phone` (E.164, e.g. +919812345678) on the user: Smartflo rings that mobile number.',
  evidence: { source: `${CREATE_USER} (number: required)`, emulator: 'POST /v1/user without number: 422 "The number field is required."' },
  check: (user) => (user.phone === null ? { message: `${user.name} has no phone: Smartflo needs a mobile number to create a user` } : null),
});

/** The caller ids a new user is created with: `callerIds`, else the user's vendor ones, else the provider's, else undefined. */
function wantedCallerIds(user: User, ctx: ConstraintContext): unknown[] | undefined {
  if (user.callerIds.length > 0) return user.callerIds;
  const own = (user.vendor.smartflo ?? {})['caller_id'];
  const shared = (ctx.org.provider.vendor as Record<string, unknown>)['caller_id'];
  const wanted = own ?? shared;
  if (wanted === undefined) return undefined;
  return Array.isArray(wanted) ? wanted : [wanted];
}

export const smartfloCallerId = defineConstraint({
  code: 'RF401',
  name: 'smartflo-needs-caller-id',
  vendor: 'smartflo',
  scope: 'create',
  field: 'vendor',
  meaning:
    "Smartflo creates a user only with at least one caller id, a number of the account (`caller_id` is mandatory on POST /v1/user); ringform picks the account's only number by itself, not one of several.",
  hint: 'Set users[].callerIds (or provider.vendor.smartflo.caller_id for every user) to one or more numbers of the account, e.g. ["+912240001000"].',
  evidence: {
    source: `${CREATE_USER} (caller_id: required); the account's numbers from GET /v1/my_number (public client code; its item shape is an assumption)`,
    emulator: 'POST /v1/user without caller_id: 422 "The caller id field is required."; an id not in my_number: 422 "The selected caller id … is invalid."',
  },
  check(user, ctx) {
    const numbers = ctx.account?.numbers;
    if (numbers === undefined) return null;
    const wanted = wantedCallerIds(user, ctx);
    if (wanted === undefined) {
      if (numbers.length === 1) return null;
      const list = numbers.map((n) => n.e164 ?? n.id).join(', ');
      return {
        atProvider: true,
        message: `${user.name} has no caller id, and the account has ${numbers.length === 0 ? 'no number' : `${numbers.length} numbers (${list})`}: Smartflo needs one to create the user`,
        fix: numbers.length === 0
          ? 'The account has no number to use as caller id: add one in the Smartflo panel first.'
          : `Choose the caller id: set users[].callerIds (or provider.vendor.smartflo.caller_id, for every new user) to one of ${list}.`,
      };
    }
    const unknown = wanted.filter((w) => !numbers.some((n) => n.e164 === String(w) || n.id === String(w)));
    if (unknown.length === 0) return null;
    return {
      ...(user.callerIds.length > 0 ? { field: 'callerIds' as const } : {}),
      message: `caller id ${unknown.map((u) => JSON.stringify(u)).join(', ')} of ${user.name} is not a number of this Smartflo account`,
      fix: `Use numbers of the account (GET /v1/my_number): ${numbers.map((n) => n.e164 ?? n.id).join(', ') || 'none yet'}.`,
    };
  },
});

export const smartfloNeverReceives = defineConstraint({
  code: 'RF402',
  name: 'smartflo-no-never-receive',
  vendor: 'smartflo',
  scope: 'declared',
  field: 'receiveCalls',
  meaning: 'Smartflo has no "never receive calls" setting for a user: an agent has a time group or none (always).',
  hint: 'Use `status: disabled` (the agent is blocked and takes no calls), a schedule (a time group), or leave receiveCalls out.',
  evidence: {
    source: `${CREATE_USER} and https://docs.smartflo.tatatelebusiness.com/reference/patch-a-user: a user's hours are only \`time_group\` (create); no field turns receiving off`,
    emulator: 'no request field exists for it; ringform refused it only at apply before',
  },
  check: (user) => (user.receiveCalls === 'never' ? { message: `${user.name} has receiveCalls: never, which Smartflo cannot express` } : null),
});

/**
 * Found by the never-lies generator once it drew `role: owner` (2026-12-03): a tenant without an "Owner" role took
 * the plan, and apply failed the create ("Smartflo has no role named …"). Roles are the tenant's own; the plan now
 * resolves `role` against the same list apply does (providers/smartflo/lookups.ts roles(), mapper.ts roleIdFor:
 * the exact name, or the same name in org.yaml spelling). A custom role org.yaml declares is not checked: its
 * create is a panel step, and the user's create waits on it.
 */
export const smartfloUnknownRole = defineConstraint({
  code: 'RF404',
  name: 'smartflo-unknown-role',
  vendor: 'smartflo',
  scope: 'change',
  field: 'role',
  meaning: "Smartflo sets a user's role by the id of one of the account's roles (`user_role` on POST and PATCH /v1/user): a role the account does not have cannot be given.",
  hint: 'Create the role in the Smartflo panel (Settings → Roles) or name its id in provider.vendor.smartflo.roleIds, or choose a role the account has.',
  evidence: {
    source: `${CREATE_USER} (user_role: "the role id … copy it from the URL when editing the role in the web panel"); the roles from GET /v1/roles where the tenant has it (public client code), else the user_role of GET /v1/users`,
    emulator: 'POST /v1/user with a user_role not among its roles: 422 "The selected user role is invalid."; ringform refused it at apply ("Smartflo has no role named …")',
  },
  check(user, ctx) {
    const names = ctx.account?.roles;
    if (names === undefined || ctx.org.roles.some((r) => r.name === user.role)) return null;
    if (names.some((n) => n === user.role || orgRoleName(n) === orgRoleName(user.role))) return null;
    return {
      message: `${user.name} has role "${user.role}", which this Smartflo account does not have (roles: ${names.map((n) => JSON.stringify(n)).join(', ') || 'none read'})`,
      fix: `Create the role "${user.role}" in the Smartflo panel (Settings → Roles) or name its id in provider.vendor.smartflo.roleIds; or choose one the account has: ${names.map((n) => orgRoleName(n)).join(', ') || 'none read'}.`,
    };
  },
});

export const SMARTFLO_CONSTRAINTS = [smartfloNoPhone, smartfloCallerId, smartfloNeverReceives, smartfloUnknownRole];
