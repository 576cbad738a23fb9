/**
 * The renderer goldens' plans, made by the real planner (computePlan) from a desired org and a live org
 * built in memory, with the real capability table of the vendor each plan is for: a golden can only show
 * a plan the planner produces. Each case keeps one shape the renderers must handle (every action kind,
 * nested field diffs, replaces, manual steps, guards, unmanaged and unverified objects, warnings, the
 * default target).
 *
 * Every case carries the secret canary in a vendor field of an object the plan carries (a create's,
 * update's, replace's or delete's record, a manual step's values), so the renderers have it in hand and
 * must mask it; `inSync`, which carries no record, has it on both sides of its input.
 */
import type { LiveOrg, LiveUser } from '../../src/model/live.js';
import type { Org, ProviderType, User, VendorFields } from '../../src/model/org.js';
import type { Capabilities } from '../../src/model/capabilities.js';
import { fullCapabilities } from '../../src/model/capabilities.js';
import { computePlan } from '../../src/plan/compute.js';
import type { Plan, PlanOptions } from '../../src/plan/types.js';
import { myoperatorCapabilities } from '../../src/providers/myoperator/capabilities.js';
import { netsapiensCapabilities } from '../../src/providers/netsapiens/capabilities.js';
import { smartfloCapabilities } from '../../src/providers/smartflo/capabilities.js';
import { live, liveFrom, org, type OrgBuilder } from '../plan/builders.js';
import { sandboxConfig } from '../helpers/model.js';

export const CANARY = 'CANARY-s3cr3t';
/** A voicemail PIN: secret by its field name, not by its look. */
export const PIN = '4321';

/** Vendor settings that hold secrets (names the renderers mask: render/sensitive.ts). */
function secretVendor(type: ProviderType, extra: Record<string, unknown> = {}): VendorFields {
  return { [type]: { sipPassword: CANARY, voicemailPin: PIN, ...extra } };
}

interface Case {
  type: ProviderType;
  target: string | null;
  caps: Capabilities;
  desired: Org;
  live: LiveOrg;
  options?: Partial<PlanOptions>;
}

const CAPS: Record<'sandbox' | 'netsapiens' | 'smartflo' | 'myoperator', () => Capabilities> = {
  sandbox: fullCapabilities,
  netsapiens: netsapiensCapabilities,
  smartflo: smartfloCapabilities,
  myoperator: myoperatorCapabilities,
};

function planOf(c: Omit<Case, 'caps'> & { type: keyof typeof CAPS }): Plan {
  const desired = { ...c.desired, provider: sandboxConfig('/srv/acme', { type: c.type, endpoint: c.target }) };
  return computePlan({
    desired,
    live: c.live,
    capabilities: CAPS[c.type](),
    options: { resendInvites: false, targets: [], ...c.options },
    provider: { type: c.type, target: c.target },
  });
}

const TARGET = 'pbx.acme.example';
const WEEKDAYS = ['09:00-18:00'];
const office = {
  timezone: 'Asia/Kolkata',
  weekly: { mon: WEEKDAYS, tue: WEEKDAYS, wed: WEEKDAYS, thu: WEEKDAYS, fri: WEEKDAYS, sat: [], sun: [] },
};

const priya: Partial<User> = { name: 'Priya Sharma', phone: '+919812345678', extension: '101', role: 'agent', receiveCalls: 'office' };
const raj: Partial<User> = { name: 'Raj Patel', extension: '102', role: 'supervisor' };

/** A small org: a schedule, two people, one department; with the canary in Priya's vendor settings. */
function acme(type: ProviderType, users: { priya?: Partial<User>; raj?: Partial<User> } = {}): OrgBuilder {
  return org()
    .schedule('office', office)
    .extension('101', { type: 'web' })
    .user('priya@example.com', { ...priya, vendor: secretVendor(type), ...users.priya })
    .user('raj@example.com', { ...raj, ...users.raj })
    .department('Sales', {
      extension: '200', manager: 'raj@example.com', routing: 'round-robin', ringTimeout: 20, hours: 'office',
      failover: { type: 'voicemail', target: null }, members: ['priya@example.com', 'raj@example.com'],
    });
}

