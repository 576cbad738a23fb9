/**
 * The vendors the reliability tests run against, as data: every vendor-facing reliability test iterates
 * `reliabilityVendors()`. An entry knows how to start its vendor (an emulator on 127.0.0.1, or the
 * sandbox's state file), inject faults, count duplicates and snapshot state, and turn a random `Side`
 * into an org it can represent. Vendors whose emulator and provider have not landed yet are loaded
 * dynamically and left out when absent (vendors/*.ts), so these tests never break on a missing module.
 */
import type { Org, ProviderConfig } from '../../src/model/org.js';
import type { Provider } from '../../src/contract/provider.js';

export interface FaultStats {
  /** Requests the vendor saw (HTTP requests; for the sandbox, provider calls). */
  requests: number;
  /** Requests that got a fault, by kind. */
  faults: Record<string, number>;
  /** Requests answered 401 because an access token had expired (vendors with tokens). */
  tokenExpiries: number;
  /** Attempts after the first, as the HTTP client logged them. */
  retries: number;
}

/** One object of the vendor's state and the plan addresses it belongs to. */
export interface StateEntry {
  key: string;
  addresses: string[];
  json: string;
}

export interface CaseOptions {
  /** Seed of the vendor's fault injector. */
  seed: number;
  /** Authenticate with expiring access tokens (vendors that have them) instead of an API key. */
  expiringTokens: boolean;
}

export interface VendorRun {
  config: ProviderConfig;
  /** A provider with a fast retry policy; its HTTP attempts are counted in stats().retries. */
  provider(): Provider;
  /** Turns faults on (about `rate` of requests) or off. */
  faults(on: boolean): void;
  stats(): FaultStats;
  /** Emails (or names) that exist more than once: users by email, departments by name or number, schedules by name. */
  duplicates(): Promise<string[]>;
  snapshot(): Promise<StateEntry[]>;
  /** Requests the vendor has seen so far (0 when not observable). */
  requestCount(): number;
  /** Puts users straight into the vendor's state (owners too, which no provider creates). */
  seedUsers(users: Array<{ email: string; name: string; extension: string; role: 'agent' | 'admin' | 'owner' }>): Promise<void>;
  /** Every request takes this long (0: none), so an interruption lands mid-apply. */
  slow(ms: number): void;
  /**
   * The `provider:` block of an org.yaml for the CLI, the folder to write it in, the environment it needs,
   * and how long after the plan is shown a signal still lands mid-apply (the child runs unslowed). The block
   * sets `limits: {rate: 1000, concurrency: 8}`, the pace these runs were calibrated at (before vendor
   * defaults): they test interruption and safety; pacing has its own tests and bench/paced.ts.
   */
  cli(): { providerYaml: string; dir: string; env: Record<string, string>; interruptWindowMs: number };
  close(): Promise<void>;
}

export interface ReliabilityVendor {
  type: string;
  /** The fraction of requests faulted while faults are on. */
  faultRate: number;
  /** What faults this vendor's runs inject, for the report. */
  faultKinds: string[];
  start(opts: CaseOptions): Promise<VendorRun>;
  /**
   * Extensions whose create the provider defers until their user is created (NetSapiens: a device is
   * made with its user). Such a create is reported done even when the user's create then fails; the
   * user's failure is reported, and the next apply creates both.
   */
  defersExtensionToUser?: boolean;
  /** Fills in what this vendor needs of an org written by a test (phones, no numbers, ...). */
  adapt?(org: Org): Org;
  /** Whether deletes go through the API (else they are manual steps). Default true. */
  apiDeletes?: boolean;
  /** The org for one side of a random case, as this vendor can represent it. */
  orgOf(side: import('./sample.js').Side, config: ProviderConfig, prune: boolean): Org;
}

/** Known vendors: built in, and those loaded if their modules exist. */
export async function reliabilityVendors(): Promise<ReliabilityVendor[]> {
  const out: ReliabilityVendor[] = [];
  out.push((await import('./vendors/sandbox.js')).sandboxVendor);
  out.push((await import('./vendors/netsapiens.js')).netsapiensVendor);
  for (const name of ['smartflo', 'myoperator']) {
    const found = await optional(name);
    if (found) out.push(found);
  }
  const only = process.env['RELIABILITY_VENDORS'];
  return only ? out.filter((v) => only.split(',').includes(v.type)) : out;
}

async function optional(name: string): Promise<ReliabilityVendor | null> {
  try {
    const mod = (await import(/* @vite-ignore */ `./vendors/${name}.js`)) as { vendor?: () => Promise<ReliabilityVendor | null> };
    return (await mod.vendor?.()) ?? null;
  } catch (err) {
    if (process.env['RELIABILITY_DEBUG']) console.warn(`[reliability] ${name} left out: ${(err as Error).message}`);
    return null;
  }
}
