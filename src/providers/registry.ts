/**
 * Provider registration: one factory per vendor. An explicit switch is the honest size for five
 * providers (docs/design.md#explicit-registries-at-small-scale); each case imports lazily so the
 * CLI loads only the vendor it talks to.
 */
import { RingformError } from '../errors.js';
import type { ProviderConfig } from '../model/org.js';
import type { RequestLogEntry } from './http/client.js';
import type { Provider } from './provider.js';
import { withHints, type SettingNames } from './hints.js';

/** What the CLI passes to every provider; providers that do no HTTP ignore it. */
export interface CreateProviderOptions {
  /** Called once per HTTP attempt (method, redacted path, status, duration): `--verbose`. */
  onLog?: (entry: RequestLogEntry) => void;
  /** Allow plain http off loopback. */
  insecureHttp?: boolean;
  /** How vendor errors name the settings to check: org.yaml fields (default) or `import`'s flags. */
  settingNames?: SettingNames;
}

/** A provider for `config` whose vendor errors say what to check (src/providers/hints.ts). */
export async function createProvider(config: ProviderConfig, options: CreateProviderOptions = {}): Promise<Provider> {
  return withHints(await providerFor(config, options), config, options.settingNames);
}

async function providerFor(config: ProviderConfig, options: CreateProviderOptions): Promise<Provider> {
  switch (config.type) {
    case 'sandbox': {
      const { createSandboxProvider } = await import('./sandbox/index.js');
      return createSandboxProvider(config);
    }
    case 'netsapiens': {
      const { createNetsapiensProvider } = await import('./netsapiens/index.js');
      return createNetsapiensProvider(config, { http: httpOptions(options) });
    }
    case 'myoperator': {
      const { createMyoperatorProvider } = await import('./myoperator/index.js');
      return createMyoperatorProvider(config, { http: httpOptions(options) });
    }
    case 'squaretalk': {
      const { createSquaretalkProvider } = await import('./squaretalk/index.js');
      return createSquaretalkProvider(config);
    }
    case 'smartflo': {
      const { createSmartfloProvider } = await import('./smartflo/index.js');
      return createSmartfloProvider(config, { http: httpOptions(options) });
    }
    default:
      return unknownProvider(config.type);
  }
}

/** The HTTP client options an HTTP provider takes from CreateProviderOptions (only those given). */
export function httpOptions(options: CreateProviderOptions): { onLog?: CreateProviderOptions['onLog']; insecureHttp?: boolean } {
  return {
    ...(options.onLog ? { onLog: options.onLog } : {}),
    ...(options.insecureHttp !== undefined ? { insecureHttp: options.insecureHttp } : {}),
  };
}

function unknownProvider(type: never): never {
  throw new RingformError(`unknown provider type ${JSON.stringify(type)}`);
}
