/**
 * The Squaretalk provider (`provider.type: squaretalk`). Squaretalk publishes no admin API
 * (docs/vendors/squaretalk.md#no-admin-api): ringform makes no calls at all. `plan` turns org.yaml into
 * an ordered checklist in the panel's terms; given a CSV export of the Users list
 * (`provider.vendor.squaretalk.snapshot`, or `provider.endpoint`, relative to org.yaml), it diffs against
 * it and the checklist holds only what differs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { RingformError } from '../../errors.js';
import { emptyLiveOrg } from '../../model/live.js';
import type { ProviderConfig } from '../../model/org.js';
import type { Provider } from '../../contract/provider.js';
import { planningCapabilities } from './capabilities.js';
import { readSnapshot } from './snapshot.js';

export { planningCapabilities, squaretalkCapabilities } from './capabilities.js';
export { SNAPSHOT_COLUMNS, readSnapshot } from './snapshot.js';

/** The snapshot's absolute path, or null when none is configured. */
export function snapshotPath(config: ProviderConfig): string | null {
  const configured = config.vendor.snapshot ?? config.endpoint;
  if (configured === undefined || configured === null) return null;
  if (typeof configured !== 'string' || configured.trim() === '') {
    throw new RingformError('provider.vendor.squaretalk.snapshot must be the path of a CSV export of the Users list');
  }
  return path.resolve(config.baseDir, configured);
}

export function createSquaretalkProvider(config: ProviderConfig): Provider {
  const snapshot = snapshotPath(config);
  const shown = snapshot === null ? null : path.relative(config.baseDir, snapshot) || snapshot;
  return {
    type: 'squaretalk',
    capabilities: planningCapabilities(snapshot !== null),
    target: shown === null ? 'panel checklist (no snapshot: the org is taken as empty)' : `panel checklist against ${shown}`,
    read: async () => (snapshot === null ? emptyLiveOrg() : readSnapshot(await readText(snapshot, shown!), shown!)),
    apply: async (action) => {
      throw new RingformError(`${action.address}: Squaretalk has no admin API; every action is a manual step`);
    },
  };
}

async function readText(file: string, shown: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new RingformError(`squaretalk: cannot read the snapshot ${shown}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}
