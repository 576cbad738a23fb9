/**
 * The vendor emulators that ship in the product (`ringform emulate VENDOR`): real HTTP servers on
 * 127.0.0.1 that behave like the vendor's API, for trying ringform and for its tests. One case per vendor.
 */
import { RingformError } from '../errors.js';

export interface EmulateOptions {
  port: number;
  seedFile?: string;
  faults?: string;
  /** Vendor-data corruptions (corruptions.ts), e.g. `kinds=null-email,rate=0.5`. */
  corrupt?: string | undefined;
  /** A fixed API token to accept (default: a generated one, printed at start). */
  token?: string;
  /**
   * Only what public sources document exists: Smartflo has no GET /v1/roles and takes sticky_agent only as
   * documented; MyOperator's list lacks extension and country_code and its create answer lacks the user;
   * NetSapiens answers carry only the fields the spec's response schemas declare.
   */
  evidenceOnly?: boolean;
  /** Requests per second accepted; over it, 429 with Retry-After (rate-limit.ts). Default none. */
  rateLimit?: number | undefined;
}

export interface RunningEmulator {
  close(): Promise<void>;
}

export type Printer = { stdout: { write(s: string): void } };

import { EMULATED_VENDORS } from '../model/vendors.js';

export { EMULATED_VENDORS };

export async function startEmulator(vendor: string, opts: EmulateOptions, io: Printer): Promise<RunningEmulator> {
  switch (vendor) {
    case 'netsapiens': {
      const { emulateNetsapiens } = await import('./netsapiens/cli.js');
      return emulateNetsapiens(opts, io);
    }
    case 'smartflo': {
      const { emulateSmartflo } = await import('./smartflo/cli.js');
      return emulateSmartflo(opts, io);
    }
    case 'myoperator': {
      const { emulateMyoperator } = await import('./myoperator/cli.js');
      return emulateMyoperator(opts, io);
    }
    default:
      throw new RingformError(`no emulator for ${JSON.stringify(vendor)}; emulated vendors: ${EMULATED_VENDORS.join(', ')}`);
  }
}
