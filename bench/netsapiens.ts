/**
 * The synthetic org on NetSapiens: the desired org as NetSapiens can hold it in sync, and the emulator
 * seed (wire objects) that reads back as exactly that org, so a benchmark starts from an in-sync domain
 * without going through apply.
 */
import type { EmulatorSeed, Wire } from '../src/emulators/netsapiens/index.js';
import type { Org, ProviderConfig } from '../src/model/org.js';
import { agentId, dispatchTypeFor, dowEntry, DEFAULT_TIMEFRAME, scopeFor, splitName } from '../src/providers/netsapiens/mapper.js';
import { syntheticOrg } from './synthetic.js';

export const BENCH_DOMAIN = 'bench.example';
export const BENCH_TOKEN_ENV = 'RINGFORM_BENCH_NS_TOKEN';

export function benchConfig(endpoint: string): ProviderConfig {
  return {
    type: 'netsapiens',
    endpoint,
    domain: BENCH_DOMAIN,
    credentials: { tokenEnv: BENCH_TOKEN_ENV, usernameEnv: null, passwordEnv: null, clientIdEnv: null, clientSecretEnv: null, file: null },
    vendor: {},
    baseDir: process.cwd(),
  };
}

/**
 * The synthetic org without what NetSapiens cannot read back: a call queue's hours are answer rules on
 * the queue's own user, which ringform leaves to the portal (capabilities: manual), so with hours set
 * every plan would carry one manual step per department and the org would never be "in sync".
 */
export function netsapiensOrg(n: number, provider: ProviderConfig): Org {
  const org = syntheticOrg(n, provider);
  for (const d of org.departments) d.hours = null;
  return org;
}

/** Wire objects that read back as `org`: users with accepted invites, answer rules, queues with agents, timeframes. */
export function netsapiensSeed(org: Org, domain = BENCH_DOMAIN): EmulatorSeed {
  const users: Wire[] = org.users.map((u) => {
    const { first, last } = splitName(u.name);
    return {
      user: u.extension!,
      'name-first-name': first,
      'name-last-name': last,
      'email-address': u.email,
      'user-scope': scopeFor(u.role, u.panelAccess, u.email),
    };
  });
  const answerrules: Record<string, Wire[]> = {};
  for (const u of org.users) {
    if (u.receiveCalls === 'always') continue;
    const dnd: Wire = { 'time-frame': DEFAULT_TIMEFRAME, enabled: 'yes', 'do-not-disturb': { enabled: 'yes' } };
    answerrules[u.extension!] = u.receiveCalls === 'never' ? [dnd] : [{ 'time-frame': u.receiveCalls, enabled: 'yes' }, dnd];
  }
  const emailToExt = new Map(org.users.map((u) => [u.email, u.extension!]));
  const agents: Record<string, Wire[]> = {};
  for (const d of org.departments) {
    agents[d.extension!] = d.members.map((m) => ({
      'callqueue-agent-id': agentId(emailToExt.get(m.user)!, domain),
      'callqueue-agent-dispatch-order-ordinal': m.priority,
    }));
  }
  return {
    domains: {
      [domain]: {
        users,
        timeframes: org.schedules.map((s) => ({ 'timeframe-name': s.name, 'timeframe-type': 'days-of-week', 'timeframe-days-of-week-array': [dowEntry(s.weekly, s.name)] })),
        callqueues: org.departments.map((d) => ({
          callqueue: d.extension!,
          description: d.name,
          'callqueue-dispatch-type': dispatchTypeFor(d.routing, d.name),
          'callqueue-agent-dispatch-timeout-seconds': d.ringTimeout,
        })),
        agents,
        answerrules,
      },
    },
  };
}