function liveUser(email: string, fields: Partial<User>, inviteStatus: LiveUser['inviteStatus'] = 'accepted'): LiveUser {
  const u = live().user(email, fields).build().users[0]!;
  return { ...u, inviteStatus };
}

/** A new org on the sandbox (no target: its default state file): every create, the invites, the members. */
export const freshOrg = planOf({
  type: 'sandbox',
  target: null,
  desired: acme('sandbox').role('team-lead', { base: 'supervisor', permissions: { listenIn: true } }).build(),
  live: live().build(),
});

/** Nothing to do: the canary is on both sides, so no record of it is carried at all. */
export const inSync = (() => {
  const desired = acme('netsapiens').build();
  return planOf({ type: 'netsapiens', target: TARGET, desired, live: liveFrom(desired) });
})();

/** Field updates of every kind, nested values (a device, a failover, a week, permissions) among them. */
export const fieldUpdates = (() => {
  const desired = acme('sandbox', { priya: { phone: '+919912345678' } })
    .role('team-lead', { base: 'supervisor', permissions: { listenIn: true, exportReports: true, whisper: true } })
    .extension('101', { type: 'web', device: { mac: '00:15:65:aa:bb:cc', model: 'T54W' }, callerId: '+918000000000' })
    .department('Sales', {
      extension: '200', manager: 'raj@example.com', routing: 'round-robin', ringTimeout: 30, hours: 'office',
      failover: { type: 'user', target: 'raj@example.com' }, members: ['priya@example.com', 'raj@example.com'],
    })
    .build();
  const current = liveFrom(desired);
  current.schedules[0]!.data.weekly.mon = ['09:00-13:00'];
  const ext = current.extensions.find((e) => e.data.number === '101')!.data;
  ext.device = { mac: '00:15:65:aa:bb:cc', model: 'T46S' };
  ext.callerId = null;
  const user = current.users.find((u) => u.data.email === 'priya@example.com')!.data;
  user.phone = '+919812345678';
  user.receiveCalls = 'always';
  const sales = current.departments[0]!.data;
  sales.failover = { type: 'voicemail', target: null };
  sales.ringTimeout = 20;
  current.roles[0]!.data.permissions = { listenIn: false, exportReports: true };
  return planOf({ type: 'sandbox', target: 'acme-state.json', desired, live: current });
})();

/** A user renamed through `previously`: an update of the email (and a name change with it), on NetSapiens. */
export const rename = (() => {
  const desired = acme('netsapiens')
    .user('priya.sharma@example.com', { ...priya, vendor: secretVendor('netsapiens'), previously: ['priya@example.com'] })
    .build();
  desired.users = desired.users.filter((u) => u.email !== 'priya@example.com');
  desired.departments[0]!.members[0]!.user = 'priya.sharma@example.com';
  const current = liveFrom(acme('netsapiens', { priya: { name: 'Priya S' } }).build());
  return planOf({ type: 'netsapiens', target: TARGET, desired, live: current });
})();

/**
 * Replaces on NetSapiens, whose user id and call-queue id are the extension: a user given another extension
 * (with a name change carried by the replace, and the invite a re-created user gets) and a queue another number.
 */
export const replace = (() => {
  const desired = acme('netsapiens', { priya: { extension: '103', name: 'Priya Sharma-Rao' } }).build();
  const current = liveFrom(acme('netsapiens').build());
  current.departments[0]!.data.extension = '210';
  return planOf({ type: 'netsapiens', target: TARGET, desired, live: current });
})();

