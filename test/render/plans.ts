/** Hand-built example plans for the renderer goldens. Realistic shapes, following src/model/org.ts. */
import { addressOf, memberAddress } from '../../src/model/address.js';
import type { ProviderType } from '../../src/model/org.js';
import { PLAN_FORMAT, PLAN_VERSION, type Action, type Plan } from '../../src/plan/types.js';

export const CANARY = 'CANARY-s3cr3t';

type NoBase<T> = T extends unknown ? Omit<T, 'id' | 'dependsOn' | 'vendorId'> & Partial<Pick<Action, 'id' | 'dependsOn' | 'vendorId'>> : never;

let seq = 0;
function act(a: NoBase<Action>): Action {
  seq += 1;
  return { id: a.id ?? `a${seq}`, dependsOn: a.dependsOn ?? [], vendorId: a.vendorId ?? null, ...a } as Action;
}

function plan(actions: Action[], extra: Partial<Plan> = {}, type: ProviderType = 'netsapiens'): Plan {
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    provider: { type, target: 'pbx.acme.example' },
    actions,
    unmanaged: [],
    unverified: [],
    guards: [],
    warnings: [],
    checksums: { desired: 'sha256:1111', live: 'sha256:2222' },
    ...extra,
  };
}

const week = (mon: string[], rest: string[] = ['09:00-18:00']) => ({
  mon, tue: rest, wed: rest, thu: rest, fri: rest, sat: [], sun: [],
});

export const priya = {
  email: 'priya@example.com', name: 'Priya Sharma', phone: '+919812345678', extension: '101', role: 'agent',
  panelAccess: false, status: 'active', receiveCalls: 'always', invite: 'auto', previously: [], vendor: {},
};

const raj = { ...priya, email: 'raj@example.com', name: 'Raj Patel', phone: null, extension: '102', role: 'supervisor' };

const sales = {
  name: 'Sales', extension: '200', manager: 'raj@example.com', routing: 'round-robin', ringTimeout: 20,
  stickyAgent: false, hours: 'office', failover: { type: 'voicemail', target: null }, members: [], vendor: {},
};

const ext101 = { number: '101', type: 'web', forceLogin: false, callerId: null, device: null, vendor: {} };
const office = { name: 'office', timezone: 'Asia/Kolkata', weekly: week(['09:00-18:00']), holidays: [], overrides: [], vendor: {} };

export const freshOrg = plan([
  act({ kind: 'create', resource: 'schedule', address: addressOf('schedule', 'office'), reason: 'in org.yaml, not in the live organisation', after: office }),
  act({ kind: 'create', resource: 'extension', address: addressOf('extension', '101'), reason: 'in org.yaml, not in the live organisation', after: ext101 }),
  act({ kind: 'create', resource: 'user', address: addressOf('user', 'priya@example.com'), reason: 'in org.yaml, not in the live organisation', after: priya }),
  act({ kind: 'invite', resource: 'user', address: addressOf('user', 'priya@example.com'), reason: 'new user; settings.invites is auto', email: 'priya@example.com', name: 'Priya Sharma' }),
  act({ kind: 'create', resource: 'department', address: addressOf('department', 'Sales'), reason: 'in org.yaml, not in the live organisation', after: sales }),
  act({ kind: 'add-member', resource: 'member', address: memberAddress('Sales', 'priya@example.com'), reason: 'listed under Sales in org.yaml', department: 'Sales', user: 'priya@example.com', priority: 1 }),
], {}, 'sandbox');
freshOrg.provider.target = null;

export const inSync = plan([]);

export const fieldUpdates = plan([
  act({
    kind: 'update', resource: 'schedule', address: addressOf('schedule', 'office'), reason: 'differs from org.yaml', vendorId: 'sch-7',
    changes: [{ field: 'weekly', before: week(['09:00-13:00']), after: week(['09:00-18:00']) }],
    before: { ...office, weekly: week(['09:00-13:00']) }, after: office,
  }),
  act({
    kind: 'update', resource: 'extension', address: addressOf('extension', '101'), reason: 'differs from org.yaml', vendorId: 'ext-101',
    changes: [
      { field: 'device', before: { mac: '00:15:65:aa:bb:cc', model: 'T46S' }, after: { mac: '00:15:65:aa:bb:cc', model: 'T54W' } },
      { field: 'callerId', before: null, after: '+918000000000' },
    ],
    before: ext101, after: ext101,
  }),
  act({
    kind: 'update', resource: 'user', address: addressOf('user', 'priya@example.com'), reason: 'differs from org.yaml', vendorId: 'u-42',
    changes: [
      { field: 'phone', before: '+919812345678', after: '+919912345678' },
      { field: 'receiveCalls', before: 'always', after: 'office' },
    ],
    before: priya, after: priya,
  }),
  act({
    kind: 'update', resource: 'department', address: addressOf('department', 'Sales'), reason: 'differs from org.yaml', vendorId: 'd-3',
    changes: [
      { field: 'failover', before: { type: 'voicemail', target: null }, after: { type: 'user', target: 'raj@example.com' } },
      { field: 'ringTimeout', before: 20, after: 30 },
    ],
    before: sales, after: sales,
  }),
  act({
    kind: 'update', resource: 'role', address: addressOf('role', 'team-lead'), reason: 'differs from org.yaml', vendorId: 'r-9',
    changes: [{ field: 'permissions', before: { listenIn: false, exportReports: true }, after: { listenIn: true, exportReports: true, whisper: true } }],
    before: {}, after: {},
  }),
]);

