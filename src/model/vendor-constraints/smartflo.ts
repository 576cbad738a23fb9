/**
 * What Smartflo refuses (model/constraints.ts). Sources: the Tata reference pages cited in docs/vendors/smartflo.md
 * and the provider's evidence ledger (src/providers/smartflo/evidence.ts).
 */
import { defineConstraint, type ConstraintContext, type Violation } from '../constraints.js';
import { BUILTIN_ROLES, type Org, type User } from '../org.js';
import { orgRoleName } from '../role-names.js';
import { agentGroupsSent, loginIdSent, matchRole } from './smartflo-sent.js';

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
/**
 * Review A2: the role a user resolves to is one provider.vendor.smartflo.roleIds names with an id the account's
 * GET /v1/roles does not list (checked only when that list was read: the users' roles name only held ones).
 */
function configuredIdUnknown(name: string, user: User, ctx: ConstraintContext): Violation | null {
  const bad = ctx.account?.roleIds?.unknown.find((r) => r.name === name);
  if (!bad) return null;
  const listed = ctx.account!.roleIds!.listed.map((r) => `${r.name} ${r.id}`).join(', ') || 'none';
  return {
    atProvider: true,
    message: `${user.name} has role "${user.role}", which provider.vendor.smartflo.roleIds.${bad.name} maps to id ${bad.id}, not a role of this Smartflo account (GET /v1/roles: ${listed})`,
    fix: `Set provider.vendor.smartflo.roleIds.${bad.name} to the id of one of the account's roles (${listed}), or remove it (then the account must have a role named "${bad.name}").`,
  };
}

/**
 * Review c3: the account's roles as org.yaml can name them as written: built-in ones and custom ones declared
 * under `roles` (any other name would be refused by validate, RF217); the rest need a `roles:` entry first.
 */
function usableRoles(names: string[], ctx: ConstraintContext): string {
  const spelled = [...new Set(names.map((n) => orgRoleName(n)))];
  const usable = spelled.filter((n) => (BUILTIN_ROLES as readonly string[]).includes(n) || ctx.org.roles.some((r) => r.name === n));
  const needDeclaring = spelled.filter((n) => !usable.includes(n));
  const choose = usable.length > 0 ? `or choose one the account has: ${usable.join(', ')}` : 'the account has no built-in role ringform can name';
  return needDeclaring.length > 0 ? `${choose} (its custom roles ${needDeclaring.join(', ')} need an entry under \`roles\` first).` : `${choose}.`;
}

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
    const matched = matchRole(names.map((name) => ({ name })), user.role);
    if (matched) return configuredIdUnknown(matched.name, user, ctx);
    if (ctx.account?.roleIds === undefined) {
      // Review c2: no role list was read (no GET /v1/roles: only the roles live users hold are known), so the
      // account may well have the role: the fix is to name its id, not to blame the account.
      const held = names.length === 0 ? 'no live user holds a role' : `live users hold only ${names.map((n) => JSON.stringify(n)).join(', ')}`;
      return {
        message: `${user.name} has role "${user.role}", and ringform could not read this Smartflo account's roles (no GET /v1/roles, and ${held}) to find its id`,
        fix: `Name the role's id in provider.vendor.smartflo.roleIds, e.g. {${user.role}: <id>}, where <id> is in the role's URL when editing it in the panel, Settings → Roles.`,
      };
    }
    return {
      message: `${user.name} has role "${user.role}", which this Smartflo account does not have (roles: ${names.map((n) => JSON.stringify(n)).join(', ')})`,
      fix: `Create the role "${user.role}" in the Smartflo panel (Settings → Roles) or name its id in provider.vendor.smartflo.roleIds; ${usableRoles(names, ctx)}`,
    };
  },
});

/**
 * `provider.vendor.smartflo.agentGroups`: the account's agent groups as a person copied them from the panel;
 * undefined when org.yaml does not list them, or lists them in another shape (then nothing is checked).
 */
export function listedAgentGroups(org: Pick<Org, 'provider'>): string[] | undefined {
  const listed = (org.provider?.vendor as Record<string, unknown> | undefined)?.['agentGroups'];
  return Array.isArray(listed) ? listed.map(String) : undefined;
}

