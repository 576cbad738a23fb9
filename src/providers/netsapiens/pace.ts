import type { VendorPace } from '../pace.js';

/**
 * NetSapiens' default pace. Neither the v2 spec (specs/netsapiens-api-v2.openapi.json: no 429, no
 * rate-limit header) nor any guide found states a limit (docs/vendors/netsapiens.md#rate-limits [NF]).
 * Each reseller runs its own servers, so ringform assumes a modest, even pace: 10 requests a second, 4 at
 * once. A 200-user plan then reads in about half a minute; a tenant with a known higher limit raises it
 * (`provider.limits.rate`, `--rate`).
 */
export const PACE: VendorPace = {
  rate: 10,
  concurrency: 4,
  source: '[I: no limit documented in the spec or guides (docs/vendors/netsapiens.md#rate-limits); a modest assumption for servers each reseller runs itself]',
};
