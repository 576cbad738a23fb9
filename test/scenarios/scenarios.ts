/**
 * Plan scenarios: desired and live states built in memory, planned by the real planner. Each one is
 * rendered as text, JSON and Markdown and compared with a reviewed golden file (scenarios.test.ts).
 */
import type { LiveOrg } from '../../src/model/live.js';
import type { Org } from '../../src/model/org.js';
import { manual, replace, unsupported, type Capabilities } from '../../src/model/capabilities.js';
import type { PlanOptions } from '../../src/plan/types.js';
import { caps, live, liveFrom, org, type OrgBuilder } from '../plan/builders.js';

export interface Scenario {
  desired: Org;
  live: LiveOrg;
  caps?: Capabilities;
  options?: Partial<PlanOptions>;
}

const hours = { weekly: { mon: ['09:00-18:00'], tue: ['09:00-18:00'], wed: ['09:00-18:00'], thu: ['09:00-18:00'], fri: ['09:00-18:00'], sat: [], sun: [] } };

/** A small org used by most scenarios: two departments, four people, a schedule and a custom role. */
function acme(): OrgBuilder {
  return org()
    .schedule('business-hours', { timezone: 'Asia/Kolkata', ...hours })
    .role('team-lead', { base: 'supervisor', permissions: { listenToCalls: true } })
    .extension('101', { type: 'sip', forceLogin: true })
    .user('asha@acme.in', { name: 'Asha Rao', phone: '+919800000001', extension: '101', role: 'team-lead', receiveCalls: 'business-hours' })
    .user('ben@acme.in', { name: 'Ben Das', phone: '+919800000002', extension: '102' })
    .user('chitra@acme.in', { name: 'Chitra Iyer', extension: '103' })
    .user('dev@acme.in', { name: 'Dev Nair', extension: '104', role: 'admin' })
    .department('Sales', { extension: '200', routing: 'round-robin', hours: 'business-hours', members: ['asha@acme.in', 'ben@acme.in'] })
    .department('Support', { extension: '201', members: ['chitra@acme.in', 'ben@acme.in'], failover: { type: 'department', target: 'Sales' } });
}

