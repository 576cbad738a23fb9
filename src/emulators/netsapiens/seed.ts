/** `EmulatorSeed`: plain JSON of wire objects per domain, loadable from a file. */
import { isRecord, loadingSeed, readSeedJson, SeedError } from '../seed-file.js';
import { createAgent } from './agents.js';
import { createRule } from './answerrules.js';
import { createQueue } from './callqueues.js';
import { createDevice } from './devices.js';
import type { NsState, Wire } from './state.js';
import { createTimeframe } from './timeframes.js';
import { createUser } from './users.js';

export interface DomainSeed {
  users?: Wire[];
  /** user → devices */
  devices?: Record<string, Wire[]>;
  callqueues?: Wire[];
  /** callqueue → agents */
  agents?: Record<string, Wire[]>;
  timeframes?: Wire[];
  /** user → answer rules */
  answerrules?: Record<string, Wire[]>;
}

export interface EmulatorSeed {
  domains: Record<string, DomainSeed>;
}

export function readSeedFile(file: string): EmulatorSeed {
  const seed = readSeedJson(file);
  if (!isRecord(seed) || !isRecord(seed.domains)) throw new SeedError(`seed file ${file}: a NetSapiens seed needs a "domains" object (domain name → users, devices, ...)`);
  for (const [name, domain] of Object.entries(seed.domains)) {
    if (!isRecord(domain)) throw new SeedError(`seed file ${file}: domains.${name} must be an object`);
  }
  return seed as unknown as EmulatorSeed;
}

/** Seed objects go through the same create paths as the API, so defaults and 409s apply. */
export function applySeed(state: NsState, seed: EmulatorSeed, autoQueueUser: boolean): void {
  for (const [name, s] of Object.entries(seed.domains)) loadingSeed(`domain ${name}`, () => applyDomain(state, name, s, autoQueueUser));
}

function applyDomain(state: NsState, name: string, s: DomainSeed, autoQueueUser: boolean): void {
  const d = state.ensureDomain(name);
  for (const u of s.users ?? []) createUser(state, d, u);
  for (const [user, list] of Object.entries(s.devices ?? {})) {
    state.requireUser(name, user);
    for (const dev of list) createDevice(state, d, user, dev);
  }
  for (const q of s.callqueues ?? []) createQueue(state, d, q, autoQueueUser);
  for (const [queue, list] of Object.entries(s.agents ?? {})) {
    if (!d.callqueues.has(queue)) throw new SeedError(`seed domain ${name}: agents for unknown callqueue ${queue}`);
    for (const a of list) createAgent(state, d, queue, a);
  }
  for (const tf of s.timeframes ?? []) createTimeframe(state, d, tf);
  for (const [user, list] of Object.entries(s.answerrules ?? {})) {
    state.requireUser(name, user);
    for (const r of list) createRule(state, d, user, r);
  }
}
