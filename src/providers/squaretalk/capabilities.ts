/**
 * What ringform can do on Squaretalk ("Matrix"), as data. Squaretalk publishes no admin API
 * (docs/vendors/squaretalk.md#no-admin-api), so every change is a panel step, in the help centre's terms
 * (docs/vendors/squaretalk.md#panel-model): Settings → Users &
 * Permissions → Users → "+ New User"; extension type Web / SIP / SIP-TLS; Force Login; permission level
 * Agent / Manager / Admin; Groups and Roles & Permissions under the organisation settings.
 *
 * `squaretalkCapabilities()` is the vendor as it is (read: manual, from a CSV export) and feeds the README
 * matrix. `planningCapabilities()` is what the provider plans with: the kinds its `read()` covers count as
 * readable, because read() is the export (or, without one, an org known to be empty).
 */
import { API, everyField, manual, unsupported, type Capabilities, type KindCapabilities, type Support } from '../../model/capabilities.js';
import { webLoginUnsupported } from '../../model/web-login.js';

const NO_API = 'Squaretalk publishes no admin API';
const NOT_APPLICABLE = unsupported('not applicable to this kind of object');
const OPEN_USERS = 'In Squaretalk open Settings → Users & Permissions → Users';
const OPEN_USER = `${OPEN_USERS} and open "{name}" ({email}).`;
const OPEN_GROUP = 'In Squaretalk open Settings → Organization → Groups and open "{department}".';
const LEVELS = 'permission level (Advanced tab): agent → Agent, manager or supervisor → Manager, admin or owner → Admin, a custom role → its profile';
const SNAPSHOT_READ = manual(
  `${NO_API}: ringform reads users, extensions and groups from a CSV export of the Users list`,
  `${OPEN_USERS} and export the list as CSV.`,
  'Save it next to org.yaml and name it in provider.vendor.squaretalk.snapshot (or provider.endpoint).',
);
const NOT_EXPORTED = (what: string): Support => manual(`the Users export does not list ${what}`, `Compare ${what} in the Squaretalk panel with org.yaml by hand.`);

const USER_UPDATE = manual(NO_API, OPEN_USER, 'Change {changes}; save.');
const user: KindCapabilities<'user'> = {
  operations: {
    read: SNAPSHOT_READ,
    create: manual(
      NO_API,
      `${OPEN_USERS} → "+ New User" (admin rights needed).`,
      'User tab: Name "{name}", Email {email} (the login username), Phone and Active as declared in org.yaml.',
      'Extension tab: extension {number}, with the type, Force Login and caller ID of extension {number} (see its step).',
      `Set the ${LEVELS}.`,
      'Save: Squaretalk emails {email} an invitation to set a password.',
    ),
    update: USER_UPDATE,
    delete: manual(NO_API, OPEN_USER, 'Delete the user; extension {number} is released with it.'),
    invite: manual(
      'Squaretalk sends the invitation itself when the user is created',
      'Check that {email} received the invitation email to set a password; if not, open the user and resend it.',
    ),
  },
  fields: {
    email: USER_UPDATE,
    name: USER_UPDATE,
    phone: USER_UPDATE,
    extension: USER_UPDATE,
    status: USER_UPDATE,
    // No {changes} here: merged with other fields' update steps, the change is listed once.
    role: manual(NO_API, OPEN_USER, `For the new role set the ${LEVELS}; save.`),
    panelAccess: unsupported('every Squaretalk user signs in to the dashboard: the email is the login'),
    receiveCalls: unsupported("Squaretalk's help centre describes no per-user call-receiving hours [NF]; use Force Login and Active"),
    ...webLoginUnsupported('Squaretalk', {
      loginBasedCalling: "Squaretalk's Force Login is per extension: declare extensions[].forceLogin",
      callerIds: "Squaretalk's caller id is per extension: declare extensions[].callerId",
    }),
    // Issue 19: model/vendor-constraints/squaretalk.ts refuses both at validate, with the panel path.
    forwarding: unsupported(
      "Squaretalk's help centre describes no per-user call forwarding [NF]: unanswered calls follow the inbound rule's drop action (e.g. voicemail), set per number, not per user [S: support.squaretalk.com configuring-inbound-rules]",
    ),
    voicemail: unsupported(
      "Squaretalk's help centre describes no per-user voicemail box [NF]: voicemail is an inbound rule's drop action [S: support.squaretalk.com configuring-inbound-rules]",
    ),
  },
};

