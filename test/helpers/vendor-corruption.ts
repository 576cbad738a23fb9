/**
 * The "never delete a declared user" property over vendor corruptions, shared by test/property (≥ 20 runs
 * per vendor) and test/reliability (≥ 200). Each vendor's real emulator holds 8 users; org.yaml declares 6
 * of them with prune on, so 2 deletes are legitimate. fast-check draws the corruptions (kinds, rate, seed,
 * page size) the emulator serves; the real provider reads, the real planner plans. Every run must either
 * stop with a named RingformError or give a plan with no delete / replace (API or manual) of a declared
 * user, by address or by vendor id.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { CORRUPTION_KINDS, type CorruptionConfig, type CorruptionKind } from '../../src/emulators/corruptions.js';
import { RingformError } from '../../src/errors.js';
import type { LiveOrg } from '../../src/model/live.js';
import type { Org, ProviderConfig } from '../../src/model/org.js';
import { computePlan } from '../../src/plan/compute.js';
import type { Provider } from '../../src/contract/provider.js';
import { myoperatorConfig } from '../conformance/myoperator.harness.js';
import { NETSAPIENS_DOMAIN, netsapiensConfig } from '../conformance/netsapiens.harness.js';
import { smartfloConfig } from '../conformance/smartflo.harness.js';
import { org } from '../plan/builders.js';

export type CorruptVendor = 'netsapiens' | 'smartflo' | 'myoperator';
const FAST = { retry: { baseDelayMs: 1, maxDelayMs: 2, maxAttempts: 1 } };
const PEOPLE = Array.from({ length: 8 }, (_, i) => ({ email: `person${i + 1}@example.com`, ext: String(1001 + i), first: 'Person', last: String(i + 1) }));
const DECLARED = PEOPLE.slice(0, 6);

interface Bench {
  config: ProviderConfig;
  provider(): Promise<Provider>;
  corrupt(c: CorruptionConfig | null): void;
  /** Vendor ids of the declared users, as the emulator holds them. */
  declaredIds(): Set<string>;
  close(): Promise<void>;
}

async function bench(vendor: CorruptVendor): Promise<Bench> {
  if (vendor === 'netsapiens') {
    const { startNetsapiensEmulator } = await import('../../src/emulators/netsapiens/index.js');
    const { createNetsapiensProvider } = await import('../../src/providers/netsapiens/index.js');
    const users = PEOPLE.map((p) => ({ user: p.ext, 'name-first-name': p.first, 'name-last-name': p.last, 'email-address': p.email, 'user-scope': 'Call Center Agent' }));
    const emu = await startNetsapiensEmulator({ port: 0, domain: NETSAPIENS_DOMAIN, seed: { domains: { [NETSAPIENS_DOMAIN]: { users } } } });
    const env = { NS_CORRUPT_TOKEN: emu.token };
    const config = netsapiensConfig(emu.url, { tokenEnv: 'NS_CORRUPT_TOKEN' });
    return {
      config,
      provider: async () => createNetsapiensProvider(config, { env, http: FAST }),
      corrupt: (c) => emu.corrupt(c),
      declaredIds: () => new Set(DECLARED.map((p) => p.ext)),
      close: () => emu.close(),
    };
  }
  if (vendor === 'smartflo') {
    const { startSmartfloEmulator } = await import('../../src/emulators/smartflo/index.js');
    const { createUser } = await import('../../src/emulators/smartflo/users.js');
    const { createSmartfloProvider } = await import('../../src/providers/smartflo/index.js');
    const emu = await startSmartfloEmulator({ port: 0 });
    for (const [i, p] of PEOPLE.entries()) {
      createUser(emu.state, {
        name: `${p.first} ${p.last}`, number: `98765000${String(i).padStart(2, '0')}`, create_agent: true, create_web_login: true, email: p.email,
        login_id: `login${i + 1}x`, user_role: emu.state.fixtures.roles[0]!.id, password: 'Seeded-pw-1', status: true, caller_id: [101],
      });
    }
    const env = { SF_CORRUPT_TOKEN: emu.apiToken };
    const config = smartfloConfig(emu.url, { tokenEnv: 'SF_CORRUPT_TOKEN' });
    const declared = new Set(DECLARED.map((p) => p.email));
    return {
      config,
      provider: async () => createSmartfloProvider(config, { env, http: FAST }),
      corrupt: (c) => emu.corrupt(c),
      declaredIds: () => new Set([...emu.state.users.values()].filter((u) => declared.has(u.email)).map((u) => String(u.id))),
      close: () => emu.close(),
    };
  }
  const { startMyoperatorEmulator } = await import('../../src/emulators/myoperator/index.js');
  const { createMyoperatorProvider } = await import('../../src/providers/myoperator/index.js');
  const emu = await startMyoperatorEmulator({ port: 0, tokens: ['myo-corrupt-token'] });
  for (const [i, p] of PEOPLE.entries()) emu.state.add({ name: `${p.first} ${p.last}`, email: p.email, contact_number: `98765000${String(i).padStart(2, '0')}`, extension: p.ext });
  const env = { MYO_CORRUPT_TOKEN: 'myo-corrupt-token' };
  const config = myoperatorConfig(emu.url, { tokenEnv: 'MYO_CORRUPT_TOKEN' });
  const declared = new Set(DECLARED.map((p) => p.email));
  return {
    config,
    provider: async () => createMyoperatorProvider(config, { env, http: FAST }),
    corrupt: (c) => emu.corrupt(c),
    declaredIds: () => new Set(emu.state.users.filter((u) => declared.has(u.email)).map((u) => u.uuid)),
    close: () => emu.close(),
  };
}

