/**
 * NetSapiens in the reliability tests: its emulator (strict: requests off the vendor spec are refused),
 * faults injected by the emulator itself (429 with Retry-After 0, 500, 503, latency spikes, dropped
 * connections, creates whose response is lost after the create happened), and, in half of the cases,
 * the OAuth2 password grant with 0.6-second access tokens while the provider's clock runs 50× slow, so
 * tokens expire at the vendor mid-apply and the provider must renew after the 401.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startNetsapiensEmulator } from '../../../src/emulators/netsapiens/index.js';
import { createUser } from '../../../src/emulators/netsapiens/users.js';
import { addressOf } from '../../../src/model/address.js';
import type { ProviderConfig } from '../../../src/model/org.js';
import { createNetsapiensProvider } from '../../../src/providers/netsapiens/index.js';
import { NETSAPIENS_DOMAIN, netsapiensConfig } from '../../conformance/netsapiens.harness.js';
import { ADMIN } from '../sample.js';
import type { FaultStats, ReliabilityVendor, StateEntry, VendorRun } from '../vendors.js';
import { orgFromSide, repeated } from './common.js';

const RATE = 0.3;
const KINDS = ['429', '500', '503', 'latency', 'reset', 'lost-create'];
const LOGIN = `${ADMIN.extension}@${NETSAPIENS_DOMAIN}`;
const PASSWORD = 'reliability-password';
const CLIENT = { clientId: 'ringform-reliability', clientSecret: 'reliability-client-secret' };
const API_KEY = 'nsd_reliability_key';

export const netsapiensVendor: ReliabilityVendor = {
  type: 'netsapiens',
  faultRate: RATE,
  defersExtensionToUser: true,
  faultKinds: ['429 (Retry-After: 0)', '500', '503 (Retry-After: 0)', 'latency 20 ms', 'connection reset', 'lost create', 'access token expiry (password grant, 0.6 s tokens)'],
  async start({ seed, expiringTokens }) {
    const emu = await startNetsapiensEmulator({
      port: 0,
      strict: true,
      domain: NETSAPIENS_DOMAIN,
      tokens: [API_KEY],
      oauthClient: CLIENT,
      passwords: { [LOGIN]: PASSWORD },
      tokenTtlSeconds: expiringTokens ? 0.6 : 3600, // above the provider's 500 ms "renewed just now" window
      seed: {
        domains: {
          [NETSAPIENS_DOMAIN]: {
            users: [{ user: ADMIN.extension, 'name-first-name': 'Ada', 'name-last-name': 'Admin', 'email-address': ADMIN.email, 'user-scope': 'Office Manager' }],
          },
        },
      },
    });
    const env = { NS_REL_TOKEN: API_KEY, NS_REL_CLIENT: CLIENT.clientId, NS_REL_SECRET: CLIENT.clientSecret, NS_REL_USER: LOGIN, NS_REL_PASSWORD: PASSWORD };
    const config: ProviderConfig = expiringTokens
      ? netsapiensConfig(emu.url, { clientIdEnv: 'NS_REL_CLIENT', clientSecretEnv: 'NS_REL_SECRET', usernameEnv: 'NS_REL_USER', passwordEnv: 'NS_REL_PASSWORD' })
      : netsapiensConfig(emu.url, { tokenEnv: 'NS_REL_TOKEN' });
    const stats: FaultStats = { requests: 0, faults: {}, tokenExpiries: 0, retries: 0 };
    let mark: number | null = null;
    const count = () => {
      if (mark === null) return;
      for (const r of emu.log.requests().slice(mark)) {
        stats.requests++;
        if (r.fault) stats.faults[r.fault] = (stats.faults[r.fault] ?? 0) + 1;
        if (r.status === 401) stats.tokenExpiries++;
      }
      mark = null;
    };
    const cliDir = await mkdtemp(path.join(os.tmpdir(), 'ringform-rel-ns-'));
    const t0 = Date.now();
    const slowClock = () => t0 + (Date.now() - t0) / 50;
    const domain = () => emu.state.requireDomain(NETSAPIENS_DOMAIN);
    const run: VendorRun = {
      config,
      provider: () =>
        createNetsapiensProvider(config, {
          env,
          ...(expiringTokens ? { clock: slowClock } : {}),
          http: { retry: { baseDelayMs: 1, maxDelayMs: 5 }, onLog: (e) => void (mark !== null && e.attempt > 0 && stats.retries++) },
        }),
      faults(on) {
        if (on) {
          emu.faults(`rate=${RATE},kinds=${KINDS.join('+')},retry-after=0,latency-ms=20,seed=${seed}`);
          mark = emu.log.requests().length;
        } else {
          emu.faults(null);
          count();
        }
      },
      stats: () => stats,
      async duplicates() {
        const d = domain();
        const users = [...d.users.values()].filter((u) => !String(u['service-code'] ?? '').startsWith('system-'));
        return [
          ...repeated(users.map((u) => `user ${String(u['email-address'] ?? '').toLowerCase()}`).filter((k) => k !== 'user ')),
          ...repeated([...d.callqueues.values()].map((q) => `queue named ${String(q.description ?? '')}`)),
          ...repeated([...d.timeframes.values()].map((t) => `timeframe ${String(t['timeframe-name'])}`)),
        ];
      },
      async snapshot() {
        const d = domain();
        const entries: StateEntry[] = [];
        const emailOf = new Map<string, string>();
        for (const [id, u] of d.users) {
          const email = String(u['email-address'] ?? '');
          emailOf.set(id, email);
          const queue = d.callqueues.get(id);
          const addresses = queue ? [addressOf('department', String(queue.description ?? ''))] : [addressOf('user', email), addressOf('extension', id)];
          entries.push({ key: `user ${id}`, addresses, json: JSON.stringify(u) });
        }
        // Reads create empty per-user maps in the emulator; an empty one is no object.
        for (const [id, devices] of d.devices) {
          if (devices.size === 0) continue;
          entries.push({ key: `devices ${id}`, addresses: [addressOf('extension', id), addressOf('user', emailOf.get(id) ?? '')], json: JSON.stringify([...devices]) });
        }
        const timeframeName = (ref: unknown) => [...d.timeframes.values()].find((t) => t['timeframe-id'] === ref || t['timeframe-name'] === ref)?.['timeframe-name'];
        for (const [id, rules] of d.answerrules) {
          if (rules.length === 0) continue;
          const schedules = rules.map((r) => timeframeName(r['time-frame'])).filter((n) => n !== undefined).map((n) => addressOf('schedule', String(n)));
          entries.push({ key: `answerrules ${id}`, addresses: [addressOf('user', emailOf.get(id) ?? ''), ...schedules], json: JSON.stringify(rules) });
        }
        for (const [id, q] of d.callqueues) entries.push({ key: `queue ${id}`, addresses: [addressOf('department', String(q.description ?? ''))], json: JSON.stringify(q) });
        for (const [id, agents] of d.agents) {
          if (agents.size === 0) continue;
          const q = d.callqueues.get(id);
          // An agent entry is a relationship: it belongs to the queue and to the user it rings.
          const users = [...agents.keys()].map((a) => addressOf('user', emailOf.get(a.split('@')[0]!) ?? ''));
          entries.push({ key: `agents ${id}`, addresses: [addressOf('department', String(q?.description ?? '')), ...users], json: JSON.stringify([...agents]) });
        }
        for (const [id, t] of d.timeframes) entries.push({ key: `timeframe ${id}`, addresses: [addressOf('schedule', String(t['timeframe-name']))], json: JSON.stringify(t) });
        return entries;
      },
      requestCount: () => emu.log.requests().length,
      async seedUsers(users) {
        const scope = { owner: 'Super User', admin: 'Office Manager', agent: 'Call Center Agent' } as const;
        for (const u of users) {
          const [first, ...rest] = u.name.split(' ');
          createUser(emu.state, domain(), { user: u.extension, 'name-first-name': first, 'name-last-name': rest.join(' '), 'email-address': u.email, 'user-scope': scope[u.role] });
        }
      },
      slow: (ms) => emu.faults(ms > 0 ? `rate=1,kinds=latency,latency-ms=${ms}` : null),
      cli: () => ({
        providerYaml: `provider:\n  type: netsapiens\n  endpoint: ${emu.url}\n  domain: ${NETSAPIENS_DOMAIN}\n  credentials:\n    tokenEnv: NS_REL_TOKEN\n  limits: {rate: 1000, concurrency: 8}\n`,
        dir: cliDir,
        env: { NS_REL_TOKEN: API_KEY },
          interruptWindowMs: 400,
      }),
      close: async () => {
        await emu.close();
        await rm(cliDir, { recursive: true, force: true });
      },
    };
    return run;
  },
  orgOf: (s, config, prune) =>
    orgFromSide(s, config, prune, {
      extensions: true,
      departments: true,
      departmentNumbers: true,
      schedules: true,
      roles: ['agent', 'supervisor', 'manager', 'admin'],
      noPanelIsAgent: true,
      phones: false,
    }),
};