/** Member changes: an add, a remove and a new ring order; and a department update that carries the canary. */
export const membership = (() => {
  const support = { extension: '201', ringTimeout: 25, vendor: secretVendor('netsapiens'), failover: { type: 'voicemail' as const, target: null } };
  const desired = acme('netsapiens')
    .department('Sales', {
      extension: '200', manager: 'raj@example.com', routing: 'round-robin', ringTimeout: 20, hours: 'office',
      failover: { type: 'voicemail', target: null }, members: ['priya@example.com'],
    })
    .department('Support', { ...support, members: ['raj@example.com', 'priya@example.com'] })
    .build();
  const current = liveFrom(desired);
  current.departments.find((d) => d.data.name === 'Sales')!.data.members = [
    { user: 'raj@example.com', priority: 1 },
    { user: 'priya@example.com', priority: 2 },
  ];
  const liveSupport = current.departments.find((d) => d.data.name === 'Support')!.data;
  liveSupport.members = [{ user: 'raj@example.com', priority: 1 }];
  liveSupport.ringTimeout = 20;
  return planOf({ type: 'netsapiens', target: TARGET, desired, live: current });
})();

/**
 * Invites: a new user's, one never sent, one pending and re-sent (--resend-invites), and one cancelled
 * because the user loses panel access while it is pending.
 */
export const inviteLifecycle = (() => {
  const desired = acme('netsapiens')
    .user('neha@example.com', { name: 'Neha Rao', extension: '104', vendor: secretVendor('netsapiens') })
    .user('amit@example.com', { name: 'Amit Kumar', extension: '105' })
    .user('old.hire@example.com', { name: 'Old Hire', extension: '106', panelAccess: false })
    .build();
  const current = liveFrom(desired, (u) => (u.email === 'amit@example.com' ? 'pending' : u.email === 'raj@example.com' ? 'none' : 'accepted'));
  current.users = current.users.filter((u) => u.data.email !== 'neha@example.com');
  current.extensions = current.extensions.filter((e) => e.data.number !== '104');
  const oldHire = current.users.find((u) => u.data.email === 'old.hire@example.com')!;
  oldHire.data.panelAccess = true;
  oldHire.inviteStatus = 'pending';
  // NetSapiens shows when a new account's invite went out (created-datetime): "invite pending since …".
  current.users.find((u) => u.data.email === 'amit@example.com')!.inviteSince = '2026-11-20 09:30:00';
  return planOf({ type: 'netsapiens', target: TARGET, desired, live: current, options: { resendInvites: true } });
})();

/** Objects left alone (one ignored, two not declared with prune off) and the planner's warnings. */
export const unmanagedWarnings = (() => {
  const desired = acme('netsapiens', { raj: { vendor: secretVendor('netsapiens') } }).ignore({ email: 'reception@example.com' }).build();
  const current = liveFrom(desired);
  const rajLive = current.users.find((u) => u.data.email === 'raj@example.com')!.data;
  rajLive.role = 'agent';
  // Nor an enabled flag: a second warning.
  rajLive.status = 'disabled';
  // NetSapiens users have no phone field: a change to it is a warning, not an action.
  current.users.find((u) => u.data.email === 'priya@example.com')!.data.phone = '+919800000000';
  current.users.push(liveUser('reception@example.com', { name: 'Reception', extension: '100' }));
  current.users.push(liveUser('temp@example.com', { name: 'Temp', extension: null }));
  current.extensions.push(live().extension('999').build().extensions[0]!);
  return planOf({ type: 'netsapiens', target: TARGET, desired, live: current });
})();

/**
 * Guards: 5 of 12 live users deleted (42%, over the default 30%: forceable) and one of them protected
 * (not forceable); an unheld extension pruned with them. The deleted users carry the canary.
 */
export const guardTripped = (() => {
  const kept = ['f', 'g', 'h', 'i', 'j', 'k', 'l'];
  const doomed = ['a', 'b', 'c', 'd', 'e'];
  let desired = org().prune({ users: true, extensions: true }).guards({ protectedUsers: ['a@example.com'] });
  let current = live();
  [...doomed, ...kept].forEach((x, i) => {
    const fields = { name: `User ${x.toUpperCase()}`, extension: String(110 + i), vendor: secretVendor('netsapiens') };
    current = current.user(`${x}@example.com`, fields);
    if (kept.includes(x)) desired = desired.user(`${x}@example.com`, fields);
  });
  current = current.extension('150');
  const state = current.build();
  return planOf({ type: 'netsapiens', target: TARGET, desired: desired.build(), live: state });
})();

