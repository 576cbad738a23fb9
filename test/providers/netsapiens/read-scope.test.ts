/**
 * The read scope on NetSapiens (plan/read-scope.ts), counted from the emulator's request log: a partly
 * managed domain costs its listings plus one answer-rules list per user whose `receiveCalls` org.yaml
 * manages; agents are read only for declared departments (one domain-wide list, or a queue's own list
 * where the domain list disagrees with the queue's count); and what is not read never becomes an action.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPlan } from '../../../src/apply/engine.js';
import type { NetsapiensEmulator, NetsapiensEmulatorOptions } from '../../../src/emulators/netsapiens/index.js';
import type { LoggedRequest } from '../../../src/emulators/request-log.js';
import type { Org } from '../../../src/model/org.js';
import { addressOf, memberAddress } from '../../../src/model/address.js';
import { readScopeOf } from '../../../src/plan/read-scope.js';
import type { Provider } from '../../../src/contract/provider.js';
import { DEFAULT_TIMEFRAME } from '../../../src/providers/netsapiens/mapper.js';
import { netsapiensOrg, netsapiensSeed } from '../../../bench/netsapiens.js';
import { partlyManagedOrg } from '../../../bench/partial.js';
import { NETSAPIENS_DOMAIN, TOKEN_ENV, netsapiensConfig, planFor, providerFor, startEmulator, violations } from './helpers.js';

const USERS = 400;
const QUEUES = USERS / 20;
const MANAGED = 40;

let emu: NetsapiensEmulator;
let provider: Provider;
let full: Org;

async function boot(opts: NetsapiensEmulatorOptions = {}): Promise<void> {
  full = netsapiensOrg(USERS, netsapiensConfig('http://127.0.0.1/ns-api/v2', { tokenEnv: TOKEN_ENV }));
  emu = await startEmulator({ seed: netsapiensSeed(full, NETSAPIENS_DOMAIN), ...opts });
  for (const u of emu.state.requireDomain(NETSAPIENS_DOMAIN).users.values()) u['account-status'] = 'standard';
  provider = providerFor(emu, { http: { limits: { concurrency: 16 } } });
}

beforeEach(() => boot());
afterEach(async () => {
  await provider?.close?.();
  await emu?.close();
});

const D = `/domains/${NETSAPIENS_DOMAIN}`;
const kind = (path: string): string =>
  path
    .replace(D, '')
    .replace(/^\/users\/[^/]+\/answerrules$/, '/users/{user}/answerrules')
    .replace(/^\/callqueues\/[^/]+\/agents$/, '/callqueues/{callqueue}/agents');

function histogram(requests: LoggedRequest[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of requests) out[`${r.method} ${kind(r.path)}`] = (out[`${r.method} ${kind(r.path)}`] ?? 0) + 1;
  return out;
}

/** The users whose answer rules were read, by extension. */
const rulesReadFor = (requests: LoggedRequest[]): string[] =>
  requests.flatMap((r) => /\/users\/([^/]+)\/answerrules$/.exec(r.path)?.[1] ?? []).sort();

/** read with the scope of `desired`, as plan and apply do (shell/make-plan.ts). */
async function scopedPlan(desired: Org) {
  emu.log.clear();
  const live = await provider.read({ scope: readScopeOf(desired) });
  const requests = emu.log.requests();
  return { live, requests, plan: planFor(provider, desired, live) };
}

const LISTINGS = { 'GET /users': 1, 'GET /users/count': 1, 'GET /devices': 1, 'GET /timeframes': 1, 'GET /callqueues': 1 };
const extensionsOf = (org: Org): string[] => org.users.map((u) => u.extension!).sort();

/** The DND default rule: receiveCalls `never`. */
function setNever(extension: string): void {
  emu.state.requireDomain(NETSAPIENS_DOMAIN).answerrules.set(extension, [{ 'time-frame': DEFAULT_TIMEFRAME, enabled: 'yes', 'do-not-disturb': { enabled: 'yes' } }]);
}

