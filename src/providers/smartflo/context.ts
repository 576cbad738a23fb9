/** What the Smartflo provider keeps between calls: the client, the account lookups, agent ids and ring orders. */
import type { SfClient } from './client.js';
import { KeyedLock } from './lock.js';
import type { Lookups } from './lookups.js';
import { RingOrders } from './ring-order.js';

export interface SfContext {
  sf: SfClient;
  lookups: Lookups;
  /** `provider.vendor.smartflo` as written. */
  vendor: Record<string, unknown>;
  env: NodeJS.ProcessEnv;
  /** user id → agent id, from reads and creates (a department's destinations name agents). */
  agents: Map<string, string>;
  rings: RingOrders;
  /** department id → the ring timeout last written: the API shows it only on agents, so an empty department hides it. */
  timeouts: Map<string, number>;
  /** A department's whole-object PUTs, one at a time. */
  departmentLock: KeyedLock;
}

export function newContext(sf: SfClient, lookups: Lookups, vendor: Record<string, unknown>, env: NodeJS.ProcessEnv): SfContext {
  return { sf, lookups, vendor, env, agents: new Map(), rings: new RingOrders(), timeouts: new Map(), departmentLock: new KeyedLock() };
}
