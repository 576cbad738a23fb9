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
import type { Provider, ReadContext } from '../../contract/provider.js';
import { withReadDeadline } from '../read-guard.js';
import { pageCounter } from '../read-progress.js';
import { performAction } from './apply.js';
import { myoperatorCapabilities } from './capabilities.js';
import { MyoClient } from './client.js';
import { CHECK_EMAIL, readUser, seatsOf, settingsOf, unreadableFields, type MyoSettings } from './mapper.js';
import { requireId, uniqueById, uniqueIdentity } from '../vendor-data.js';

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
    read: (context) => withReadDeadline('myoperator', (deadlineAt) => readOrg(client, settings, deadlineAt, context), opts.env),
    apply: (action, ids) => performAction(client, action, ids),
    close: () => client.close(),
  };
}

/**
 * Users only: the other kinds cannot be read, and the planner reports them as unverified. Every user needs
 * its `uuid` and a valid email (vendor-data.ts); byte-identical repeats count once, with a warning. Fields the
 * listing does not carry are unreadable (reported once, never diffed).
 */
async function readOrg(client: MyoClient, settings: MyoSettings, deadlineAt?: number, context?: ReadContext): Promise<LiveOrg> {
  const source = 'GET /user';
  const listed = await client.listUsers(deadlineAt, pageCounter(context, 'users'));
  listed.forEach((u, i) => requireId('myoperator', source, 'user', i, u.uuid, 'uuid'));
  const warnings: string[] = [];
  const unique = uniqueById('myoperator', source, 'user', listed, (u) => String(u.uuid), warnings);
  const users = unique.map((u) => readUser(u, settings));
  uniqueIdentity('myoperator', source, 'users', users.map((u) => ({ id: u.id, key: u.data.email })), CHECK_EMAIL);
  return {
    ...emptyLiveOrg(),
    users,
    unreadable: unreadableFields(unique),
    ...(warnings.length > 0 ? { warnings } : {}),
    account: { seats: seatsOf(users, settings) },
  };
}