describe(`read scope: ${USERS} users, org.yaml manages ${MANAGED}`, () => {
  it('prune off: the listings, and answer rules for the declared users only; no agents; in sync; the rest counted as unmanaged', async () => {
    const desired = { ...partlyManagedOrg(full, MANAGED), provider: full.provider };
    const { live, requests, plan } = await scopedPlan(desired);
    expect(histogram(requests)).toEqual({ ...LISTINGS, 'GET /users/{user}/answerrules': MANAGED });
    expect(rulesReadFor(requests)).toEqual(extensionsOf(desired));
    expect(live.users).toHaveLength(USERS);
    expect(live.users.filter((u) => u.unread?.includes('receiveCalls'))).toHaveLength(USERS - MANAGED);
    expect(live.departments.every((d) => d.unread?.includes('members'))).toBe(true);
    expect(plan.actions.map((a) => `${a.kind} ${a.address}`)).toEqual([]);
    expect(plan.unmanaged.filter((u) => u.address.startsWith('user['))).toHaveLength(USERS - MANAGED);
    expect(violations(emu)).toEqual([]);
  });

  it('prune.users on with settings.ignore on the rest: the same requests, and nothing deleted', async () => {
    const desired = { ...partlyManagedOrg(full, MANAGED, { ignoreRest: true }), provider: full.provider };
    const { requests, plan } = await scopedPlan(desired);
    expect(desired.settings.ignore.length).toBeLessThan(20);
    expect(histogram(requests)).toEqual({ ...LISTINGS, 'GET /users/{user}/answerrules': MANAGED });
    expect(plan.actions.map((a) => `${a.kind} ${a.address}`)).toEqual([]);
    expect(plan.unmanaged.filter((u) => u.address.startsWith('user[') && u.reason === 'ignored')).toHaveLength(USERS - MANAGED);
  });

  it('prune.users on without ignore: every user is read in full, and each delete shows the record as read', async () => {
    const partial = partlyManagedOrg(full, MANAGED);
    const desired = { ...partial, provider: full.provider, settings: { ...partial.settings, prune: { ...partial.settings.prune, users: true } } };
    const { requests, plan } = await scopedPlan(desired);
    // prune.users also needs every queue's members: a deleted user leaves its queues first (members.ts).
    expect(histogram(requests)).toEqual({ ...LISTINGS, 'GET /agents': 1, 'GET /users/{user}/answerrules': USERS });
    const deletes = plan.actions.filter((a) => a.kind === 'delete' && a.resource === 'user');
    expect(deletes).toHaveLength(USERS - MANAGED);
    expect(deletes.every((a) => 'before' in a && typeof (a.before as Record<string, unknown>).receiveCalls === 'string')).toBe(true);
  });

  it('what is not read never diffs: unmanaged users and a left-out receiveCalls (and forwarding) change live, and no rule is read for them', async () => {
    const partial = partlyManagedOrg(full, MANAGED);
    const leftOut = partial.users[0]!;
    // Both fields that live in answer rules are left out (issue 19: forwarding is answer rules too).
    const desired = { ...partial, provider: full.provider, unset: { ...partial.unset, user: { [leftOut.email]: ['receiveCalls', 'forwarding'] } } };
    setNever(leftOut.extension!);
    for (const u of full.users.slice(MANAGED, MANAGED + 25)) setNever(u.extension!);
    const { live, requests, plan } = await scopedPlan(desired);
    expect(rulesReadFor(requests)).not.toContain(leftOut.extension);
    expect(rulesReadFor(requests)).toHaveLength(MANAGED - 1);
    expect(live.users.find((u) => u.id === leftOut.extension)!.unread).toEqual(['receiveCalls', 'forwarding']);
    expect(plan.actions).toEqual([]);
  });

  it('a left-out receiveCalls with a managed forwarding: the rules are read (forwarding needs them), receiveCalls still never diffs', async () => {
    const partial = partlyManagedOrg(full, MANAGED);
    const leftOut = partial.users[0]!;
    const desired = { ...partial, provider: full.provider, unset: { ...partial.unset, user: { [leftOut.email]: ['receiveCalls'] } } };
    setNever(leftOut.extension!);
    const { requests, plan } = await scopedPlan(desired);
    expect(rulesReadFor(requests)).toContain(leftOut.extension);
    expect(plan.actions).toEqual([]);
  });

  it('a managed receiveCalls is read and compared: a live change is one update', async () => {
    const desired = { ...partlyManagedOrg(full, MANAGED), provider: full.provider };
    const changed = desired.users[3]!;
    setNever(changed.extension!);
    const { plan } = await scopedPlan(desired);
    expect(plan.actions.map((a) => `${a.kind} ${a.address}`)).toEqual([`update ${addressOf('user', changed.email)}`]);
  });

  it('a user whose number changes is read in full even with receiveCalls left out (the re-create carries the live value)', async () => {
    const partial = partlyManagedOrg(full, MANAGED);
    const moved = partial.users[5]!;
    const desired: Org = {
      ...partial,
      provider: full.provider,
      users: partial.users.map((u) => (u === moved ? { ...u, extension: '199999' } : u)),
      extensions: [...partial.extensions, { ...partial.extensions[0]!, number: '199999' }],
      unset: { ...partial.unset, user: { [moved.email]: ['receiveCalls', 'forwarding'] } },
    };
    const { requests } = await scopedPlan(desired);
    expect(rulesReadFor(requests)).toContain(moved.extension);
  });
});