export const rename = plan([
  act({
    kind: 'update', resource: 'user', address: addressOf('user', 'priya.sharma@example.com'), vendorId: 'u-42',
    reason: 'renamed: live user priya@example.com is listed in `previously`',
    changes: [{ field: 'email', before: 'priya@example.com', after: 'priya.sharma@example.com' }],
    before: priya, after: { ...priya, email: 'priya.sharma@example.com' },
  }),
  act({
    kind: 'update', resource: 'department', address: addressOf('department', 'Inside Sales'), vendorId: 'd-3',
    reason: 'renamed from "Sales" (same extension 200)',
    changes: [{ field: 'name', before: 'Sales', after: 'Inside Sales' }],
    before: sales, after: { ...sales, name: 'Inside Sales' },
  }),
]);

export const replace = plan([
  act({
    kind: 'replace', resource: 'extension', address: addressOf('extension', '101'), vendorId: 'ext-101',
    reason: 'netsapiens cannot change an extension\'s type in place, so it is deleted and created again',
    changes: [
      { field: 'type', before: 'web', after: 'sip' },
      { field: 'forceLogin', before: false, after: true },
    ],
    replaceFields: ['type'],
    before: ext101, after: { ...ext101, type: 'sip', forceLogin: true },
  }),
]);

export const membership = plan([
  act({ kind: 'add-member', resource: 'member', address: memberAddress('Support', 'priya@example.com'), reason: 'listed under Support in org.yaml', department: 'Support', user: 'priya@example.com', priority: 2 }),
  act({ kind: 'remove-member', resource: 'member', address: memberAddress('Sales', 'raj@example.com'), reason: 'not listed under Sales in org.yaml', department: 'Sales', user: 'raj@example.com', priority: 1 }),
  act({
    kind: 'update', resource: 'member', address: memberAddress('Sales', 'priya@example.com'), reason: 'ring order changed in org.yaml',
    changes: [{ field: 'priority', before: 2, after: 1 }], before: { user: 'priya@example.com', priority: 2 }, after: { user: 'priya@example.com', priority: 1 },
  }),
]);

export const inviteLifecycle = plan([
  act({ kind: 'invite', resource: 'user', address: addressOf('user', 'neha@example.com'), reason: 'new user; settings.invites is auto', email: 'neha@example.com', name: 'Neha Rao' }),
  act({ kind: 'invite', resource: 'user', address: addressOf('user', 'amit@example.com'), reason: 'invite pending since 2024-05-02; re-sent because of --resend-invites', email: 'amit@example.com', name: 'Amit Kumar' }),
  act({ kind: 'cancel-invite', resource: 'user', address: addressOf('user', 'old.hire@example.com'), reason: 'invited but not in org.yaml, and has not accepted', email: 'old.hire@example.com' }),
]);

export const unmanagedWarnings = plan(
  [
    act({
      kind: 'update', resource: 'user', address: addressOf('user', 'raj@example.com'), reason: 'differs from org.yaml', vendorId: 'u-43',
      changes: [{ field: 'role', before: 'agent', after: 'supervisor' }], before: raj, after: raj,
    }),
  ],
  {
    unmanaged: [
      { address: addressOf('user', 'reception@example.com'), reason: 'ignored' },
      { address: addressOf('user', 'temp@example.com'), reason: 'not-declared' },
      { address: addressOf('extension', '999'), reason: 'not-declared' },
    ],
    warnings: [
      'schedule "office" uses timezone Asia/Calcutta; the vendor stores it as Asia/Kolkata',
      'user["raj@example.com"] has panelAccess but role "agent" cannot sign in to the panel on netsapiens',
    ],
  },
);

const doomed = ['a', 'b', 'c', 'd', 'e'].map((x) =>
  act({ kind: 'delete', resource: 'user', address: addressOf('user', `${x}@example.com`), reason: 'not in org.yaml (settings.prune.users is on)', vendorId: `u-${x}`, before: { ...raj, email: `${x}@example.com`, name: `User ${x.toUpperCase()}` } }),
);

export const guardTripped = plan(
  [
    ...doomed,
    act({ kind: 'delete', resource: 'extension', address: addressOf('extension', '150'), reason: 'not in org.yaml (settings.prune.extensions is on)', vendorId: 'ext-150', before: { ...ext101, number: '150' } }),
  ],
  {
    guards: [
      { code: 'max-delete-percent', message: 'the plan deletes 5 of 12 users (42%), over the limit of 30%', forceable: true, addresses: doomed.map((a) => a.address) },
      { code: 'protected-user', message: 'user "a@example.com" is in settings.guards.protectedUsers and would be deleted', forceable: false, addresses: [addressOf('user', 'a@example.com')] },
    ],
  },
);