/**
 * Manual steps on Smartflo: a custom role (no role API: by hand), a department failover (a panel step)
 * next to an API update of a user, and the time groups Smartflo cannot list (a checklist).
 */
export const manualSteps = (() => {
  const desired = acme('smartflo')
    .role('team-lead', { base: 'supervisor', permissions: { listenIn: true }, vendor: secretVendor('smartflo') })
    .department('Sales', {
      routing: 'round-robin', ringTimeout: 20, failover: { type: 'user', target: 'raj@example.com' },
      members: ['priya@example.com', 'raj@example.com'],
    })
    .build();
  const current = liveFrom(desired);
  current.roles = [];
  current.users.find((u) => u.data.email === 'priya@example.com')!.data.name = 'Priya S';
  current.departments[0]!.data.failover = { type: 'voicemail', target: null };
  return planOf({ type: 'smartflo', target: TARGET, desired, live: current });
})();

/**
 * MyOperator, whose API lists only users: departments, members, schedules and roles are unverified; an
 * ignored live user is left alone; a user's call hours are updated through the API.
 */
export const unverified = (() => {
  const desired = acme('myoperator').ignore({ email: 'owner@example.com' }).build();
  const current = liveFrom(desired);
  current.users.find((u) => u.data.email === 'priya@example.com')!.data.receiveCalls = 'always';
  current.users.push(liveUser('owner@example.com', { name: 'Owner', role: 'admin', extension: null }));
  return planOf({ type: 'myoperator', target: TARGET, desired, live: current });
})();

/**
 * Secrets in every record a plan carries, on Smartflo: a user created with vendor secrets, one updated
 * whose records hold them, one deleted with a token in its record, a time group created by hand with a
 * secret among the values to type, and a department deleted by hand with one.
 */
export const secrets = (() => {
  const desired = acme('smartflo', { priya: { vendor: secretVendor('smartflo', { apiKey: CANARY }) } })
    .user('raj@example.com', { ...raj, name: 'Raj P', vendor: secretVendor('smartflo') })
    .schedule('night', { timezone: 'Asia/Kolkata', vendor: secretVendor('smartflo') })
    .prune({ users: true, departments: true })
    .build();
  const current = liveFrom(desired);
  current.users = current.users.filter((u) => u.data.email !== 'priya@example.com');
  current.users.find((u) => u.data.email === 'raj@example.com')!.data.name = 'Raj Patel';
  current.users.push(liveUser('temp@example.com', { name: 'Temp', extension: null, vendor: { smartflo: { credentials: [{ apiToken: CANARY }] } } }));
  current.schedules = current.schedules.filter((s) => s.data.name !== 'night');
  const sales = current.departments[0]!;
  current.departments.push({ id: 'department:Legacy', data: { ...structuredClone(sales.data), name: 'Legacy', extension: '299', members: [], vendor: secretVendor('smartflo') } });
  return planOf({ type: 'smartflo', target: TARGET, desired, live: current });
})();

/**
 * A plan far too big for one PR comment, planned on the sandbox: `creates` new users, `updates` users
 * whose phone changes, and `deletes` live users pruned (over the delete guards: the renderers show them).
 */
export function manyActions(creates: number, updates: number, deletes = 0): Plan {
  const email = (i: number) => `user${String(i).padStart(5, '0')}@example.com`;
  let desired = org().prune({ users: true });
  let current = live();
  for (let i = 0; i < creates + updates; i += 1) {
    const fields = { name: `User ${i}`, phone: '+912', panelAccess: false };
    desired = desired.user(email(i), fields);
    if (i >= creates) current = current.user(email(i), { ...fields, phone: '+911' });
  }
  for (let i = 0; i < deletes; i += 1) current = current.user(`leaver${String(i).padStart(5, '0')}@example.com`, { name: `Leaver ${i}`, panelAccess: false });
  return planOf({ type: 'sandbox', target: 'acme-state.json', desired: desired.build(), live: current.build() });
}

export const examples = {
  freshOrg, inSync, fieldUpdates, rename, replace, membership, inviteLifecycle, unmanagedWarnings, guardTripped, manualSteps, unverified, secrets,
} satisfies Record<string, Plan>;