/** The desired org: the 6 declared users exactly as a clean read shows them, prune on. */
function desiredFrom(clean: LiveOrg, config: ProviderConfig): Org {
  const declared = new Set(DECLARED.map((p) => p.email));
  const base = org().prune({ users: true }).build();
  return { ...base, provider: config, users: clean.users.filter((u) => declared.has(u.data.email)).map((u) => u.data) };
}

const corruption: fc.Arbitrary<CorruptionConfig> = fc.record({
  kinds: fc.subarray([...CORRUPTION_KINDS] as CorruptionKind[], { minLength: 1, maxLength: 4 }),
  rate: fc.double({ min: 0.05, max: 1, noNaN: true }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  pageSize: fc.integer({ min: 1, max: 9 }),
});

export interface CorruptionFigures {
  runs: number;
  stopped: number;
  planned: number;
  declaredDeletes: number;
  kinds: Record<string, number>;
}

function destroys(a: { kind: string; resource: string; intent?: string }): boolean {
  if (a.resource !== 'user') return false;
  const kind = a.kind === 'manual' ? a.intent : a.kind;
  return kind === 'delete' || kind === 'replace';
}

export async function runCorruptionProperty(vendor: CorruptVendor, numRuns: number): Promise<CorruptionFigures> {
  const b = await bench(vendor);
  const figures: CorruptionFigures = { runs: 0, stopped: 0, planned: 0, declaredDeletes: 0, kinds: {} };
  try {
    const cleanProvider = await b.provider();
    const clean = await cleanProvider.read();
    await cleanProvider.close?.();
    expect(clean.users.length).toBe(PEOPLE.length);
    const desired = desiredFrom(clean, b.config);
    const declaredEmails = new Set(DECLARED.map((p) => p.email));
    const declaredIds = b.declaredIds();
    expect(declaredIds.size).toBe(DECLARED.length);
    await fc.assert(
      fc.asyncProperty(corruption, async (c) => {
        figures.runs++;
        for (const k of c.kinds) figures.kinds[k] = (figures.kinds[k] ?? 0) + 1;
        b.corrupt(c);
        const provider = await b.provider();
        try {
          let live: LiveOrg;
          try {
            live = await provider.read();
          } catch (error) {
            // A stop must be a named error (a RingformError with its message), never a crash.
            expect(error).toBeInstanceOf(RingformError);
            figures.stopped++;
            return;
          }
          figures.planned++;
          const plan = computePlan({ desired, live, capabilities: provider.capabilities, options: { resendInvites: false, targets: [] }, provider: { type: vendor, target: null } });
          const bad = plan.actions.filter(destroys).filter((a) => {
            const email = /^user\["(.*)"\]$/.exec(a.address)?.[1]?.toLowerCase() ?? '';
            return declaredEmails.has(email) || (a.vendorId !== null && declaredIds.has(a.vendorId));
          });
          figures.declaredDeletes += bad.length;
          expect(bad.map((a) => `${a.kind} ${a.address} (vendor id ${a.vendorId})`)).toEqual([]);
        } finally {
          await provider.close?.();
          b.corrupt(null);
        }
      }),
      { numRuns },
    );
  } finally {
    await b.close();
  }
  return figures;
}
