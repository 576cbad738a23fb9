/**
 * The provider contract (docs/design.md#small-provider-contract): small on purpose. A provider reads live state into the
 * neutral model, performs one planned action at a time, and declares what it can do as data. Providers
 * know nothing of the planner; the planner knows nothing of HTTP.
 */
import type { LiveOrg } from '../model/live.js';
import type { ProviderType } from '../model/org.js';
import type { Action } from '../plan/types.js';
import type { Capabilities } from '../model/capabilities.js';
import type { ReadScope } from '../plan/read-scope.js';

/** Resolves an address to the vendor id of the object, from live state or from an earlier action's result. */
export type IdResolver = (address: string) => string | undefined;

export interface ApplyResult {
  /** The vendor id of the object the action created (or now refers to), if any. */
  id?: string;
}

/**
 * How far a read has got, for the progress line: `users` page 3, `answer rules` 412 of 1,000. `done` counts
 * what has been read; a kind is finished when `done` reaches `total`. Pages whose total the vendor does not
 * say report `total: null` until the last one, then `total: done`.
 */
export interface ReadProgress {
  /** What is being read, plural and in the vendor's terms: `users`, `answer rules`, `user details`. */
  what: string;
  done: number;
  total: number | null;
  /** `page`: done and total count pages, not objects. */
  unit?: 'page';
}

/** What the caller of `read` passes in. Everything is optional: a provider that reports nothing still works. */
export interface ReadContext {
  progress?(event: ReadProgress): void;
  /**
   * What the plan can use (plan/read-scope.ts): per-object detail outside it is not read, and each field
   * skipped is named in the live object's `unread`. Absent: read everything (import, drift).
   */
  scope?: ReadScope;
}

export interface Provider {
  readonly type: ProviderType;
  readonly capabilities: Capabilities;
  /** Where the provider points, for display: an endpoint and domain, never a credential. */
  readonly target: string | null;
  read(context?: ReadContext): Promise<LiveOrg>;
  /** Performs one action. Never called with a `manual` action. Throws a RingformError on failure. */
  apply(action: Action, ids: IdResolver): Promise<ApplyResult>;
  /**
   * Optional: before an apply, the live state the plan was computed from (with each object's `raw` vendor
   * object), so a provider can take what it needs from it instead of a lookup per action
   * (docs/design.md#the-vendor-object-travels-with-the-record: "the normalised record keeps the vendor
   * object so that apply needs no second lookup").
   */
  prime?(live: LiveOrg): void;
  close?(): Promise<void>;
}