/**
 * Decision (review: an unknown agent group planned clean, then `422 The selected agent group … is invalid` at
 * apply): no Smartflo API lists agent groups [NF: docs/vendors/smartflo.md#agent-groups], so
 * the read cannot know them. As with time groups (provider.vendor.smartflo.timeGroups), org.yaml may list the
 * account's groups under provider.vendor.smartflo.agentGroups; then validate and plan refuse any other name, at
 * its position. Without the list the names are sent unchecked, and the plan says so (an Unverified line naming
 * them: `unchecked` below), never a silent pass.
 */
export const smartfloUnknownAgentGroup = defineConstraint({
  code: 'RF466',
  name: 'smartflo-unknown-agent-group',
  vendor: 'smartflo',
  scope: 'declared',
  field: 'agentGroups',
  meaning:
    "A user names an agent group that is not among the account's agent groups listed under provider.vendor.smartflo.agentGroups (Smartflo refuses an agent_group it does not have; no API lists them, so org.yaml is where they are known).",
  hint: 'Use the name of a listed group as the panel shows it, or create the group in the Smartflo panel and add it to provider.vendor.smartflo.agentGroups.',
  evidence: {
    source: `${CREATE_USER} (agent_group: array of string); no list or create endpoint for agent groups found (docs/vendors/smartflo.md#agent-groups [NF]); that an unknown name is refused is an assumption`,
    emulator: 'POST or PATCH /v1/user naming a group outside its agentGroups fixture: 422 "The selected agent group … is invalid."',
  },
  check(user, ctx) {
    const { groups, field } = agentGroupsSent(user);
    const listed = listedAgentGroups(ctx.org);
    if (groups.length === 0 || listed === undefined) return null;
    const unknown = groups.filter((g) => !listed.includes(g));
    if (unknown.length === 0) return null;
    const near = unknown.map((g) => listed.find((l) => l.toLowerCase() === g.toLowerCase())).filter((l): l is string => l !== undefined);
    return {
      field,
      // Review c5: the older spelling points at its own `agent_group` line, not at `vendor:`/`smartflo:`.
      ...(field === 'vendor' ? { subpath: ['smartflo', 'agent_group'] } : {}),
      message: `agent group ${unknown.map((g) => JSON.stringify(g)).join(', ')} of ${user.name} is not one of the account's groups listed under provider.vendor.smartflo.agentGroups (${listed.map((l) => JSON.stringify(l)).join(', ') || 'none'})`,
      fix: near.length > 0
        ? `Write the names as listed (${near.map((l) => JSON.stringify(l)).join(', ')}); Smartflo compares them exactly.`
        : 'Use a listed group, or create the group in the Smartflo panel (no API creates one) and add its name to provider.vendor.smartflo.agentGroups.',
    };
  },
  unchecked: {
    why: 'no Smartflo API lists agent groups, so the plan cannot tell whether they exist and Smartflo may refuse the create; list the account\'s groups under provider.vendor.smartflo.agentGroups (a key with no value reads as left out) and the plan checks them (RF466)',
    values(user, ctx) {
      return listedAgentGroups(ctx.org) === undefined ? agentGroupsSent(user).groups : [];
    },
  },
});

/**
 * The live half of RF465 (review: a loginId held by a live user not in org.yaml planned clean, then `422 The
 * login id has already been taken`). The read sees every live user's login id (`login_id` of GET /v1/users
 * [S: fetch-multiple-users], AccountFacts.logins), so the plan checks the login id a create, a `loginId`
 * change, or an email change sends against every live user but the user itself (by email, or an email under
 * `previously`). An email change sends one when the user signs in with the email (no `loginId`): apply's
 * PATCH moves a login id that is the old email to the new one (providers/smartflo/users.ts updateUser), so
 * the new email must be free as a login id too (review A1: it planned clean, then 422 at apply).
 *
 * A login id another declared user gives up in the same plan (a `loginId` change, or an email change its login id
 * follows) is not refused: the plan orders that user's update before the take (plan/login-ids.ts). Still refused:
 * a declared holder that keeps it (the fix: give it another loginId in org.yaml), and a swap, where the holder
 * takes this user's login id in turn (no order works: the fix goes through a temporary login id). Compared
 * ignoring case, as RF465 is (assumption).
 */
