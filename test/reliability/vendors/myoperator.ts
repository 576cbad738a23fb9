/**
 * MyOperator in the reliability tests: its emulator with its own fault injection. MyOperator's API covers
 * users only (create, update, list; role, panel access and deletes are manual steps), so its random orgs
 * are users with the phone MyOperator rings, and its manual steps are reported, never sent.
 * Loaded dynamically by vendors.ts: `vendor()` answers null when the provider or emulator is absent.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { addressOf } from '../../../src/model/address.js';
import type { FaultStats, ReliabilityVendor, StateEntry, VendorRun } from '../vendors.js';
import { orgFromSide, repeated } from './common.js';

const RATE = 0.3;
const KINDS = ['429', '500', '503', 'latency', 'reset', 'lost-create'];
const TOKEN = 'myo-reliability-token';
const ROLE_IDS = { agent: 1, supervisor: 2, admin: 3, owner: 4 };

/** A stable mobile number per email (MyOperator needs one per user, unique). */
function phoneOf(email: string): string {
  let h = 0;
  for (const ch of email) h = (h * 31 + ch.charCodeAt(0)) % 100_000;
  return `98765${String(h).padStart(5, '0')}`;
}

export async function vendor(): Promise<ReliabilityVendor | null> {
  const { startMyoperatorEmulator } = await import('../../../src/emulators/myoperator/index.js');
  const { createMyoperatorProvider } = await import('../../../src/providers/myoperator/index.js');
  const { myoperatorConfig } = await import('../../conformance/myoperator.harness.js');
  return {
    type: 'myoperator',
    faultRate: RATE,
    apiDeletes: false,
    adapt: (o) => ({ ...o, users: o.users.map((u) => ({ ...u, phone: `+91${phoneOf(u.email)}` })) }),
    faultKinds: ['429 (Retry-After: 0)', '500', '503 (Retry-After: 0)', 'latency 20 ms', 'connection reset', 'lost create'],
    async start({ seed }) {
      const emu = await startMyoperatorEmulator({ port: 0, tokens: [TOKEN] });
      const env = { MYO_REL_TOKEN: TOKEN };
      const config = myoperatorConfig(emu.url, { tokenEnv: 'MYO_REL_TOKEN' }, { roleIds: ROLE_IDS });
      const stats: FaultStats = { requests: 0, faults: {}, tokenExpiries: 0, retries: 0 };
      let mark: number | null = null;
      const cliDir = await mkdtemp(path.join(os.tmpdir(), 'ringform-rel-myo-'));
      const run: VendorRun = {
        config,
        provider: () =>
          createMyoperatorProvider(config, { env, http: { retry: { baseDelayMs: 1, maxDelayMs: 5 }, onLog: (e) => void (mark !== null && e.attempt > 0 && stats.retries++) } }),
        faults(on) {
          if (on) {
            emu.faults(`rate=${RATE},kinds=${KINDS.join('+')},retry-after=0,latency-ms=20,seed=${seed}`);
            mark = emu.log.requests().length;
            return;
          }
          emu.faults(null);
          if (mark === null) return;
          for (const r of emu.log.requests().slice(mark)) {
            stats.requests++;
            if (r.fault) stats.faults[r.fault] = (stats.faults[r.fault] ?? 0) + 1;
          }
          mark = null;
        },
        stats: () => stats,
        duplicates: async () => [
          ...repeated(emu.state.users.map((u) => `user ${u.email.toLowerCase()}`)),
          ...repeated(emu.state.users.filter((u) => u.extension).map((u) => `extension ${u.extension}`)),
        ],
        snapshot: async () =>
          emu.state.users.map((u): StateEntry => ({ key: `user ${u.uuid}`, addresses: [addressOf('user', u.email), ...(u.extension ? [addressOf('extension', u.extension)] : [])], json: JSON.stringify(u) })),
        requestCount: () => emu.log.requests().length,
        async seedUsers(users) {
          for (const u of users) emu.state.add({ name: u.name, email: u.email, contact_number: phoneOf(u.email), extension: u.extension, role_id: String(ROLE_IDS[u.role]) });
        },
        slow: (ms) => emu.faults(ms > 0 ? `rate=1,kinds=latency,latency-ms=${ms}` : null),
        cli: () => ({
          providerYaml: `provider:\n  type: myoperator\n  endpoint: ${emu.url}\n  credentials:\n    tokenEnv: MYO_REL_TOKEN\n  vendor:\n    myoperator:\n      roleIds: {agent: 1, supervisor: 2, admin: 3, owner: 4}\n  limits: {rate: 1000, concurrency: 8}\n`,
          dir: cliDir,
          env,
          interruptWindowMs: 60,
        }),
        close: async () => {
          await emu.close();
          await rm(cliDir, { recursive: true, force: true });
        },
      };
      return run;
    },
    orgOf: (s, config, prune) => {
      const o = orgFromSide(s, config, prune, {
        extensions: true,
        departments: false,
        departmentNumbers: false,
        schedules: false,
        roles: ['agent', 'supervisor', 'admin'],
        noPanelIsAgent: false,
        phones: true,
      });
      // One phone per person, the same on both sides (MyOperator refuses a number another user has).
      return { ...o, users: o.users.map((u) => ({ ...u, phone: `+91${phoneOf(u.email)}` })) };
    },
  };
}
