/**
 * The Tata Smartflo provider (`provider.type: smartflo`). See README.md for the mapping between
 * ringform's model and Smartflo's objects, and capabilities.ts for what is possible.
 */
import type { ProviderConfig } from '../../model/org.js';
import type { HttpClientOptions } from '../http/client.js';
import type { Provider } from '../../contract/provider.js';
import { paceOf, withReadDeadline } from '../read-guard.js';
import { performAction } from './apply.js';
import { smartfloCapabilities } from './capabilities.js';
import { SfClient } from './client.js';
import { newContext } from './context.js';
import { configuredRoles, Lookups } from './lookups.js';
import { readOrg } from './read.js';
import { listAllUsers } from './users.js';

export { smartfloCapabilities } from './capabilities.js';
export { generatePassword } from './password.js';

export interface SmartfloProviderOptions {
  http?: Partial<HttpClientOptions>;
  /** Where `credentials.*Env` and `users[].vendor.smartflo.passwordEnv` are looked up; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** @internal tests of token expiry. */
  clock?: () => number;
  /** @internal tests: the whole-read deadline before it grows (an explicit RINGFORM_READ_DEADLINE_SECONDS still wins). */
  readDeadlineMs?: number;
}

export function createSmartfloProvider(config: ProviderConfig, opts: SmartfloProviderOptions = {}): Provider {
  const sf = new SfClient(config, opts);
  const ctx = newContext(sf, new Lookups(sf, () => listAllUsers(sf), configuredRoles(config.vendor ?? {})), config.vendor ?? {}, opts.env ?? process.env);
  return {
    type: 'smartflo',
    capabilities: smartfloCapabilities(),
    target: config.domain ? `${sf.endpoint} (account ${config.domain})` : sf.endpoint,
    read: (context) => withReadDeadline('smartflo', (_at, deadline) => readOrg(ctx, deadline, context), opts.env, { ratePerSecond: paceOf(opts.http), ...(opts.readDeadlineMs === undefined ? {} : { baseMs: opts.readDeadlineMs }) }),
    apply: (action, ids) => performAction(ctx, action, ids),
    close: () => sf.close(),
  };
}