export const smartfloLoginIdTaken = defineConstraint({
  code: 'RF467',
  name: 'smartflo-login-id-taken',
  vendor: 'smartflo',
  scope: 'change',
  field: 'loginId',
  alsoOnChangeOf: ['email'],
  meaning: 'A user would be created with, or moved to, a login id a live Smartflo user already signs in with and keeps (Smartflo refuses a login id that is taken). One another declared user gives up in the same plan is not refused: the plan frees it first.',
  hint: 'Choose a login id no live user has (the live users\' login ids are in `ringform import`), free it in the panel first, or give the declared user who has it another loginId in the same org.yaml (the plan frees it first).',
  evidence: {
    assumption: 'a duplicate login id is refused (docs/vendors/smartflo.md#duplicates-and-idempotency: duplicate login_id behaviour [NF]); the live login ids are read from GET /v1/users login_id [S: fetch-multiple-users]',
    emulator: 'POST or PATCH /v1/user with a login_id another user has (any case): 422 "The login id has already been taken."',
  },
  check(user, ctx) {
    const logins = ctx.account?.logins;
    if (logins === undefined) return null;
    const { loginId, field } = loginIdSent(user);
    const own = new Set([user.email, ...user.previously].map((e) => e.toLowerCase()));
    const holder = logins.find((l) => l.loginId.toLowerCase() === loginId.toLowerCase() && !own.has(l.email.toLowerCase()));
    if (!holder) return null;
    // Declared under its email, or under a new one with this email in `previously` (then it is in org.yaml too).
    const held = holder.email.toLowerCase();
    const declared = ctx.org.users.find((u) => [u.email, ...u.previously].some((e) => e.toLowerCase() === held));
    const next = declared ? loginIdSent(declared).loginId.toLowerCase() : null;
    const swap = declared !== undefined && rotatesBack(declared, own, ctx.org.users, logins);
    // The holder gives it up in this plan: its update runs first (plan/login-ids.ts).
    if (declared && next !== loginId.toLowerCase() && !swap) return null;
    return {
      field,
      ...(field === 'vendor' ? { subpath: ['smartflo', 'login_id'] } : {}),
      message: `${user.name} would sign in as "${loginId}", which live user ${holder.email} already signs in with on Smartflo${swap ? `, and ${declared!.email} gives it up only for a login id that comes round back from ${user.name} (a swap, or a longer rotation)` : ''}`,
      fix: swap
        ? `No order of these changes works: give ${declared!.email} a login id nobody has now and apply that alone first (ringform apply --target 'user["${declared!.email}"]'), then the final ones.`
        : declared
          ? `Give ${declared.email} another loginId in org.yaml (the plan then frees "${loginId}" before ${user.name} takes it), or choose another login id for ${user.name}.`
          : `${holder.email} is not managed by org.yaml (not declared, or matched by settings.ignore): choose another ${field === 'email' ? 'loginId (set users[].loginId)' : 'loginId'} for ${user.name}, or change ${holder.email}'s login id in the Smartflo panel first.`,
    };
  },
});

/**
 * Whether the login ids move in a ring back to `own` (a swap, or a longer rotation): the holder of what `giver`
 * will sign in with, if declared, gives up its own for the next one's, and so on, until one is free, kept, or
 * held by `own`. No order of such changes works (plan/login-ids.ts leaves their waits out).
 */
function rotatesBack(giver: User, own: Set<string>, users: readonly User[], logins: ReadonlyArray<{ email: string; loginId: string }>): boolean {
  const declaredAs = (email: string) => users.find((u) => [u.email, ...u.previously].some((e) => e.toLowerCase() === email.toLowerCase()));
  let at: User | undefined = giver;
  for (let step = 0; at && step <= users.length; step++) {
    const wanted = loginIdSent(at).loginId.toLowerCase();
    const holder = logins.find((l) => l.loginId.toLowerCase() === wanted);
    if (!holder) return false;
    if (own.has(holder.email.toLowerCase())) return true;
    const next = declaredAs(holder.email);
    if (next === at) return false;
    at = next;
  }
  return false;
}

export const SMARTFLO_CONSTRAINTS = [smartfloNoPhone, smartfloCallerId, smartfloNeverReceives, smartfloUnknownRole, smartfloUnknownAgentGroup, smartfloLoginIdTaken];
