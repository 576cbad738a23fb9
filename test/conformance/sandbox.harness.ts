import { noForwarding, type Org, type ProviderConfig } from '../../src/model/org.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createSandboxProvider, sandboxFiles } from '../../src/providers/sandbox/index.js';
import { org } from '../plan/builders.js';
import { tmpDir } from '../helpers/tmp.js';
import { sandboxConfig } from '../helpers/model.js';
import type { Harness, Mutation } from './harness.js';

const weekdays = { mon: ['09:00-18:00'], tue: ['09:00-18:00'], wed: ['09:00-18:00'], thu: ['09:00-18:00'], fri: ['09:00-17:00'], sat: [], sun: [] };

/** The org every provider's conformance run starts from, adjusted per vendor by its harness. */
export function conformanceOrg(config: ProviderConfig): Org {
  const built = org()
    .schedule('office', { timezone: 'Asia/Kolkata', weekly: weekdays })
    .extension('101', { type: 'sip' })
    .user('asha@example.com', { name: 'Asha Rao', extension: '101', role: 'supervisor', receiveCalls: 'office' })
    .user('ben@example.com', { name: 'Ben Das', extension: '102' })
    .user('chitra@example.com', { name: 'Chitra Iyer', extension: '103' })
    .user('dev@example.com', { name: 'Dev Nair', extension: '104', role: 'admin' })
    .department('Sales', { extension: '200', routing: 'round-robin', ringTimeout: 20, members: ['asha@example.com', 'ben@example.com'] })
    .department('Support', { extension: '201', members: ['chitra@example.com', 'ben@example.com'] })
    .build();
  return { ...built, provider: config };
}

export function seedOrg(config: ProviderConfig): Org {
  const built = org()
    .user('ben@example.com', { name: 'Benjamin Das', extension: '102' })
    .user('old@example.com', { name: 'Old Timer', extension: '109' })
    .department('Sales', { extension: '200', ringTimeout: 30, members: ['old@example.com'] })
    .build();
  return { ...built, provider: config };
}

const user = (o: Org, email: string) => o.users.find((u) => u.email === email)!;
const department = (o: Org, name: string) => o.departments.find((d) => d.name === name)!;

export const commonMutations: Mutation[] = [
  { name: 'rename a user', kind: 'user', field: 'name', apply: (o) => void (user(o, 'ben@example.com').name = 'Ben Dasgupta') },
  {
    name: 'change an email, with previously',
    kind: 'user',
    field: 'email',
    apply: (o) => {
      const u = user(o, 'chitra@example.com');
      u.email = 'chitra.iyer@example.com';
      u.previously = ['chitra@example.com'];
      for (const d of o.departments) for (const m of d.members) if (m.user === 'chitra@example.com') m.user = u.email;
    },
  },
  { name: 'promote to supervisor', kind: 'user', field: 'role', apply: (o) => void (user(o, 'ben@example.com').role = 'supervisor') },
  { name: 'make call-only', kind: 'user', field: 'panelAccess', apply: (o) => void (user(o, 'chitra@example.com').panelAccess = false) },
  { name: 'set a phone', kind: 'user', field: 'phone', apply: (o) => void (user(o, 'ben@example.com').phone = '+919800000002') },
  { name: 'disable a user', kind: 'user', field: 'status', apply: (o) => void (user(o, 'chitra@example.com').status = 'disabled') },
  { name: 'move to another extension', kind: 'user', field: 'extension', apply: (o) => moveExtension(o, 'ben@example.com', '105') },
  { name: 'change routing', kind: 'department', field: 'routing', apply: (o) => void (department(o, 'Support').routing = 'serial') },
  { name: 'change ring timeout', kind: 'department', field: 'ringTimeout', apply: (o) => void (department(o, 'Sales').ringTimeout = 45) },
  {
    name: 'reorder members',
    kind: 'member',
    field: 'priority',
    apply: (o) => void (department(o, 'Sales').members = [{ user: 'ben@example.com', priority: 1 }, { user: 'asha@example.com', priority: 2 }]),
  },
  {
    name: 'add a member',
    kind: 'member',
    field: 'priority',
    apply: (o) => void department(o, 'Support').members.push({ user: 'dev@example.com', priority: 3 }),
  },
  { name: 'change opening hours', kind: 'schedule', field: 'weekly', apply: (o) => void (o.schedules[0]!.weekly.sat = ['10:00-14:00']) },
  { name: 'make an extension SIP over TLS', kind: 'extension', field: 'type', apply: (o) => void (o.extensions.find((e) => e.number === '101')!.type = 'sip-tls') },
];

function moveExtension(o: Org, email: string, number: string): void {
  user(o, email).extension = number;
  if (!o.extensions.some((e) => e.number === number)) {
    o.extensions.push({ number, type: 'web', forceLogin: false, callerId: null, device: null, vendor: {} });
  }
}

export const sandboxHarness: Harness = {
  type: 'sandbox',
  async start() {
    const config = sandboxConfig(await tmpDir('ringform-conformance-'));
    // The sandbox's "requests" are writes of its state file: any change of its bytes or mtime is one.
    const { state } = sandboxFiles(config, config.baseDir);
    const snapshot = () => (existsSync(state) ? `${statSync(state).mtimeMs} ${readFileSync(state, 'utf8')}` : '');
    let seen = snapshot();
    return {
      config,
      createProvider: async () => createSandboxProvider(config),
      requests: () => (snapshot() === seen ? [] : ['WRITE state file']),
      clearRequests: () => void (seen = snapshot()),
      violations: () => [],
      close: async () => undefined,
    };
  },
  org: conformanceOrg,
  seedOrg,
  mutations: [
    ...commonMutations,
    { name: 'set a caller id', kind: 'extension', field: 'callerId', apply: (o) => void (o.extensions.find((e) => e.number === '101')!.callerId = '+912240001000') },
    {
      name: 'forward by schedule and when busy',
      kind: 'user',
      field: 'forwarding',
      apply: (o) =>
        void (user(o, 'dev@example.com').forwarding = {
          ...noForwarding(),
          busy: 'voicemail',
          noAnswer: { to: '+919800000009', after: 30 },
          schedules: [{ schedule: 'office', always: '+919800000010', busy: null, noAnswer: null, unregistered: null }],
        }),
    },
    {
      name: 'voicemail by email with a PIN from the environment',
      kind: 'user',
      field: 'voicemail',
      apply: (o) => {
        process.env['RINGFORM_SANDBOX_CONFORMANCE_PIN'] = '97531';
        user(o, 'ben@example.com').voicemail = { enabled: true, email: 'attach', pin: { env: 'RINGFORM_SANDBOX_CONFORMANCE_PIN' } };
      },
    },
    { name: 'add a custom role and use it', kind: 'role', field: 'permissions', apply: (o) => {
      o.roles.push({ name: 'team-lead', base: 'supervisor', description: null, permissions: { listenToCalls: true }, vendor: {} });
      user(o, 'asha@example.com').role = 'team-lead';
    } },
  ],
};
