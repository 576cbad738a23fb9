/** The vendors `ringform probe` knows: one case each (the HTTP providers with an evidence ledger). */
import { RingformError } from '../errors.js';
import type { ProviderConfig } from '../model/org.js';
import { DEFAULT_ENDPOINT as MYOPERATOR_ENDPOINT } from '../providers/myoperator/client.js';
import { guard, httpOptions, type CreateProviderOptions } from '../providers/registry.js';
import { DEFAULT_ENDPOINT as SMARTFLO_ENDPOINT } from '../providers/smartflo/client.js';
import { myoperatorProbe } from './myoperator.js';
import { netsapiensProbe } from './netsapiens.js';
import { smartfloProbe } from './smartflo.js';
import type { VendorProbe } from './types.js';

export const PROBED_VENDORS = ['netsapiens', 'smartflo', 'myoperator'] as const;

/** Endpoint pinning and the credentials-file warning come first, as for every provider (registry.ts). */
export async function openProbe(config: ProviderConfig, options: CreateProviderOptions = {}): Promise<VendorProbe> {
  const http = httpOptions(options);
  const env = options.env ?? process.env;
  switch (config.type) {
    case 'netsapiens':
      if (config.endpoint !== null) await guard(config, config.endpoint, options);
      return netsapiensProbe(config, http, env);
    case 'smartflo':
      await guard(config, config.endpoint?.trim() || SMARTFLO_ENDPOINT, options);
      return smartfloProbe(config, http, env);
    case 'myoperator':
      await guard(config, config.endpoint ?? MYOPERATOR_ENDPOINT, options);
      return myoperatorProbe(config, http, env);
    default:
      throw new RingformError(`ringform probe checks ${PROBED_VENDORS.join(', ')}; provider.type ${config.type} has no vendor API of which ringform assumes anything unsourced`);
  }
}