export const scenarios: Record<string, () => Scenario> = {
  'fresh-org': () => ({ desired: acme().build(), live: live().build() }),

  'in-sync': () => {
    const desired = acme().build();
    return { desired, live: liveFrom(desired) };
  },

  'field-updates': () => {
    const desired = acme().build();
    const current = liveFrom(desired);
    current.users[1]!.data.phone = '+919811111111';
    current.users[2]!.data.name = 'Chitra K.';
    current.departments[0]!.data.ringTimeout = 40;
    current.schedules[0]!.data.weekly.fri = ['09:00-17:00'];
    current.extensions.find((e) => e.data.number === '101')!.data.forceLogin = false;
    return { desired, live: current };
  },

  'rename-via-previously': () => {
    const desired = acme().user('ben@acme.in', { name: 'Ben Das', phone: '+919800000002', extension: '102', previously: ['ben.d@acme.in'] }).build();
    const current = liveFrom(desired);
    const ben = current.users.find((u) => u.data.email === 'ben@acme.in')!;
    ben.data.email = 'ben.d@acme.in';
    for (const d of current.departments) for (const m of d.data.members) if (m.user === 'ben@acme.in') m.user = 'ben.d@acme.in';
    return { desired, live: current };
  },

  'extension-swap': () => {
    const desired = acme().build();
    const current = liveFrom(desired);
    current.users.find((u) => u.data.email === 'ben@acme.in')!.data.extension = '103';
    current.users.find((u) => u.data.email === 'chitra@acme.in')!.data.extension = '102';
    return { desired, live: current };
  },

  'membership-changes': () => {
    const desired = acme().build();
    const current = liveFrom(desired);
    const sales = current.departments.find((d) => d.data.name === 'Sales')!.data;
    sales.members = [{ user: 'ben@acme.in', priority: 1 }, { user: 'dev@acme.in', priority: 2 }];
    return { desired, live: current };
  },

  'invite-lifecycle': () => {
    const desired = acme().user('chitra@acme.in', { name: 'Chitra Iyer', extension: '103', invite: 'never' }).build();
    const current = liveFrom(desired, (u) => (u.email === 'ben@acme.in' ? 'none' : u.email === 'asha@acme.in' ? 'pending' : 'accepted'));
    current.users.push({ id: 'user:eve@acme.in', inviteStatus: 'pending', data: { ...current.users[3]!.data, email: 'eve@acme.in', name: 'Eve', extension: null, role: 'agent' } });
    desired.settings.prune.users = true;
    return { desired, live: current };
  },

  'invite-resend': () => {
    const desired = acme().build();
    return { desired, live: liveFrom(desired, (u) => (u.email === 'asha@acme.in' ? 'pending' : 'accepted')), options: { resendInvites: true } };
  },

  'prune-off': () => {
    const desired = acme().build();
    const current = liveFrom(desired);
    current.users.push({ id: 'user:old@acme.in', inviteStatus: 'accepted', data: { ...current.users[3]!.data, email: 'old@acme.in', name: 'Old Timer', extension: null, role: 'agent' } });
    current.departments.push({ id: 'department:Legacy', data: { ...current.departments[1]!.data, name: 'Legacy', extension: '299', members: [], failover: null } });
    return { desired, live: current };
  },

  'prune-on': () => {
    const desired = acme().prune({ users: true, departments: true }).build();
    const current = liveFrom(desired);
    current.users.push({ id: 'user:old@acme.in', inviteStatus: 'accepted', data: { ...current.users[3]!.data, email: 'old@acme.in', name: 'Old Timer', extension: null, role: 'agent' } });
    current.departments.push({ id: 'department:Legacy', data: { ...current.departments[1]!.data, name: 'Legacy', extension: '299', members: [{ user: 'old@acme.in', priority: 1 }], failover: null } });
    return { desired, live: current };
  },

  'ignore-rules': () => {
    const desired = acme().prune({ users: true }).ignore({ email: '*@vendor-support.example' }).build();
    const current = liveFrom(desired);
    current.users.push({ id: 'user:ops@vendor-support.example', inviteStatus: 'accepted', data: { ...current.users[3]!.data, email: 'ops@vendor-support.example', name: 'Vendor Ops', extension: null } });
    return { desired, live: current };
  },

  'guard-tripped': () => {
    const desired = org().prune({ users: true }).guards({ maxDeletes: 2, protectedUsers: ['dev@acme.in'] }).build();
    const current = liveFrom(acme().build());
    for (const d of current.departments) d.data.members = [];
    return { desired, live: current };
  },

  'unsupported-to-manual': () => {
    const desired = acme().prune({ users: true }).build();
    const current = liveFrom(desired);
    current.users.find((u) => u.data.email === 'ben@acme.in')!.data.extension = '105';
    current.departments[0]!.data.routing = 'simultaneous';
    current.users.push({ id: 'user:old@acme.in', inviteStatus: 'accepted', data: { ...current.users[3]!.data, email: 'old@acme.in', name: 'Old Timer', extension: null, role: 'agent' } });
    current.roles = [];
    const limited = caps()
      .operation('user', 'delete', manual('the API has no delete call', 'Manage → Users → find {email} → Delete'))
      .operation('role', 'create', unsupported('custom roles cannot be created through the API'))
      .field('user', 'extension', replace('the user id is the extension'))
      .field('department', 'routing', manual('routing is set in the panel only', 'Manage → Departments → Edit "{name}" → Routing → {changes}'))
      .build();
    return { desired, live: current, caps: limited };
  },

  'unreadable-collection': () => {
    const desired = acme().build();
    const current = liveFrom(desired);
    current.departments = [];
    const limited = caps().operation('department', 'read', unsupported('the API has no department list')).build();
    return { desired, live: current, caps: limited };
  },
};
