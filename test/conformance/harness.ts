/**
 * What a provider brings to the shared conformance suite (docs/design.md#one-conformance-suite): a way to start an empty
 * vendor organisation (its emulator) and the org it should be able to reconcile. Everything else — plan,
 * apply, convergence, field updates, deletes, manual steps — is the suite's, the same for every vendor.
 */
import type { Org, ProviderConfig, ProviderType } from '../../src/model/org.js';
import type { Provider } from '../../src/contract/provider.js';
import type { LoggedRequest } from '../../src/emulators/request-log.js';

export interface VendorUnderTest {
  config: ProviderConfig;
  /** A new provider instance talking to the same vendor organisation. */
  createProvider(): Promise<Provider>;
  /** Requests the vendor has seen since the last `clearRequests()`, as `METHOD path`; null if not observable. */
  requests(): string[] | null;
  clearRequests(): void;
  /** The emulator's request log with query and (redacted) bodies, for the evidence ledger's test; absent without an emulator. */
  log?(): LoggedRequest[];
  /** Problems with requests the provider sent (e.g. not matching the vendor's OpenAPI spec). */
  violations(): string[];
  close(): Promise<void>;
}

/** A change to make to the desired org, and the field it exercises (for capability-based skipping). */
export interface Mutation {
  name: string;
  kind: 'user' | 'extension' | 'department' | 'schedule' | 'role' | 'member';
  field: string;
  apply(org: Org): void;
}

export interface Harness {
  type: ProviderType;
  /** Which emulator mode, when a vendor runs the suite more than once (`evidence only`). */
  mode?: string;
  /** What the plan must report unverified (`resource.field`, `resource.*` for a whole kind), when the harness pins it. */
  unverified?: string[];
  /** Starts an empty vendor organisation (an emulator on 127.0.0.1, port 0). */
  start(): Promise<VendorUnderTest>;
  /** The org the suite reconciles, built for this vendor's config (use test/plan/builders.ts). */
  org(config: ProviderConfig): Org;
  /** A different org to seed the vendor with first, so the suite also converges from a non-empty start. */
  seedOrg(config: ProviderConfig): Org;
  /** Field updates to try one by one; each must converge (plan → apply → plan is empty) when supported. */
  mutations: Mutation[];
}
