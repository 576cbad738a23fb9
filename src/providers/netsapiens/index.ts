/**
 * The NetSapiens v2 provider (`provider.type: netsapiens`). See README.md for the mapping between
 * ringform's model and the vendor's objects, and capabilities.ts for what is possible.
 */
import type { ProviderConfig } from '../../model/org.js';
import type { HttpClientOptions } from '../http/client.js';
import type { Provider } from '../../contract/provider.js';
import { paceOf, withReadDeadline } from '../read-guard.js';
import { KeyedLock, performAction } from './apply.js';
import { netsapiensCapabilities } from './capabilities.js';
import { NsClient, type NsClientOptions } from './client.js';
import type { PendingExtensions } from './extensions.js';
import { readOrg } from './read.js';

export { netsapiensCapabilities } from './capabilities.js';

export interface NetsapiensProviderOptions {
  http?: Partial<HttpClientOptions>;
  /** Where `credentials.*Env` are looked up; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** @internal tests of token expiry. */
  clock?: () => number;
  /** @internal tests: the whole-read deadline before it grows with the pace, in place of the 900 s default (read-guard.ts). */
  readDeadlineMs?: number;
}

export function createNetsapiensProvider(config: ProviderConfig, opts: NetsapiensProviderOptions = {}): Provider {
  const clientOptions: NsClientOptions = { ...opts };
  const ns = new NsClient(config, clientOptions);
  const pending: PendingExtensions = new Map();
  const userLock = new KeyedLock();
  return {
    type: 'netsapiens',
    capabilities: netsapiensCapabilities(),
    target: `${ns.endpoint} (domain ${ns.domain})`,
    // The deadline grows with the answer-rule lists the read announces, at the pace (read-guard.ts ReadDeadline).
    read: (context) => withReadDeadline('netsapiens', (_at, deadline) => readOrg(ns, deadline, context), opts.env, { ratePerSecond: paceOf(opts.http), ...(opts.readDeadlineMs === undefined ? {} : { baseMs: opts.readDeadlineMs }) }),
    // The users the plan saw: PUTs take their required fields from these instead of a GET each.
    prime: (live) => {
      for (const u of live.users) if (isWire(u.raw)) ns.knownUsers.set(u.id, u.raw);
    },
    apply: (action, ids) => performAction({ ns, pending, userLock }, action, ids),
    close: () => ns.close(),
  };
}

function isWire(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}
