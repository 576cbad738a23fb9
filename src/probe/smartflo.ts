/**
 * The Smartflo probe: the users' first page, roles, numbers and departments, and one user id that cannot exist
 * (`/v1/user/0`), whose error answer shows the error envelope. Login as the provider does.
 */
import type { ProviderConfig } from '../model/org.js';
import type { HttpClientOptions } from '../providers/http/client.js';
import { SfClient } from '../providers/smartflo/client.js';
import { smartfloEvidence } from '../providers/smartflo/evidence.js';
import { Looker } from './look.js';
import type { VendorProbe } from './types.js';

export function smartfloProbe(config: ProviderConfig, http: Partial<HttpClientOptions>, env: NodeJS.ProcessEnv): VendorProbe {
  const sf = new SfClient(config, { http, env });
  const looker = new Looker((path, query) => sf.inspect(path, query));
  return {
    vendor: 'smartflo',
    ledger: smartfloEvidence,
    endpoints: ['GET /v1/users', 'GET /v1/roles', 'GET /v1/my_number', 'GET /v1/departments', 'GET /v1/user/{id}'],
    observe: async () => [
      await looker.look('GET /v1/users', '/v1/users', { limit: 100 }),
      await looker.look('GET /v1/roles', '/v1/roles'),
      await looker.look('GET /v1/my_number', '/v1/my_number'),
      await looker.look('GET /v1/departments', '/v1/departments'),
      await looker.look('GET /v1/user/{id}', '/v1/user/0'),
    ],
    requests: () => looker.requests,
    close: () => sf.close(),
  };
}
