/**
 * Provider registration: one factory per vendor. An explicit switch is the honest size for five
 * providers (docs/design.md#explicit-registries-at-small-scale); each case imports lazily so the
 * CLI loads only the vendor it talks to.
 */
import { RingformError } from '../errors.js';
import type { ProviderConfig } from '../model/org.js';
import type { RequestLogEntry } from './http/client.js';
import { credentialsFileWarning } from './credentials-file.js';
import { assertEndpointAllowed } from './pinning.js';
import type { Provider } from '../contract/provider.js';
import { withHints, type SettingNames } from './hints.js';
import { describePace, pacerFor, resolvePace, type VendorPace } from './pace.js';
import type { HttpClientOptions } from './http/client.js';

/** What the CLI passes to every provider; providers that do no HTTP ignore it. */
export interface CreateProviderOptions {
  /** Called once per HTTP attempt (method, redacted path, status, duration): `--verbose`. */
  onLog?: (entry: RequestLogEntry) => void;
  /** Allow plain http off loopback. */
  insecureHttp?: boolean;
  /** How vendor errors name the settings to check: org.yaml fields (default) or `import`'s flags. */
  settingNames?: SettingNames;
  /** `--timeout`: how long one vendor request may take (default: the HTTP client's 30 s). */
  requestTimeoutMs?: number;
  /** The folder ringform runs in: sandbox files must lie inside it or org.yaml's folder. Default process.cwd(). */
  cwd?: string;
  /** Told about risky but allowed things (a credentials file others can read). */
  onWarning?: (message: string) => void;
  /** Where endpoint pinning (`RINGFORM_ALLOWED_ENDPOINTS`, `RINGFORM_ENDPOINT_<VAR>`) is read; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** `--rate`: requests per second, over provider.limits.rate and the vendor's default (pace.ts). */
  rate?: number;
  /** Told the pace in force and where it comes from (`--verbose`). */
  onPace?: (description: string) => void;
}

/** A provider for `config` whose vendor errors say what to check (src/providers/hints.ts). */
export async function createProvider(config: ProviderConfig, options: CreateProviderOptions = {}): Promise<Provider> {
  return withHints(await providerFor(config, options), config, options.settingNames);
}

async function providerFor(config: ProviderConfig, options: CreateProviderOptions): Promise<Provider> {
  switch (config.type) {
    case 'sandbox': {
      const { createSandboxProvider } = await import('./sandbox/index.js');
      return createSandboxProvider(config, options.cwd);
    }
    case 'netsapiens': {
      // No default: a missing endpoint is the client's own error.
      if (config.endpoint !== null) await guard(config, config.endpoint, options);
      const { createNetsapiensProvider } = await import('./netsapiens/index.js');
      return createNetsapiensProvider(config, { http: pacedHttpOptions(config, options, (await import('./netsapiens/pace.js')).PACE) });
    }
    case 'myoperator': {
      await guard(config, config.endpoint ?? (await import('./myoperator/client.js')).DEFAULT_ENDPOINT, options);
      const { createMyoperatorProvider } = await import('./myoperator/index.js');
      return createMyoperatorProvider(config, { http: pacedHttpOptions(config, options, (await import('./myoperator/pace.js')).PACE) });
    }
    case 'squaretalk': {
      const { createSquaretalkProvider } = await import('./squaretalk/index.js');
      return createSquaretalkProvider(config);
    }
    case 'smartflo': {
      await guard(config, config.endpoint?.trim() || (await import('./smartflo/client.js')).DEFAULT_ENDPOINT, options);
      const { createSmartfloProvider } = await import('./smartflo/index.js');
      return createSmartfloProvider(config, { http: pacedHttpOptions(config, options, (await import('./smartflo/pace.js')).PACE) });
    }
    default:
      return unknownProvider(config.type);
  }
}

/** Before any credential is read or request sent: endpoint pinning (pinning.ts), and a word on an open credentials file. */
export async function guard(config: ProviderConfig, endpoint: string, options: CreateProviderOptions): Promise<void> {
  assertEndpointAllowed(config, endpoint, options.env ?? process.env);
  const warning = await credentialsFileWarning(config);
  if (warning !== null) options.onWarning?.(warning);
}

/** The HTTP client options an HTTP provider takes from CreateProviderOptions (only those given). */
export function httpOptions(options: CreateProviderOptions): { onLog?: CreateProviderOptions['onLog']; insecureHttp?: boolean; totalTimeoutMs?: number } {
  return {
    ...(options.onLog ? { onLog: options.onLog } : {}),
    ...(options.insecureHttp !== undefined ? { insecureHttp: options.insecureHttp } : {}),
    ...(options.requestTimeoutMs !== undefined ? { totalTimeoutMs: options.requestTimeoutMs } : {}),
  };
}

/** httpOptions plus the pace in force: --rate, else provider.limits, else the vendor's default; one pacer for the provider. */
function pacedHttpOptions(config: ProviderConfig, options: CreateProviderOptions, vendorPace: VendorPace): Partial<HttpClientOptions> {
  const pace = resolvePace(vendorPace, config.limits, options.rate);
  options.onPace?.(describePace(pace));
  return { ...httpOptions(options), pacer: pacerFor(config.type, pace, options.onWarning), limits: { concurrency: pace.concurrency } };
}

function unknownProvider(type: never): never {
  throw new RingformError(`unknown provider type ${JSON.stringify(type)}`);
}
