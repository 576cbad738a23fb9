/**
 * A sandbox that pretends to be a weaker vendor, for tests of the planner's manual / unsupported /
 * replace handling and of apply against such a vendor:
 *
 * - users cannot be deleted through the API (a manual step in the panel);
 * - a department's `routing` cannot be set through the API (unsupported);
 * - a user's `extension` cannot change in place (the user is replaced).
 *
 * It also enforces those limits: an action the capabilities rule out is refused with a vendor-style
 * error, so a planner that ignores capabilities fails loudly.
 */
import { RingformError } from '../../src/errors.js';
import type { ProviderConfig } from '../../src/model/org.js';
import {
  fullCapabilities,
  manual,
  replace,
  unsupported,
  type Capabilities,
} from '../../src/model/capabilities.js';
import type { Provider } from '../../src/contract/provider.js';
import { createSandboxProvider } from '../../src/providers/sandbox/index.js';
import type { Action } from '../../src/plan/types.js';

export const USER_DELETE_STEPS = [
  'Sign in to the admin panel as an owner.',
  'Open Users, find {email} and choose Delete.',
  'Confirm that {name} no longer appears in the list.',
];

export function limitedCapabilities(): Capabilities {
  const caps = fullCapabilities();
  caps.user.operations.delete = manual('the API has no endpoint to delete users', ...USER_DELETE_STEPS);
  caps.user.fields.extension = replace('the API cannot move a user to another extension');
  caps.department.fields.routing = unsupported('the API does not expose the routing strategy');
  return caps;
}

export function createLimitedProvider(config: ProviderConfig): Provider {
  const sandbox = createSandboxProvider(config);
  return {
    type: sandbox.type,
    capabilities: limitedCapabilities(),
    target: sandbox.target,
    read: () => sandbox.read(),
    apply: async (action, ids) => {
      refuseBeyondCapabilities(action);
      return sandbox.apply(action, ids);
    },
  };
}

function refuseBeyondCapabilities(action: Action): void {
  if (action.kind === 'delete' && action.resource === 'user') {
    throw new RingformError('405 method not allowed: users cannot be deleted through the API');
  }
  if (action.kind !== 'update') return;
  const fields = action.changes.map((c) => c.field);
  if (action.resource === 'department' && fields.includes('routing')) {
    throw new RingformError('400 bad request: unknown field "routing"');
  }
  if (action.resource === 'user' && fields.includes('extension')) {
    throw new RingformError('409 conflict: a user cannot change extension; delete and create the user');
  }
}
