/** What NetSapiens refuses (model/constraints.ts). Source: the v2 OpenAPI spec in specs/. */
import { defineConstraint } from '../constraints.js';

export const netsapiensRoleNeedsPortal = defineConstraint({
  code: 'RF410',
  name: 'netsapiens-role-needs-portal',
  vendor: 'netsapiens',
  scope: 'declared',
  field: 'panelAccess',
  meaning:
    'On NetSapiens a user without panel access has the user-scope "No Portal", which carries no role: only an agent can be without panel access.',
  hint: 'Give the user panel access (`panelAccess: true`), or make them an agent (`role: agent`).',
  evidence: {
    source: 'specs/netsapiens-api-v2.openapi.json: `user-scope` is one value of a fixed list ("No Portal", "Basic User", "Call Center Agent", "Office Manager", …), so a user has either no portal or a role',
    emulator: 'user-scope is checked against the same list; a user reads back as one scope',
  },
  check: (user) =>
    !user.panelAccess && user.role !== 'agent'
      ? { message: `${user.name} is ${user.role} without panel access: NetSapiens gives a user without portal the scope "No Portal", which has no role` }
      : null,
});

export const netsapiensUserNeedsExtension = defineConstraint({
  code: 'RF411',
  name: 'netsapiens-user-needs-extension',
  vendor: 'netsapiens',
  scope: 'declared',
  field: 'extension',
  meaning: 'A NetSapiens user is identified by its extension (the `user` of /domains/{domain}/users/{user}): a user without one cannot be created or found.',
  hint: 'Give the user an extension (`extension: "1001"`, within settings.extensionRanges if set).',
  evidence: {
    source: 'specs/netsapiens-api-v2.openapi.json: POST /domains/{domain}/users requires `user`, the extension, which is also the path key of every per-user operation',
    emulator: 'a create without `user` is refused (400); the provider refuses it before sending (providers/netsapiens/users.ts)',
  },
  check: (user) => (user.extension === null ? { message: `${user.name} has no extension: on NetSapiens the extension is the user's identity` } : null),
});

export const netsapiensOwnerNotGranted = defineConstraint({
  code: 'RF414',
  name: 'netsapiens-owner-not-granted',
  vendor: 'netsapiens',
  // `change`: a new user as owner, and an existing one made owner (issue 16: that used to pass the plan and fail at
  // apply, after the other actions ran). An owner read as such and declared as such is not a change.
  scope: 'change',
  field: 'role',
  meaning:
    'ringform does not grant NetSapiens owner scopes (Reseller, Super User), neither to a new user nor by changing a role: granting them is left to the portal. An existing owner keeps its scope.',
  hint: 'Declare another role (e.g. `role: admin`, or the one the user has now) and grant Reseller or Super User in the portal; then declare `role: owner` (an owner read as owner is left as it is).',
  evidence: {
    assumption:
      'a policy of ringform, not a documented vendor refusal: the spec lists Reseller and Super User among user-scope values (specs/netsapiens-api-v2.openapi.json) without saying which keys may grant them, and "owner" would have to pick one of the two; ringform never sends them (providers/netsapiens/mapper.ts scopeFor)',
    emulator: 'accepts any listed scope; the provider refuses before sending',
  },
  check: (user) => (user.role === 'owner' ? { message: `${user.name} would be made owner: ringform does not grant NetSapiens owner scopes` } : null),
});

export const NETSAPIENS_CONSTRAINTS = [netsapiensRoleNeedsPortal, netsapiensUserNeedsExtension, netsapiensOwnerNotGranted];

/**
 * A call queue's key is its extension too (POST /domains/{domain}/callqueues requires `callqueue`, the path key
 * of every per-queue operation) [S: spec]. Departments are not users, so this one is a rule of its own
 * (config/rules/vendor-constraints.ts), with the same RF4xx shape.
 */
export const NETSAPIENS_DEPARTMENT_NEEDS_EXTENSION = {
  code: 'RF412',
  name: 'netsapiens-department-needs-extension',
  meaning: 'A NetSapiens call queue is identified by its extension: a department without one cannot be created or found.',
  hint: 'Give the department an extension (`extension: "2001"`).',
} as const;

/** NetSapiens dispatch types have no "balanced" routing (providers/netsapiens/mapper.ts DISPATCH_OF; [S: spec]). */
export const NETSAPIENS_NO_BALANCED_ROUTING = {
  code: 'RF413',
  name: 'netsapiens-no-balanced-routing',
  meaning: 'NetSapiens call queues have no dispatch type for `routing: balanced` (the spec lists Ring All, Round-robin, Tiered Round-robin, Linear Hunt, Linear Cascade, Call Park).',
  hint: 'Use simultaneous, round-robin, serial or longest-idle.',
} as const;