export const manualSteps = plan([
  act({
    kind: 'manual', resource: 'role', address: addressOf('role', 'team-lead'), intent: 'create',
    reason: 'in org.yaml, not in the live organisation',
    why: 'smartflo has no API for custom roles',
    steps: ['Sign in to the smartflo panel as an admin.', 'Open Settings → Roles → Add role, name it "team-lead", based on supervisor.', 'Tick "Listen in" and leave the rest unticked.'],
    changes: [{ field: 'name', before: null, after: 'team-lead' }, { field: 'base', before: null, after: 'supervisor' }, { field: 'permissions', before: null, after: { listenIn: true } }],
  }),
  act({
    kind: 'update', resource: 'user', address: addressOf('user', 'priya@example.com'), reason: 'differs from org.yaml', vendorId: 'u-42',
    changes: [{ field: 'name', before: 'Priya S', after: 'Priya Sharma' }], before: priya, after: priya,
  }),
  act({
    kind: 'manual', resource: 'department', address: addressOf('department', 'Sales'), intent: 'update', vendorId: 'd-3',
    reason: 'differs from org.yaml',
    why: 'smartflo\'s API cannot change a department\'s routing',
    steps: ['Open Departments → Sales → Call distribution.', 'Choose "Round robin" and save.'],
    changes: [{ field: 'routing', before: 'simultaneous', after: 'round-robin' }],
  }),
], {}, 'smartflo');

export const unverified = plan([], {
  unverified: [{ resource: 'department', why: 'myoperator\'s API does not return department members' }],
  unmanaged: [{ address: addressOf('user', 'owner@example.com'), reason: 'ignored' }],
  warnings: ['this plan cannot see department membership; check it in the panel'],
}, 'myoperator');

export const secrets = plan([
  act({
    kind: 'create', resource: 'user', address: addressOf('user', 'priya@example.com'), reason: 'in org.yaml, not in the live organisation',
    after: { ...priya, vendor: { smartflo: { sipPassword: CANARY, voicemailPin: '4321', apiKey: CANARY } } },
  }),
  act({
    kind: 'update', resource: 'extension', address: addressOf('extension', '101'), reason: 'differs from org.yaml', vendorId: 'ext-101',
    changes: [
      { field: 'vendor', before: { smartflo: { sipSecret: 'old-' + CANARY, codec: 'opus' } }, after: { smartflo: { sipSecret: CANARY, codec: 'g722' } } },
      { field: 'vendor.smartflo.authToken', before: null, after: CANARY },
      { field: 'device', before: null, after: { mac: '00:15:65:aa:bb:cc', model: 'T54W', provisioningPassword: CANARY } },
    ],
    before: { ...ext101, vendor: { smartflo: { sipSecret: 'old-' + CANARY } } }, after: { ...ext101, vendor: { smartflo: { sipSecret: CANARY } } },
  }),
  act({
    kind: 'manual', resource: 'user', address: addressOf('user', 'raj@example.com'), intent: 'update', vendorId: 'u-43',
    reason: 'differs from org.yaml', why: 'smartflo cannot set a voicemail PIN through its API',
    steps: ['Open Users → Raj Patel → Voicemail and set the PIN from your password manager.'],
    changes: [{ field: 'vendor', before: { smartflo: { voicemailPin: '1111' } }, after: { smartflo: { voicemailPin: CANARY } } }],
  }),
  act({
    kind: 'delete', resource: 'user', address: addressOf('user', 'temp@example.com'), reason: 'not in org.yaml (settings.prune.users is on)', vendorId: 'u-9',
    before: { ...raj, email: 'temp@example.com', name: 'Temp', vendor: { smartflo: { credentials: [{ apiToken: CANARY }] } } },
  }),
], {}, 'smartflo');

/** A plan far too big for one PR comment. */
export function manyActions(n: number): Plan {
  const actions: Action[] = [];
  for (let i = 0; i < n; i += 1) {
    const email = `user${String(i).padStart(5, '0')}@example.com`;
    actions.push(
      i % 3 === 0
        ? act({ kind: 'create', resource: 'user', address: addressOf('user', email), reason: 'in org.yaml, not in the live organisation', after: { ...priya, email, name: `User ${i}` } })
        : act({ kind: 'update', resource: 'user', address: addressOf('user', email), reason: 'differs from org.yaml', changes: [{ field: 'phone', before: '+911', after: '+912' }], before: priya, after: priya }),
    );
  }
  return plan(actions, { warnings: ['a very large plan'] });
}

export const examples = {
  freshOrg, inSync, fieldUpdates, rename, replace, membership, inviteLifecycle, unmanagedWarnings, guardTripped, manualSteps, unverified, secrets,
} satisfies Record<string, Plan>;
