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

export const NETSAPIENS_CONSTRAINTS = [netsapiensRoleNeedsPortal, netsapiensUserNeedsExtension];

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
