/**
 * What ringform can do on MyOperator, as data. The public API has only `/user` (list, create, partial
 * update; docs/vendors/myoperator.md#users); everything else is a panel step in the help centre's terms
 * (docs/vendors/myoperator.md#panel-only-concepts). Kinds that
 * cannot be read (departments and their members, schedules, roles, extensions) are reported "unverified"
 * by the planner rather than diffed against an invented empty state.
 *
 * Panel paths follow the help-centre articles named in docs/vendors/myoperator.md#panel-only-concepts; the exact menu labels of a given
 * panel version may differ [I].
 */
import { API, everyField, manual, unsupported, type Capabilities, type KindCapabilities } from '../../model/capabilities.js';
import { webLoginUnsupported } from '../../model/web-login.js';

const EDIT_USER = 'In the MyOperator panel open Manage → Users and edit "{name}" ({email}).';
const EDIT_DEPARTMENT = 'In the MyOperator panel open Manage → Settings → Departments → Edit "{department}".';
const NO_DEPARTMENT_API = "MyOperator's public API has no departments (docs/vendors/myoperator.md#departments)";
const NOT_APPLICABLE = unsupported('not applicable to this kind of object');

const user: KindCapabilities<'user'> = {
  operations: {
    read: API,
    create: API,
    update: API,
    delete: manual(
      "MyOperator's public API cannot delete a user",
      'In the MyOperator panel open Manage → Users and find "{name}" ({email}).',
      // The list does not show extensions (docs/vendors/myoperator.md#evidence-ledger): the step cannot name it.
      "Delete the user (this frees the seat and the user's extension).",
    ),
    invite: manual(
      "MyOperator's public API cannot send the panel invite",
      'In the MyOperator panel open Manage → Users and find "{name}" ({email}).',
      'Click "Send Invite" so that {email} can set a password and sign in.',
    ),
  },
  fields: {
    // [S] only for receive_calls; name, email, phone and extension on PUT mirror the create's fields [I].
    receiveCalls: API,
    name: API,
    email: API,
    phone: API,
    extension: API,
    ...webLoginUnsupported('MyOperator'),
    role: manual(
      "MyOperator's public API shows a role_id but cannot change a role (map role ids to names with provider.vendor.myoperator.roleIds to read them)",
      EDIT_USER,
      'Set the role as planned ({changes}) and save.',
    ),
    panelAccess: manual(
      "MyOperator's public API cannot give or take panel access",
      EDIT_USER,
      'Switch "Active User" (panel access) as planned ({changes}) and save; a user with panel access takes a seat of your plan.',
    ),
    // Issue 19: model/vendor-constraints/myoperator.ts refuses both at validate, with the panel path.
    forwarding: unsupported(
      "MyOperator's public user API (GET/POST/PUT /user) has no forwarding field [NF]; the only field seen on PUT is receive_calls [S: public client code]",
    ),
    voicemail: unsupported(
      "MyOperator's public user API has no voicemail field [NF]; voicemail is a step of the call flow (IVR), not a user setting [I]",
    ),
    status: unsupported(
      'MyOperator users have no disabled state: turn off receiving calls (receiveCalls: never) and panel access (panelAccess: false), or delete the user',
    ),
  },
  // POST /user takes neither a role nor panel access [S]: a new user is an "Active User" (panel access,
  // docs/vendors/myoperator.md#seat-limits) with the account's default role, whose id is not documented [I].
  createDefaults: { role: null, panelAccess: true },
};

