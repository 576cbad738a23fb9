/**
 * Provider registration: one factory per vendor. An explicit switch is the honest size for five
 * providers (STYLE.md, "generated registries only pay off at scale"); each case imports lazily so the
 * CLI loads only the vendor it talks to.
 */
import { RingformError } from '../errors.js';
import type { ProviderConfig } from '../model/org.js';
import type { Provider } from './provider.js';

export async function createProvider(config: ProviderConfig): Promise<Provider> {
  switch (config.type) {
    case 'sandbox': {
      const { createSandboxProvider } = await import('./sandbox/index.js');
      return createSandboxProvider(config);
    }
    case 'netsapiens': {
      const { createNetsapiensProvider } = await import('./netsapiens/index.js');
      return createNetsapiensProvider(config);
    }
    case 'smartflo':
    case 'myoperator':
    case 'squaretalk':
      throw new RingformError(`provider ${config.type} is not implemented yet`);
    default:
      return unknownProvider(config.type);
  }
}

function unknownProvider(type: never): never {
  throw new RingformError(`unknown provider type ${JSON.stringify(type)}`);
}