const EXTENSION_UPDATE = manual(NO_API, `${OPEN_USERS}, open the user with extension {number} → Extension tab.`, 'Change {changes}; save.');
const extension: KindCapabilities<'extension'> = {
  operations: {
    read: SNAPSHOT_READ,
    create: manual(
      `${NO_API}; Squaretalk gives each user an extension when the user is created`,
      'Extension {number} is set on the Extension tab of the user who holds it, when creating or editing that user.',
      'Set Type (Web = dashboard only; SIP = softphone or IP phone; SIP-TLS), Force Login (SIP types only) and Caller ID as declared for it in org.yaml.',
    ),
    update: EXTENSION_UPDATE,
    delete: manual(NO_API, 'Extension {number} goes with its user: delete the user, or give the user another extension number.'),
    invite: NOT_APPLICABLE,
  },
  fields: {
    type: EXTENSION_UPDATE,
    forceLogin: EXTENSION_UPDATE,
    callerId: EXTENSION_UPDATE,
    device: unsupported("Squaretalk's help centre describes no desk-phone provisioning [NF]"),
  },
};

const NOT_A_QUEUE = (what: string) => unsupported(`a Squaretalk group is a named set of agents; it has no ${what}`);
const department: KindCapabilities<'department'> = {
  operations: {
    read: SNAPSHOT_READ,
    create: manual(NO_API, 'In Squaretalk open Settings → Organization → Groups and add a group named "{name}".', 'Add its members in the steps that follow.'),
    update: manual(NO_API, OPEN_GROUP, 'Change {changes}; save.'),
    delete: manual(NO_API, 'In Squaretalk open Settings → Organization → Groups and delete "{department}".'),
    invite: NOT_APPLICABLE,
  },
  fields: {
    extension: NOT_A_QUEUE('extension'),
    manager: NOT_A_QUEUE('manager'),
    routing: NOT_A_QUEUE('routing strategy (inbound rules per number group choose "Any Agent" or "Last Contacted Agent")'),
    ringTimeout: NOT_A_QUEUE('ring timeout'),
    stickyAgent: NOT_A_QUEUE('sticky-agent setting (see the inbound rule "Call Last Contacted Agent")'),
    hours: NOT_A_QUEUE('opening hours'),
    failover: NOT_A_QUEUE('failover (inbound rules set a drop action per number group)'),
  },
};

const member: KindCapabilities<'member'> = {
  operations: {
    read: SNAPSHOT_READ,
    create: manual(NO_API, OPEN_GROUP, 'Add {user} to the group; save.'),
    update: manual(NO_API, OPEN_GROUP, 'Change {changes} for {user}; save.'),
    delete: manual(NO_API, OPEN_GROUP, 'Remove {user} from the group; save.'),
    invite: NOT_APPLICABLE,
  },
  fields: { priority: unsupported('Squaretalk groups have no ring order') },
};

const ROLE_UPDATE = manual(NO_API, 'In Squaretalk open Settings → Organization → Roles & Permissions → "{name}".', 'Change {changes}; save.');
const role: KindCapabilities<'role'> = {
  operations: {
    read: NOT_EXPORTED('role profiles'),
    create: manual(
      NO_API,
      'In Squaretalk open Settings → Organization → Roles & Permissions and add a profile named "{name}", derived from the default Agent or Manager profile (its base in org.yaml).',
      'Set its permission switches as declared in org.yaml; save.',
    ),
    update: ROLE_UPDATE,
    delete: manual(NO_API, 'In Squaretalk open Settings → Organization → Roles & Permissions and delete "{name}".'),
    invite: NOT_APPLICABLE,
  },
  fields: { base: ROLE_UPDATE, description: ROLE_UPDATE, permissions: ROLE_UPDATE },
};

const NO_SCHEDULES = unsupported("Squaretalk's help centre describes no named schedules [NF]; the organisation has one time zone (Settings → Organization)");
const schedule: KindCapabilities<'schedule'> = {
  operations: { read: NOT_EXPORTED('schedules'), create: NO_SCHEDULES, update: NO_SCHEDULES, delete: NO_SCHEDULES, invite: NOT_APPLICABLE },
  fields: everyField('schedule', NO_SCHEDULES),
};

/** The panel's permission levels (LEVELS above): supervisor and manager are both "Manager", owner is "Admin". */
const ROLE_LEVELS: Record<string, string> = { agent: 'Agent', supervisor: 'Manager', manager: 'Manager', admin: 'Admin', owner: 'Admin' };

export function squaretalkCapabilities(): Capabilities {
  return structuredClone({ role, schedule, extension, user, department, member, roleLevels: ROLE_LEVELS });
}

/**
 * The capabilities the provider plans with. With a snapshot, users, extensions, groups and members are
 * read from it; roles and schedules stay unverified. Without one the org is taken as empty — a new org —
 * and every kind counts as read, so everything declared becomes a manual create.
 */
export function planningCapabilities(hasSnapshot: boolean): Capabilities {
  const caps = squaretalkCapabilities();
  const read = hasSnapshot ? (['user', 'extension', 'department', 'member'] as const) : (['user', 'extension', 'department', 'member', 'role', 'schedule'] as const);
  for (const kind of read) caps[kind].operations.read = API;
  return caps;
}