const DEPARTMENT_UPDATE = manual(NO_DEPARTMENT_API, EDIT_DEPARTMENT, 'Change {changes}; save.');
const department: KindCapabilities<'department'> = {
  operations: {
    read: manual(NO_DEPARTMENT_API, 'Open Manage → Settings → Departments and compare each department with org.yaml.'),
    create: manual(
      NO_DEPARTMENT_API,
      'In the MyOperator panel open Manage → Settings → Departments → Add Department.',
      'Name it "{name}" (at most 30 characters) and give it extension {number} (3–5 digits).',
      'Set the call routing (Serial / Simultaneous / Balanced), ring time (default 25 s), sticky agent and manager as declared in org.yaml, then save.',
    ),
    update: DEPARTMENT_UPDATE,
    delete: manual(NO_DEPARTMENT_API, 'In the MyOperator panel open Manage → Settings → Departments, find "{department}" and delete it.'),
    invite: NOT_APPLICABLE,
  },
  fields: {
    extension: DEPARTMENT_UPDATE,
    manager: DEPARTMENT_UPDATE,
    ringTimeout: DEPARTMENT_UPDATE,
    stickyAgent: DEPARTMENT_UPDATE,
    hours: DEPARTMENT_UPDATE,
    failover: DEPARTMENT_UPDATE,
    routing: manual(
      NO_DEPARTMENT_API,
      EDIT_DEPARTMENT,
      'Under call routing choose Serial, Simultaneous or Balanced for {changes} (MyOperator has no round-robin or longest-idle), and save.',
    ),
  },
};

const MEMBER_UPDATE = manual(NO_DEPARTMENT_API, EDIT_DEPARTMENT, 'Move {user} to the planned place in the ring order ({changes}); save.');
const member: KindCapabilities<'member'> = {
  operations: {
    read: manual(NO_DEPARTMENT_API, 'Open Manage → Settings → Departments → Edit each department and compare its users with org.yaml.'),
    create: manual(NO_DEPARTMENT_API, `${EDIT_DEPARTMENT.slice(0, -1)} → add {user}.`, 'Save.'),
    update: MEMBER_UPDATE,
    delete: manual(NO_DEPARTMENT_API, `${EDIT_DEPARTMENT.slice(0, -1)} → remove {user}.`, 'Save.'),
    invite: NOT_APPLICABLE,
  },
  fields: { priority: MEMBER_UPDATE },
};

const NO_SCHEDULE_API = "MyOperator's public API has no call-receiving time slots (docs/vendors/myoperator.md#call-receiving-time-slots)";
const SCHEDULE_UPDATE = manual(
  NO_SCHEDULE_API,
  'For every user whose receiveCalls is "{name}", open Manage → Users → Edit the user → call-receiving time slots.',
  'Change {changes}; save.',
);
const schedule: KindCapabilities<'schedule'> = {
  operations: {
    read: manual(NO_SCHEDULE_API, 'Open Manage → Users → Edit each user with receiving hours and compare its call-receiving time slots with org.yaml.'),
    create: manual(
      `${NO_SCHEDULE_API}; MyOperator has no named schedules`,
      'For every user whose receiveCalls is "{name}", open Manage → Users → Edit the user → call-receiving time slots.',
      'Enter the hours declared for it in org.yaml and save.',
    ),
    update: SCHEDULE_UPDATE,
    delete: manual(NO_SCHEDULE_API, 'Remove the call-receiving time slots of the users that used "{name}".'),
    invite: NOT_APPLICABLE,
  },
  // No API for any part of a schedule: every field is the same panel step.
  fields: everyField('schedule', SCHEDULE_UPDATE),
};

const FIXED_ROLES = unsupported('MyOperator has fixed roles (Agent, Supervisor, Admin); custom roles are not known to exist [NF]');
const role: KindCapabilities<'role'> = {
  operations: {
    read: manual("MyOperator's public API shows a role_id on each user but lists no roles", 'Open Manage → Users and compare each user\'s role with org.yaml.'),
    create: FIXED_ROLES,
    update: FIXED_ROLES,
    delete: FIXED_ROLES,
    invite: NOT_APPLICABLE,
  },
  fields: everyField('role', FIXED_ROLES),
};

const NO_EXTENSION_OBJECT = unsupported(
  "a MyOperator extension is a field of its user or department, not an object of its own; phones and their settings are not in the public API",
);
const extension: KindCapabilities<'extension'> = {
  operations: { read: NO_EXTENSION_OBJECT, create: NO_EXTENSION_OBJECT, update: NO_EXTENSION_OBJECT, delete: NO_EXTENSION_OBJECT, invite: NOT_APPLICABLE },
  fields: everyField('extension', NO_EXTENSION_OBJECT),
};

export function myoperatorCapabilities(): Capabilities {
  return structuredClone({ role, schedule, extension, user, department, member });
}
