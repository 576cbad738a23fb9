/**
 * What drift reads in detail (plan/read-scope.ts): what org.yaml manages, as plan does, so that a saved plan's
 * live checksum still matches when nothing changed (`--since-plan`). Against a git ref the org at that ref
 * may manage more than today's, so everything is read.
 */
import type { Org } from '../model/org.js';
import { readScopeOf, type ReadScope } from '../plan/read-scope.js';
import type { BaselineSource } from './baseline.js';

export function driftScope(org: Org, baseline: BaselineSource | null): ReadScope | undefined {
  return baseline?.kind === 'ref' ? undefined : readScopeOf(org);
}
