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

export const NETSAPIENS_CONSTRAINTS = [netsapiensRoleNeedsPortal];
