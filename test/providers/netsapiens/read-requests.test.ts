/**
 * How many requests read() sends on a large domain: exactly the NetSapiens floor (docs/BENCHMARKS.md),
 * users in pages of 1000, one domain-wide devices list (not one per user), one domain-wide agents list
 * (its groups agree with every queue's `callqueue-count-agents-total`, so no queue is read on its own) and
 * one answer-rules list per user (the spec has no domain-wide answer-rule list). Without a read scope
 * everything is read; read-scope.test.ts covers a partly managed domain. An org in sync plans nothing and
 * sends only GETs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPlan } from '../../../src/apply/engine.js';
import type { NetsapiensEmulator } from '../../../src/emulators/netsapiens/index.js';
import type { LiveOrg } from '../../../src/model/live.js';
import type { Org } from '../../../src/model/org.js';
import { PAGE_SIZE } from '../../../src/providers/netsapiens/client.js';
import type { Provider } from '../../../src/contract/provider.js';
import { netsapiensOrg, netsapiensSeed } from '../../../bench/netsapiens.js';
import { NETSAPIENS_DOMAIN, TOKEN_ENV, netsapiensConfig, planFor, providerFor, startEmulator, violations } from './helpers.js';

const USERS = 2500;
const QUEUES = USERS / 20;
const SCHEDULES = 5;

let emu: NetsapiensEmulator;
let provider: Provider;
let desired: Org;
let live: LiveOrg;
let readRequests: Array<{ method: string; path: string }>;

const kind = (path: string): string => {
  const p = path.replace(`/domains/${NETSAPIENS_DOMAIN}`, '');
  if (/^\/users\/[^/]+\/answerrules$/.test(p)) return '/users/{user}/answerrules';
  if (/^\/callqueues\/[^/]+\/agents$/.test(p)) return '/callqueues/{callqueue}/agents';
  if (/^\/users\/(?!count$)[^/]+$/.test(p)) return '/users/{user}';
  return p;
};

function histogram(requests: Array<{ method: string; path: string }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of requests) {
    const k = `${r.method} ${kind(r.path)}`;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

beforeAll(async () => {
  desired = netsapiensOrg(USERS, netsapiensConfig('http://127.0.0.1/ns-api/v2', { tokenEnv: TOKEN_ENV }));
  emu = await startEmulator({ seed: netsapiensSeed(desired, NETSAPIENS_DOMAIN) });
  for (const u of emu.state.requireDomain(NETSAPIENS_DOMAIN).users.values()) u['account-status'] = 'standard';
  desired = { ...desired, provider: netsapiensConfig(emu.url, { tokenEnv: TOKEN_ENV }) };
  provider = providerFor(emu, { http: { limits: { concurrency: 16 } } });
  live = await provider.read();
  readRequests = emu.log.requests();
}, 120_000);
afterAll(async () => {
  await provider?.close?.();
  await emu?.close();
});

describe(`read() of ${USERS} users and ${QUEUES} call queues`, () => {
  it('reads everything back', () => {
    expect(live.users).toHaveLength(USERS);
    expect(live.departments).toHaveLength(QUEUES);
    expect(live.schedules).toHaveLength(SCHEDULES);
    expect(live.departments.reduce((n, d) => n + d.data.members.length, 0)).toBe(USERS);
    expect(violations(emu)).toEqual([]);
  });

  it('sends exactly: user pages (queue users included) + count + devices + timeframes + callqueues + one domain-wide agents list + answer rules per user', () => {
    const userPages = Math.ceil((USERS + QUEUES) / PAGE_SIZE); // each queue is backed by a (hidden) system user, listed too
    expect(histogram(readRequests)).toEqual({
      'GET /users': userPages,
      'GET /users/count': 1,
      'GET /devices': 1,
      'GET /timeframes': 1,
      'GET /callqueues': 1,
      'GET /agents': 1,
      'GET /users/{user}/answerrules': USERS,
    });
    expect(readRequests).toHaveLength(userPages + 5 + USERS);
  });

  it('pages users 1000 at a time, and sends no per-user devices request', () => {
    const pages = readRequests.filter((r) => kind(r.path) === '/users').map((r) => (r as { query?: Record<string, string> }).query);
    expect(pages).toEqual([0, 1000, 2000].map((start) => ({ start: String(start), limit: '1000' })));
    expect(readRequests.filter((r) => /\/users\/[^/]+\/devices/.test(r.path))).toEqual([]);
  });

  it('an org in sync plans no action, and plan + apply send only GETs', async () => {
    emu.log.clear();
    const fresh = await provider.read();
    const plan = planFor(provider, desired, fresh);
    expect(plan.actions.map((a) => `${a.kind} ${a.address}`)).toEqual([]);
    const manifest = await applyPlan(plan, provider, { live: fresh });
    expect(manifest.results).toEqual([]);
    const requests = emu.log.requests();
    expect(requests.length).toBe(readRequests.length);
    expect(requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([]);
  }, 120_000);

  it('an apply of renames sends one request per action: a PUT each, no GET (the plan\'s live users are primed)', async () => {
    const fresh = await provider.read();
    const renamed = structuredClone(desired);
    renamed.users.slice(0, 25).forEach((u) => (u.name = `${u.name} Renamed`));
    const plan = planFor(provider, renamed, fresh);
    expect(plan.actions).toHaveLength(25);
    emu.log.clear();
    const manifest = await applyPlan(plan, provider, { live: fresh });
    expect(manifest.counts.succeeded).toBe(25);
    expect(histogram(emu.log.requests())).toEqual({ 'PUT /users/{user}': 25 });
    expect(violations(emu)).toEqual([]);
  }, 120_000);
});
