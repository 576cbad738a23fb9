/**
 * The MyOperator provider (`provider.type: myoperator`). The public API covers users only
 * (docs/vendors/myoperator.md#users): ringform reads, creates and updates them, and turns the rest of
 * the org (deleting users, roles, panel access, departments and their members, call-receiving hours,
 * invites) into panel steps. See
 * README.md for the mapping and capabilities.ts for what is possible.
 */
import { emptyLiveOrg, type LiveOrg } from '../../model/live.js';
import type { ProviderConfig } from '../../model/org.js';
import type { HttpClientOptions } from '../http/client.js';
import type { Provider } from '../provider.js';
import { performAction } from './apply.js';
import { myoperatorCapabilities } from './capabilities.js';
import { MyoClient } from './client.js';
import { readUser, settingsOf, unreadableFields, type MyoSettings } from './mapper.js';

export { myoperatorCapabilities } from './capabilities.js';
export { DEFAULT_ENDPOINT as MYOPERATOR_DEFAULT_ENDPOINT } from './client.js';

export interface MyoperatorProviderOptions {
  http?: Partial<HttpClientOptions>;
  /** Where `credentials.tokenEnv` is looked up; default process.env. */
  env?: NodeJS.ProcessEnv;
}

export function createMyoperatorProvider(config: ProviderConfig, opts: MyoperatorProviderOptions = {}): Provider {
  const settings = settingsOf(config.vendor);
  const client = new MyoClient(config, opts);
  return {
    type: 'myoperator',
    capabilities: myoperatorCapabilities(),
    target: client.endpoint,
    read: () => readOrg(client, settings),
    apply: (action, ids) => performAction(client, action, ids),
    close: () => client.close(),
  };
}

/** Users only: the other kinds cannot be read, and the planner reports them as unverified. */
async function readOrg(client: MyoClient, settings: MyoSettings): Promise<LiveOrg> {
  const users = await client.listUsers();
  return { ...emptyLiveOrg(), users: users.map((u) => readUser(u, settings)), unreadable: unreadableFields(users) };
}
