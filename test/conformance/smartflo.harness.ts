/**
 * The Smartflo provider under the shared conformance suite: a strict emulator (unknown body fields are
 * refused and listed as violations), a login id and password in env vars, and the shared conformance
 * org adjusted to what Smartflo can represent: every user has a mobile number (mandatory), intercoms
 * are assigned by Smartflo (no extensions declared), departments have no extension, and the schedule
 * is one of the account's time groups (read-only fixtures).
 */
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import { startSmartfloEmulator, type SmartfloEmulator, type SmartfloEmulatorOptions } from '../../src/emulators/smartflo/index.js';
import type { Org, ProviderConfig } from '../../src/model/org.js';
import { createSmartfloProvider, type SmartfloProviderOptions } from '../../src/providers/smartflo/index.js';
import type { Harness, Mutation, VendorUnderTest } from './harness.js';
import { commonMutations, conformanceOrg, seedOrg } from './sandbox.harness.js';

/** Fast retries: the emulator answers at once, and fault tests would otherwise wait on backoff. */
export const FAST_RETRY = { retry: { baseDelayMs: 1, maxDelayMs: 5 } };
/** The caller id new users get: a number of the emulator's fixtures. */
export const CALLER_ID = '+912240001000';

export function smartfloConfig(endpoint: string, credentials: Partial<ProviderConfig['credentials']> = {}): ProviderConfig {
  return {
    type: 'smartflo',
    endpoint,
    domain: null,
    credentials: { tokenEnv: null, usernameEnv: null, passwordEnv: null, clientIdEnv: null, clientSecretEnv: null, file: null, ...credentials },
    // The emulator's default time groups (fixtures), as org.yaml lists the ones made in the panel: no API lists
    // them, and a user create naming an unknown one waits for the manual step that makes it.
    vendor: { caller_id: [CALLER_ID], timeGroups: ['office', 'Office hours', 'Weekend'] },
    baseDir: os.tmpdir(),
  };
}

/** Env var names of their own per emulator, so parallel suites never share a login. */
export function loginEnv(emu: SmartfloEmulator): { env: NodeJS.ProcessEnv; credentials: Partial<ProviderConfig['credentials']> } {
  const suffix = randomBytes(4).toString('hex').toUpperCase();
  const usernameEnv = `RINGFORM_SF_LOGIN_${suffix}`;
  const passwordEnv = `RINGFORM_SF_PASSWORD_${suffix}`;
  return { env: { [usernameEnv]: emu.admin.loginId, [passwordEnv]: emu.admin.password }, credentials: { usernameEnv, passwordEnv } };
}

export function providerOn(emu: SmartfloEmulator, opts: SmartfloProviderOptions = {}) {
  const { env, credentials } = loginEnv(emu);
  return createSmartfloProvider(smartfloConfig(emu.url, credentials), { env, http: FAST_RETRY, ...opts });
}

export async function startStrict(opts: SmartfloEmulatorOptions = {}): Promise<SmartfloEmulator> {
  return startSmartfloEmulator({ port: 0, strict: true, ...opts });
}

async function start(evidenceOnly = false): Promise<VendorUnderTest> {
  const emu = await startStrict({ evidenceOnly });
  const { env, credentials } = loginEnv(emu);
  const base = smartfloConfig(emu.url, credentials);
  // Without GET /v1/roles, a role nobody holds yet is named by its id (from the panel URL [S: create-user]).
  const config = evidenceOnly ? { ...base, vendor: { ...base.vendor, roleIds: { agent: 2, supervisor: 3, admin: 1 } } } : base;
  return {
    config,
    createProvider: async () => createSmartfloProvider(config, { env, http: FAST_RETRY }),
    requests: () => emu.log.requests().map((r) => `${r.method} ${r.path}`),
    log: () => emu.log.requests(),
    clearRequests: () => emu.log.clear(),
    violations: () => emu.log.violations().map((v) => `${v.method} ${v.path}: ${v.problems.join('; ')}`),
    close: () => emu.close(),
  };
}

const PHONES: Record<string, string> = {
  'asha@example.com': '+919800000101',
  'ben@example.com': '+919800000102',
  'chitra@example.com': '+919800000103',
  'dev@example.com': '+919800000104',
  'old@example.com': '+919800000109',
};

/** What Smartflo can represent: a phone for everyone, no extension numbers (Smartflo assigns intercoms). */
export function forSmartflo(o: Org): Org {
  return {
    ...o,
    extensions: [],
    users: o.users.map((u) => ({ ...u, extension: null, phone: u.phone ?? PHONES[u.email] ?? null })),
    departments: o.departments.map((d) => ({ ...d, extension: null })),
  };
}

const department = (o: Org, name: string) => o.departments.find((d) => d.name === name)!;
const user = (o: Org, email: string) => o.users.find((u) => u.email === email)!;

/** The shared mutations, without the one on schedules (Smartflo cannot read them: unverified, no actions). */
const mutations: Mutation[] = [
  ...commonMutations.filter((m) => m.kind !== 'schedule'),
  { name: 'sticky agent in Sales', kind: 'department', field: 'stickyAgent', apply: (o) => void (department(o, 'Sales').stickyAgent = true) },
  { name: 'longest idle in Support', kind: 'department', field: 'routing', apply: (o) => void (department(o, 'Support').routing = 'longest-idle') },
  { name: 'remove a member', kind: 'member', field: 'priority', apply: (o) => void (department(o, 'Support').members = [{ user: 'chitra@example.com', priority: 1 }]) },
  // Web-login and agent details (docs/vendors/smartflo.md#web-login-and-agent-details): PATCH login_id,
  // login_based_calling and user_for_cdr are read back; caller ids, agent groups and allowed IPs are not (a new
  // user gets them on create; allowed IPs are a panel step after it).
  { name: 'own login id', kind: 'user', field: 'loginId', apply: (o) => void (user(o, 'asha@example.com').loginId = 'asha.rao') },
  { name: 'login-based calling', kind: 'user', field: 'loginBasedCalling', apply: (o) => void (user(o, 'ben@example.com').loginBasedCalling = true) },
  { name: "sees two agents' call records", kind: 'user', field: 'reportsOf', apply: (o) => void (user(o, 'chitra@example.com').reportsOf = ['asha@example.com', 'ben@example.com']) },
  {
    name: 'a new user with caller ids, agent groups and allowed IPs',
    kind: 'user',
    field: 'callerIds',
    apply: (o) =>
      void o.users.push({
        ...user(o, 'dev@example.com'),
        email: 'esha@example.com',
        name: 'Esha Kapoor',
        phone: '+919800000105',
        loginId: 'esha.kapoor',
        callerIds: ['+912240001001'],
        agentGroups: ['Outbound'],
        allowedIps: ['203.0.113.7'],
        reportsOf: ['dev@example.com'],
      }),
  },
];

export const smartfloHarness: Harness = {
  type: 'smartflo',
  start: () => start(false),
  org: (config) => forSmartflo(conformanceOrg(config)),
  seedOrg: (config) => forSmartflo(seedOrg(config)),
  mutations,
};

/** The same, against an emulator where only documented endpoints exist (no `GET /v1/roles`). */
export const smartfloEvidenceHarness: Harness = { ...smartfloHarness, mode: 'evidence only', unverified: ['schedule.*', 'extension.*', 'role.base', 'role.description', 'role.permissions', 'user.callerIds', 'user.agentGroups', 'user.allowedIps', 'user.invite'], start: () => start(true) };
