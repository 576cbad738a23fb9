/**
 * Checksums link a reviewed plan to the inputs it was computed from (docs/design.md#checksummed-saved-plans, octoDNS's
 * `--checksum`): sha256 of canonical JSON, so key order and machine-specific paths never change them.
 */
import { createHash } from 'node:crypto';
import type { LiveOrg } from '../model/live.js';
import type { Org } from '../model/org.js';
import { canonicalJson } from './canonical.js';

export function checksum(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/**
 * The desired org without `provider.baseDir`: the same org.yaml checked out elsewhere plans the same.
 * Nor `provider.limits`: how fast ringform talks to the vendor never changes what apply does.
 */
export function desiredChecksum(desired: Org): string {
  const { baseDir: _baseDir, limits: _limits, ...provider } = desired.provider;
  // settings.coverage only decides how validate reports coverage, never what apply does: not part of the sum.
  const { coverage: _coverage, ...settings } = desired.settings;
  return checksum({ ...desired, provider, settings });
}

/** The live org without each object's vendor `raw` (it may carry volatile fields such as timestamps). */
export function liveChecksum(live: LiveOrg): string {
  const strip = <T extends { raw?: unknown }>(items: T[]) => items.map(({ raw: _raw, ...rest }) => rest);
  return checksum({
    roles: strip(live.roles),
    schedules: strip(live.schedules),
    extensions: strip(live.extensions),
    users: strip(live.users),
    departments: strip(live.departments),
  });
}
