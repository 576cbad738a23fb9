/**
 * An instrumented in-memory provider for apply-engine tests: records when each action starts and ends,
 * how many ran at once, and the ids it was given; fails the addresses it is told to.
 */
import { RingformError } from '../../src/errors.js';
import { emptyLiveOrg } from '../../src/model/live.js';
import { fullCapabilities } from '../../src/model/capabilities.js';
import type { ApplyResult, IdResolver, Provider } from '../../src/contract/provider.js';
import type { Action } from '../../src/plan/types.js';

export interface FakeProviderOptions {
  /** Addresses whose action throws `failure(address)`. */
  failOn?: string[];
  /** How long each call takes (ms); default a few ms, varied so completion order differs from start order. */
  delay?: (action: Action) => number;
  /** Called when an action starts, e.g. to abort a controller mid-apply. */
  onStart?: (action: Action) => void;
}

export interface FakeProvider extends Provider {
  readonly started: string[];
  readonly finished: string[];
  readonly maxConcurrent: number;
  /** What `ids(address)` returned for each action's address, when it ran. */
  readonly seenIds: Map<string, string | undefined>;
}

export function failure(address: string): string {
  return `500 server error: could not apply ${address}`;
}

export function createFakeProvider(opts: FakeProviderOptions = {}): FakeProvider {
  const started: string[] = [];
  const finished: string[] = [];
  const seenIds = new Map<string, string | undefined>();
  let active = 0;
  let maxConcurrent = 0;
  let created = 0;
  const delay = opts.delay ?? ((a: Action) => 1 + (Number(a.id) % 3) * 2);

  async function apply(action: Action, ids: IdResolver): Promise<ApplyResult> {
    started.push(action.id);
    seenIds.set(action.address, ids(action.address));
    opts.onStart?.(action);
    active++;
    maxConcurrent = Math.max(maxConcurrent, active);
    try {
      await new Promise((r) => setTimeout(r, delay(action)));
      if (opts.failOn?.includes(action.address)) throw new RingformError(failure(action.address));
      return action.kind === 'create' || action.kind === 'replace' ? { id: `fake-${++created}` } : {};
    } finally {
      active--;
      finished.push(action.id);
    }
  }

  return {
    type: 'sandbox',
    capabilities: fullCapabilities(),
    target: 'fake',
    read: async () => emptyLiveOrg(),
    apply,
    started,
    finished,
    seenIds,
    get maxConcurrent() {
      return maxConcurrent;
    },
  };
}
