/**
 * The sandbox in the reliability tests. It has no HTTP, so faults are injected around the provider: a
 * call fails before it acts (as a 503 would), acts and then fails (a lost response), or is slow; reads
 * fail too. Everything else — duplicates, untouched objects, convergence — is checked as for any vendor.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mulberry32 } from '../../../src/emulators/faults.js';
import { addressOf } from '../../../src/model/address.js';
import type { ProviderConfig } from '../../../src/model/org.js';
import { VendorError } from '../../../src/providers/http/errors.js';
import type { Provider } from '../../../src/contract/provider.js';
import { createSandboxProvider } from '../../../src/providers/sandbox/index.js';
import { sandboxConfig } from '../../helpers/model.js';
import type { FaultStats, ReliabilityVendor, StateEntry, VendorRun } from '../vendors.js';
import { orgFromSide, repeated } from './common.js';

const RATE = 0.3;
const KINDS = ['503', 'lost-response', 'latency'] as const;

interface Live {
  id: string;
  data: Record<string, unknown>;
}
type State = Record<'roles' | 'schedules' | 'extensions' | 'users' | 'departments', Live[]>;

export const sandboxVendor: ReliabilityVendor = {
  type: 'sandbox',
  faultRate: RATE,
  faultKinds: ['503 before acting', 'response lost after acting', 'latency 0-5 ms', 'failed reads'],
  async start({ seed }) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ringform-rel-sandbox-'));
    const config = sandboxConfig(dir);
    const stateFile = path.join(dir, '.ringform', 'sandbox.json');
    const random = mulberry32(seed);
    const stats: FaultStats = { requests: 0, faults: {}, tokenExpiries: 0, retries: 0 };
    let on = false;
    let slowMs = 0;
    const fault = (): string | null => {
      if (!on) return null;
      stats.requests++;
      if (random() >= RATE) return null;
      const kind = KINDS[Math.floor(random() * KINDS.length)]!;
      stats.faults[kind] = (stats.faults[kind] ?? 0) + 1;
      return kind;
    };
    const failure = (method: string, what: string) =>
      new VendorError({ vendor: 'sandbox', method, path: what, status: 503, vendorMessage: 'Service Unavailable (injected)' }, 'failed');
    const provider = (): Provider => {
      const inner = createSandboxProvider(config);
      return {
        type: inner.type,
        capabilities: inner.capabilities,
        target: inner.target,
        async read() {
          const kind = fault();
          if (kind === '503' || kind === 'lost-response') throw failure('GET', '/state');
          return inner.read();
        },
        async apply(action, ids) {
          if (slowMs > 0) await new Promise((r) => setTimeout(r, slowMs));
          const kind = fault();
          if (kind === '503') throw failure(action.kind.toUpperCase(), action.address);
          if (kind === 'latency') await new Promise((r) => setTimeout(r, Math.floor(random() * 5)));
          const result = await inner.apply(action, ids);
          if (kind === 'lost-response') throw failure(action.kind.toUpperCase(), action.address);
          return result;
        },
      };
    };
    const state = async (): Promise<State> => {
      try {
        return JSON.parse(await readFile(stateFile, 'utf8')) as State;
      } catch {
        return { roles: [], schedules: [], extensions: [], users: [], departments: [] };
      }
    };
    const run: VendorRun = {
      config,
      provider,
      faults: (value) => void (on = value),
      stats: () => stats,
      async duplicates() {
        const s = await state();
        return [
          ...repeated(s.users.map((u) => `user ${String(u.data.email).toLowerCase()}`)),
          ...repeated(s.departments.map((d) => `department ${String(d.data.name)}`)),
          ...repeated(s.departments.filter((d) => d.data.extension).map((d) => `department number ${String(d.data.extension)}`)),
          ...repeated(s.extensions.map((e) => `extension ${String(e.data.number)}`)),
          ...repeated(s.schedules.map((x) => `schedule ${String(x.data.name)}`)),
        ];
      },
      async snapshot() {
        const s = await state();
        const entries: StateEntry[] = [];
        for (const u of s.users) entries.push({ key: `user ${u.id}`, addresses: [addressOf('user', String(u.data.email))], json: JSON.stringify(u) });
        for (const e of s.extensions) entries.push({ key: `extension ${e.id}`, addresses: [addressOf('extension', String(e.data.number))], json: JSON.stringify(e) });
        for (const x of s.schedules) entries.push({ key: `schedule ${x.id}`, addresses: [addressOf('schedule', String(x.data.name))], json: JSON.stringify(x) });
        for (const d of s.departments) {
          const members = (d.data.members as Array<{ user: string }> | undefined) ?? [];
          entries.push({
            key: `department ${d.id}`,
            addresses: [addressOf('department', String(d.data.name)), ...members.map((m) => addressOf('user', m.user))],
            json: JSON.stringify(d),
          });
        }
        return entries;
      },
      requestCount: () => stats.requests,
      slow: (ms) => void (slowMs = ms),
      async seedUsers(users) {
        const s = await state();
        let id = 5000;
        for (const u of users) {
          s.users.push({ id: String(id++), data: { email: u.email, name: u.name, phone: null, extension: u.extension, role: u.role, panelAccess: true, status: 'active', receiveCalls: 'always', invite: 'auto', previously: [], vendor: {} }, inviteStatus: 'accepted' } as Live);
          s.extensions.push({ id: String(id++), data: { number: u.extension, type: 'web', forceLogin: false, callerId: null, device: null, vendor: {} } });
        }
        await mkdir(path.dirname(stateFile), { recursive: true });
        await writeFile(stateFile, JSON.stringify({ format: 'ringform-sandbox', version: 1, nextId: id, ...s }));
      },
      cli: () => ({ providerYaml: 'provider:\n  type: sandbox\n', dir, env: {}, interruptWindowMs: 40 }),
      close: () => rm(dir, { recursive: true, force: true }),
    };
    return run;
  },
  orgOf: (s, config: ProviderConfig, prune) =>
    orgFromSide(s, config, prune, {
      extensions: true,
      departments: true,
      departmentNumbers: true,
      schedules: true,
      roles: ['agent', 'supervisor', 'manager', 'admin'],
      noPanelIsAgent: false,
      phones: false,
    }),
};
