/**
 * The NetSapiens provider under the shared conformance suite: a strict emulator (requests that do not
 * match the vendor's spec are refused with 400 and listed as violations), an API key in an env var,
 * and an org that uses every field the provider declares `api`.
 */
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import { startNetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import { noForwarding, type Org, type ProviderConfig } from '../../src/model/org.js';
import { createNetsapiensProvider } from '../../src/providers/netsapiens/index.js';
import { extension } from '../helpers/model.js';
import { org } from '../plan/builders.js';
import type { Harness, Mutation, VendorUnderTest } from './harness.js';

export const NETSAPIENS_DOMAIN = 'example.com';
/** Dan's voicemail PIN (issue 19): read from this variable at apply, as org.yaml's `pin: {env: …}` says. */
export const CONFORMANCE_PIN_ENV = 'RINGFORM_CONFORMANCE_VOICEMAIL_PIN';
export const CONFORMANCE_PIN = '48151623';
process.env[CONFORMANCE_PIN_ENV] = CONFORMANCE_PIN;

/** Fast retries: the emulator answers at once, and fault tests would otherwise wait on backoff. */
export const FAST_RETRY = { retry: { baseDelayMs: 1, maxDelayMs: 5 } };

export function netsapiensConfig(endpoint: string, credentials: Partial<ProviderConfig['credentials']> = {}): ProviderConfig {
  return {
    type: 'netsapiens',
    endpoint,
    domain: NETSAPIENS_DOMAIN,
    credentials: { tokenEnv: null, usernameEnv: null, passwordEnv: null, clientIdEnv: null, clientSecretEnv: null, file: null, ...credentials },
    vendor: {},
    baseDir: os.tmpdir(),
  };
}

async function start(evidenceOnly = false): Promise<VendorUnderTest> {
  const emu = await startNetsapiensEmulator({ port: 0, strict: true, domain: NETSAPIENS_DOMAIN, evidenceOnly });
  // A name of its own per run, so parallel suites never share a token; set in process.env too, for
  // suites that build the provider through the registry.
  const tokenEnv = `RINGFORM_NS_TOKEN_${randomBytes(4).toString('hex').toUpperCase()}`;
  process.env[tokenEnv] = emu.token;
  const config = netsapiensConfig(emu.url, { tokenEnv });
  return {
    config,
    createProvider: async () => createNetsapiensProvider(config, { http: FAST_RETRY }),
    requests: () => emu.log.requests().map((r) => `${r.method} ${r.path}`),
    log: () => emu.log.requests(),
    clearRequests: () => emu.log.clear(),
    violations: () => emu.log.violations().map((v) => `${v.method} ${v.path}: ${v.problems.join('; ')}`),
    close: async () => {
      delete process.env[tokenEnv];
      await emu.close();
    },
  };
}

const WEEKDAYS_9_TO_5 = { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'], sat: [], sun: [] };

function orgFor(config: ProviderConfig): Org {
  const built = org()
    .schedule('Office hours', { weekly: WEEKDAYS_9_TO_5 })
    .extension('101', { type: 'sip', device: { mac: '0004F2AABB01', model: 'VVX450' } })
    .extension('102', { type: 'sip-tls', callerId: '18005550102' })
    .user('alice@example.com', { name: 'Alice Smith', extension: '101', role: 'admin', receiveCalls: 'Office hours' })
    .user('bob@example.com', { name: 'Bob Jones', extension: '102', role: 'supervisor' })
    .user('carol@example.com', { name: 'Carol', extension: '103', role: 'agent', panelAccess: false, receiveCalls: 'never' })
    .user('dan@example.com', { name: 'Dan van Dyke', extension: '104', role: 'manager', voicemail: { enabled: true, email: 'attach', pin: { env: CONFORMANCE_PIN_ENV } } })
    .user('erin@example.com', {
      name: 'Erin Lee',
      extension: '105',
      role: 'agent',
      forwarding: {
        ...noForwarding(),
        busy: 'voicemail',
        noAnswer: { to: '+18005550100', after: 25 },
        schedules: [{ schedule: 'Office hours', always: null, busy: '+18005550101', noAnswer: null, unregistered: 'voicemail' }],
      },
    })
    .department('Sales', { extension: '200', routing: 'round-robin', ringTimeout: 25, members: ['alice@example.com', 'bob@example.com'] })
    .department('Support', { extension: '201', routing: 'serial', ringTimeout: 30, members: ['carol@example.com', 'dan@example.com', 'erin@example.com'] })
    .build();
  return { ...built, provider: config };
}

function seedFor(config: ProviderConfig): Org {
  const built = org()
    .schedule('Office hours', { weekly: { ...WEEKDAYS_9_TO_5, mon: ['08:00-12:00', '13:00-18:00'] } })
    .extension('101', { type: 'sip' })
    .user('alice@example.com', { name: 'Alice', extension: '101', role: 'agent' })
    .user('bob@example.com', { name: 'Robert Jones', extension: '102', role: 'manager', receiveCalls: 'never' })
    .user('zed@example.com', { name: 'Zed Seed', extension: '109', role: 'agent' })
    .department('Sales', { extension: '200', routing: 'simultaneous', ringTimeout: 15, members: ['bob@example.com', 'zed@example.com'] })
    .build();
  return { ...built, provider: config };
}

function change<K extends 'users' | 'extensions' | 'departments' | 'schedules'>(
  o: Org,
  collection: K,
  key: (x: Org[K][number]) => string,
  wanted: string,
  edit: (x: Org[K][number]) => void,
): void {
  const found = (o[collection] as Array<Org[K][number]>).find((x) => key(x) === wanted);
  if (!found) throw new Error(`mutation: no ${collection} ${wanted}`);
  edit(found);
}

/** Finds a user by email, or by an email it had before (mutations may run one after another). */
const user = (o: Org, email: string, edit: (u: Org['users'][number]) => void) => {
  const found = o.users.find((u) => u.email === email || u.previously.includes(email));
  if (!found) throw new Error(`mutation: no user ${email}`);
  edit(found);
};
const ext = (o: Org, number: string, edit: (e: Org['extensions'][number]) => void) => change(o, 'extensions', (e) => e.number, number, edit);
const dept = (o: Org, name: string, edit: (d: Org['departments'][number]) => void) => change(o, 'departments', (d) => d.name, name, edit);

const mutations: Mutation[] = [
  { name: 'rename a user', kind: 'user', field: 'name', apply: (o) => user(o, 'bob@example.com', (u) => (u.name = 'Bobby Jones')) },
  {
    name: 'change a user email (previously)',
    kind: 'user',
    field: 'email',
    apply: (o) => {
      user(o, 'erin@example.com', (u) => {
        u.email = 'erin.lee@example.com';
        u.previously = ['erin@example.com'];
      });
      for (const d of o.departments) for (const m of d.members) if (m.user === 'erin@example.com') m.user = 'erin.lee@example.com';
    },
  },
  { name: 'promote a user', kind: 'user', field: 'role', apply: (o) => user(o, 'bob@example.com', (u) => (u.role = 'manager')) },
  { name: 'remove panel access', kind: 'user', field: 'panelAccess', apply: (o) => user(o, 'erin@example.com', (u) => (u.panelAccess = false)) },
  { name: 'receive calls on a schedule', kind: 'user', field: 'receiveCalls', apply: (o) => user(o, 'bob@example.com', (u) => (u.receiveCalls = 'Office hours')) },
  { name: 'receive calls always', kind: 'user', field: 'receiveCalls', apply: (o) => user(o, 'carol@example.com', (u) => (u.receiveCalls = 'always')) },
  {
    name: 'move a user to another extension',
    kind: 'user',
    field: 'extension',
    apply: (o) => {
      user(o, 'dan@example.com', (u) => (u.extension = '114'));
      o.extensions = [...o.extensions.filter((e) => e.number !== '104'), extension('114')];
    },
  },
  { name: 'give an extension a desk phone', kind: 'extension', field: 'type', apply: (o) => ext(o, '103', (e) => (e.type = 'sip')) },
  { name: 'web extension', kind: 'extension', field: 'type', apply: (o) => ext(o, '102', (e) => (e.type = 'web')) },
  { name: 'swap a device', kind: 'extension', field: 'device', apply: (o) => ext(o, '101', (e) => (e.device = { mac: '0004F2AABB99', model: 'VVX350' })) },
  { name: 'change a caller id', kind: 'extension', field: 'callerId', apply: (o) => ext(o, '102', (e) => (e.callerId = '18005550199')) },
  { name: 'ring all in Sales', kind: 'department', field: 'routing', apply: (o) => dept(o, 'Sales', (d) => (d.routing = 'simultaneous')) },
  { name: 'longest idle in Support', kind: 'department', field: 'routing', apply: (o) => dept(o, 'Support', (d) => (d.routing = 'longest-idle')) },
  { name: 'ring longer', kind: 'department', field: 'ringTimeout', apply: (o) => dept(o, 'Support', (d) => (d.ringTimeout = 45)) },
  {
    name: 'move a queue to another extension',
    kind: 'department',
    field: 'extension',
    apply: (o) => {
      dept(o, 'Support', (d) => (d.extension = '202'));
      o.extensions = [...o.extensions.filter((e) => e.number !== '201'), extension('202')];
    },
  },
  {
    name: 'reorder agents',
    kind: 'member',
    field: 'priority',
    apply: (o) =>
      dept(o, 'Support', (d) => {
        for (const m of d.members) m.priority = d.members.length + 1 - m.priority;
      }),
  },
  { name: 'forward every call to a number', kind: 'user', field: 'forwarding', apply: (o) => user(o, 'bob@example.com', (u) => (u.forwarding = { ...noForwarding(), always: '+18005550111' })) },
  { name: 'turn forwarding off', kind: 'user', field: 'forwarding', apply: (o) => user(o, 'erin@example.com', (u) => (u.forwarding = null)) },
  {
    name: 'forward unanswered calls after longer, and by schedule',
    kind: 'user',
    field: 'forwarding',
    apply: (o) => user(o, 'erin@example.com', (u) => (u.forwarding = { ...(u.forwarding ?? noForwarding()), noAnswer: { to: 'voicemail', after: 40 }, schedules: [] })),
  },
  { name: 'voicemail email as a link', kind: 'user', field: 'voicemail', apply: (o) => user(o, 'dan@example.com', (u) => (u.voicemail = { enabled: true, pin: null, ...u.voicemail, email: 'notify' })) },
  { name: 'voicemail off', kind: 'user', field: 'voicemail', apply: (o) => user(o, 'bob@example.com', (u) => (u.voicemail = { enabled: false, email: 'none', pin: null })) },
  {
    name: 'change opening hours',
    kind: 'schedule',
    field: 'weekly',
    apply: (o) => change(o, 'schedules', (s) => s.name, 'Office hours', (s) => (s.weekly = { ...s.weekly, mon: ['08:00-12:00', '13:00-17:00'], sat: ['10:00-14:00'] })),
  },
];

export const netsapiensHarness: Harness = {
  type: 'netsapiens',
  start: () => start(false),
  org: orgFor,
  seedOrg: seedFor,
  mutations,
};

/** The same, against answers that carry only the fields the spec's response schemas declare (no `email-address`). */
export const netsapiensEvidenceHarness: Harness = { ...netsapiensHarness, mode: 'evidence only', unverified: [], start: () => start(true) };
