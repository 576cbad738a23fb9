/**
 * What ringform can do on Tata Smartflo, as data (README.md has the field mapping behind each entry).
 * Every field has its row (the table is closed: model/capabilities.ts).
 */
import { API, everyField, manual, unsupported, type Capabilities, type Support } from '../../model/capabilities.js';

const NOT_APPLICABLE = unsupported('not applicable to this kind of object');
const PANEL = 'Sign in to the Smartflo web panel as an admin.';

const NO_ROLE_API = (verb: string) =>
  manual(`Smartflo has no API to ${verb} roles`, PANEL, `Open Settings → Roles and ${verb} the role "{name}"${verb === 'update' ? ': {changes}' : ''}.`);

const NO_TIME_GROUP_API = (verb: string) =>
  manual(
    `Smartflo has no API for time groups (schedules); ${verb} it in the panel`,
    PANEL,
    `Open Settings → Time Groups and ${verb} the time group "{name}"${verb === 'update' ? ': {changes}' : ''}.`,
    // No API lists time groups: org.yaml says which exist, so users waiting for this one are created next time.
    ...(verb === 'create' ? ['Add "{name}" to provider.vendor.smartflo.timeGroups in org.yaml: no API lists time groups, so this tells ringform it exists.'] : []),
  );

const NO_EXTENSION_API = unsupported(
  "Smartflo assigns each agent's 4-digit intercom itself and has no extension API; a SIP extension is created with its user (users[].vendor.smartflo.assign_extension)",
);

function ops(overrides: Partial<Record<'read' | 'create' | 'update' | 'delete' | 'invite', Support>> = {}) {
  return { read: API, create: API, update: API, delete: API, invite: NOT_APPLICABLE, ...overrides };
}

export function smartfloCapabilities(): Capabilities {
  return {
    role: {
      operations: ops({ create: NO_ROLE_API('create'), update: NO_ROLE_API('update'), delete: NO_ROLE_API('delete') }),
      fields: {
        base: unsupported("Smartflo roles are the account's own; GET /v1/roles gives only their names"),
        description: unsupported('GET /v1/roles gives no description'),
        permissions: unsupported("a role's permissions are set in the panel and cannot be read through the API"),
      },
    },
    schedule: {
      operations: ops({
        read: manual('Smartflo has no API that lists time groups; check them in the panel (Settings → Time Groups)', PANEL),
        create: NO_TIME_GROUP_API('create'),
        update: NO_TIME_GROUP_API('update'),
        delete: NO_TIME_GROUP_API('delete'),
      }),
      fields: everyField('schedule', NO_TIME_GROUP_API('update')),
    },
    extension: {
      operations: ops({ read: NO_EXTENSION_API, create: NO_EXTENSION_API, update: NO_EXTENSION_API, delete: NO_EXTENSION_API }),
      fields: {
        type: NO_EXTENSION_API,
        forceLogin: unsupported('no API field (login-based calling is per user: users[].loginBasedCalling)'),
        callerId: unsupported("caller ids are per user (caller_id, ids of the account's numbers): users[].callerIds"),
        device: unsupported('no API field for a desk phone or its MAC address'),
      },
    },
    user: {
      operations: ops({
        invite: manual(
          'Smartflo has no invitation: ringform creates the user with a random password nobody knows (or the one in users[].vendor.smartflo.passwordEnv)',
          "Ask {name} to sign in to the Smartflo web panel with login id {login} using 'Forgot password' to set their own password.",
        ),
      }),
      fields: {
        email: API,
        name: API,
        phone: API,
        role: API,
        panelAccess: API,
        status: API,
        receiveCalls: manual(
          "PATCH /v1/user has no time_group: a user's time group is set only when the user is created",
          PANEL,
          'Open Users → {name} → Agent and set the time group: {changes}.',
        ),
        extension: unsupported("Smartflo assigns each agent's 4-digit intercom itself; no API field chooses it"),
        // docs/vendors/smartflo.md#web-login-and-agent-details: each on POST and PATCH /v1/user [S]; read.ts says
        // which the read cannot see (callerIds, agentGroups: unverified, a create still sends them).
        loginId: API,
        loginBasedCalling: API,
        callerIds: API,
        agentGroups: API,
        reportsOf: API,
        allowedIps: manual(
          'no Smartflo API sets Allowed IPs (neither POST nor PATCH /v1/user has such a field)',
          PANEL,
          'Open Users → All Users, edit {name}, and under Web Login → Allowed IPs choose "Selected IP" and enter the addresses ("Allow all IP" for none): {changes}.',
        ),
        // Issue 19: model/vendor-constraints/smartflo.ts refuses both at validate, with the panel path.
        forwarding: unsupported(
          "POST /v1/user and PATCH /v1/user have no call-forward field [S: reference/create-user, reference/patch-a-user]; agent.follow_me_number in GET /v1/users is the number the agent's calls ring (the user's own mobile, `phone`), not a forward [S: reference/fetch-multiple-users]",
        ),
        voicemail: unsupported('POST /v1/user and PATCH /v1/user have no voicemail field [S: reference/create-user, reference/patch-a-user]'),
      },
      // A new user may sign in from any IP [I: "Allow all IP" is the form's first choice]: declared IPs are a panel step after the create.
      createDefaults: { allowedIps: [] },
    },
    department: {
      operations: ops({
        delete: manual(
          'no documented API deletes a department (DELETE /v1/department/{id} is assumed, not confirmed), so ringform does not call it',
          PANEL,
          'Open Departments, find "{name}" and delete it.',
        ),
      }),
      fields: {
        routing: API,
        ringTimeout: API,
        stickyAgent: API,
        extension: unsupported('Smartflo departments have no extension of their own; calls reach them through a number or IVR'),
        manager: unsupported('Smartflo departments have no manager field'),
        hours: unsupported('Smartflo departments have no time group; hours are part of the call flow of the number'),
        failover: manual(
          "the values of a department's timeout destination (timeout_dest_type) are not documented",
          PANEL,
          'Open Departments → {name} and set the failover (timeout) destination: {changes}.',
        ),
      },
    },
    member: { operations: ops(), fields: { priority: API } },
    // A member's priority is its position in the department's destination list (ring-order.ts).
    ringOrderIsPosition: true,
  };
}