describe('read scope: declared departments', () => {
  /** The first two departments (their members are the first 40 users) declared, the other queues not. */
  function withTwoDepartments(): Org {
    return { ...partlyManagedOrg(full, MANAGED), provider: full.provider, departments: full.departments.slice(0, 2) };
  }

  it('two declared queues: one domain-wide agents list, no queue read on its own; in sync', async () => {
    const { live, requests, plan } = await scopedPlan(withTwoDepartments());
    expect(histogram(requests)).toEqual({ ...LISTINGS, 'GET /agents': 1, 'GET /users/{user}/answerrules': MANAGED });
    expect(live.departments.filter((d) => !d.unread)).toHaveLength(2);
    expect(live.departments.filter((d) => d.unread?.includes('members'))).toHaveLength(QUEUES - 2);
    expect(plan.actions).toEqual([]);
  });

  it('one declared queue: its own agents list only', async () => {
    const desired = { ...withTwoDepartments(), departments: full.departments.slice(0, 1) };
    const { requests, plan } = await scopedPlan(desired);
    expect(histogram(requests)).toEqual({ ...LISTINGS, 'GET /callqueues/{callqueue}/agents': 1, 'GET /users/{user}/answerrules': MANAGED });
    expect(requests.filter((r) => kind(r.path) === '/callqueues/{callqueue}/agents').map((r) => r.path)).toEqual([`${D}/callqueues/${full.departments[0]!.extension}/agents`]);
    expect(plan.actions).toEqual([]);
  });

  it('members are compared for declared queues, never for undeclared ones', async () => {
    const d = emu.state.requireDomain(NETSAPIENS_DOMAIN);
    const [first, , third] = full.departments;
    const removed = first!.members[0]!;
    d.agents.get(first!.extension!)!.clear();
    d.agents.get(third!.extension!)!.clear();
    const { plan } = await scopedPlan(withTwoDepartments());
    expect(plan.actions.filter((a) => a.kind === 'add-member')).toHaveLength(first!.members.length);
    expect(plan.actions.map((a) => a.address)).toContain(memberAddress(first!.name, removed.user));
    expect(plan.actions.some((a) => a.address.includes(third!.name))).toBe(false);
  });

  it('a queue whose count disagrees with the domain-wide list is read on its own', async () => {
    await provider.close?.();
    await emu.close();
    const stale = full.departments[1]!.extension!;
    await boot({ staleDomainAgents: [stale] });
    const { live, requests, plan } = await scopedPlan(withTwoDepartments());
    expect(histogram(requests)).toEqual({ ...LISTINGS, 'GET /agents': 1, 'GET /callqueues/{callqueue}/agents': 1, 'GET /users/{user}/answerrules': MANAGED });
    expect(requests.filter((r) => kind(r.path) === '/callqueues/{callqueue}/agents').map((r) => r.path)).toEqual([`${D}/callqueues/${stale}/agents`]);
    expect(live.departments.find((x) => x.id === stale)!.data.members).toHaveLength(20);
    expect(plan.actions).toEqual([]);
  });

  it('without a scope (import, drift) everything is read, as before', async () => {
    emu.log.clear();
    const live = await provider.read();
    expect(histogram(emu.log.requests())).toEqual({ ...LISTINGS, 'GET /agents': 1, 'GET /users/{user}/answerrules': USERS });
    expect(live.users.some((u) => u.unread) || live.departments.some((d) => d.unread)).toBe(false);
  });
});

describe('apply sends no probe of what the read showed absent', () => {
  it('a new user with a new web extension: no GET of the user or its device, no request answered 404', async () => {
    const partial = partlyManagedOrg(full, MANAGED);
    const newcomer = { ...partial.users[0]!, email: 'newcomer@bench.example', extension: '150000', receiveCalls: 'always', name: 'New Comer' };
    const desired: Org = {
      ...partial,
      provider: full.provider,
      users: [...partial.users, newcomer],
      extensions: [...partial.extensions, { number: '150000', type: 'web', forceLogin: false, callerId: null, device: null, vendor: {} }],
    };
    const live = await provider.read({ scope: readScopeOf(desired) });
    const plan = planFor(provider, desired, live);
    expect(plan.actions.map((a) => `${a.kind} ${a.address}`).sort()).toEqual([`create ${addressOf('extension', '150000')}`, `create ${addressOf('user', 'newcomer@bench.example')}`, `invite ${addressOf('user', 'newcomer@bench.example')}`]);
    emu.log.clear();
    const manifest = await applyPlan(plan, provider, { live });
    expect(manifest.counts.succeeded).toBe(3);
    const requests = emu.log.requests();
    expect(requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual([]);
    expect(requests.filter((r) => r.status === 404)).toEqual([]);
  });

  it('pruning users and their web extensions: a DELETE per user, none for devices the read showed absent', async () => {
    const kept = USERS - 5;
    const partial = partlyManagedOrg(full, kept);
    const prune = { ...partial.settings.prune, users: true, extensions: true };
    const desired: Org = { ...partial, provider: full.provider, settings: { ...partial.settings, prune } };
    const live = await provider.read({ scope: readScopeOf(desired) });
    const plan = planFor(provider, desired, live);
    const gone = full.users.slice(kept);
    expect(plan.actions.filter((a) => a.kind === 'delete').map((a) => a.address).sort()).toEqual(
      [...gone.map((u) => addressOf('user', u.email)), ...gone.map((u) => addressOf('extension', u.extension!))].sort(),
    );
    emu.log.clear();
    const manifest = await applyPlan(plan, provider, { live });
    expect(manifest.counts.failed).toBe(0);
    const writes = emu.log.requests().filter((r) => r.method !== 'GET' && !r.path.includes('/agents/'));
    expect(writes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(gone.map((u) => `DELETE ${D}/users/${u.extension}`).sort());
    expect(emu.log.requests().filter((r) => r.status === 404)).toEqual([]);
  });
});
