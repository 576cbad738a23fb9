/**
 * The MyOperator provider under the shared conformance suite. MyOperator's API covers users only, so the
 * org is users (with the phone MyOperator rings) and no departments or schedules: those cannot be read,
 * the planner reports them as unverified, and test/providers/myoperator/manual.test.ts covers their steps.
 * Role, panel access, deletes and invites are manual: the suite asserts they remain manual after apply.
 */
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import { startMyoperatorEmulator } from '../../src/emulators/myoperator/index.js';
import type { Org, ProviderConfig } from '../../src/model/org.js';
import { createMyoperatorProvider } from '../../src/providers/myoperator/index.js';
import { org } from '../plan/builders.js';
import { commonMutations } from './sandbox.harness.js';
import type { Harness, Mutation, VendorUnderTest } from './harness.js';

export const FAST_RETRY = { retry: { baseDelayMs: 1, maxDelayMs: 5 } };

export function myoperatorConfig(endpoint: string, credentials: Partial<ProviderConfig['credentials']> = {}, vendor: Record<string, unknown> = {}): ProviderConfig {
  return {
    type: 'myoperator',
    endpoint,
    domain: null,
    credentials: { tokenEnv: null, usernameEnv: null, passwordEnv: null, clientIdEnv: null, clientSecretEnv: null, file: null, ...credentials },
    // The emulator gives new users role_id 1; this org calls that role "agent".
    vendor: { roleIds: { agent: 1, supervisor: 2, admin: 3 }, ...vendor },
    baseDir: os.tmpdir(),
  };
}

async function start(listFields: 'evidence' | 'extended' = 'evidence', evidenceOnly = false): Promise<VendorUnderTest> {
  const emu = await startMyoperatorEmulator({ port: 0, listFields, evidenceOnly });
  const tokenEnv = `RINGFORM_MYO_TOKEN_${randomBytes(4).toString('hex').toUpperCase()}`;
  process.env[tokenEnv] = emu.token;
  const config = myoperatorConfig(emu.url, { tokenEnv });
  return {
    config,
    createProvider: async () => createMyoperatorProvider(config, { http: FAST_RETRY }),
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

function orgFor(config: ProviderConfig): Org {
  const built = org()
    .user('asha@example.com', { name: 'Asha Rao', phone: '+919876500001', extension: '101', role: 'supervisor' })
    .user('ben@example.com', { name: 'Ben Das', phone: '+919876500002', extension: '102' })
    .user('chitra@example.com', { name: 'Chitra Iyer', phone: '+919876500003', extension: '103', receiveCalls: 'never' })
    .user('dev@example.com', { name: 'Dev Nair', phone: '+919876500004', extension: '104', role: 'admin', panelAccess: false })
    .build();
  return { ...built, provider: config };
}

function seedFor(config: ProviderConfig): Org {
  const built = org()
    .user('ben@example.com', { name: 'Benjamin Das', phone: '+919876500002', extension: '102' })
    .user('old@example.com', { name: 'Old Timer', phone: '+919876500009', extension: '109' })
    .build();
  return { ...built, provider: config };
}

const user = (o: Org, email: string) => o.users.find((u) => u.email === email)!;

const mutations: Mutation[] = [
  ...commonMutations.filter((m) => m.kind === 'user'),
  { name: 'stop receiving calls', kind: 'user', field: 'receiveCalls', apply: (o) => void (user(o, 'ben@example.com').receiveCalls = 'never') },
  { name: 'receive calls again', kind: 'user', field: 'receiveCalls', apply: (o) => void (user(o, 'chitra@example.com').receiveCalls = 'always') },
  { name: 'give panel access', kind: 'user', field: 'panelAccess', apply: (o) => void (user(o, 'dev@example.com').panelAccess = true) },
];

/** Kinds MyOperator's API cannot read at all. */
const MYO_UNREADABLE_KINDS = ['role.*', 'schedule.*', 'extension.*', 'department.*', 'member.*'];

export const myoperatorHarness: Harness = { type: 'myoperator', unverified: [...MYO_UNREADABLE_KINDS, 'user.extension', 'user.invite'], start: () => start('evidence'), org: orgFor, seedOrg: seedFor, mutations };
/** The same, against a list that also shows `extension` and `country_code` (no public source shows them). */
export const myoperatorExtendedHarness: Harness = { ...myoperatorHarness, mode: 'extended list', unverified: [...MYO_UNREADABLE_KINDS, 'user.invite'], start: () => start('extended') };
/** Evidence only: the list as public code shows it, and a create answered without the new user (read back from the list). */
export const myoperatorEvidenceHarness: Harness = { ...myoperatorHarness, mode: 'evidence only', unverified: [...MYO_UNREADABLE_KINDS, 'user.extension', 'user.invite'], start: () => start('evidence', true) };
