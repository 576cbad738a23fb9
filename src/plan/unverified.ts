/**
 * A kind the vendor's API cannot read has no trustworthy live state: diffing it would invent changes
 * (every object would look absent and be created again). Such kinds are taken out of both sides and
 * reported as unverified instead.
 *
 * Decision: members are read as part of departments, so members are unverified too when departments are.
 */
import type { ResourceKind } from '../model/address.js';
import { RESOURCE_KINDS } from '../model/address.js';
import type { LiveOrg } from '../model/live.js';
import type { Org } from '../model/org.js';
import type { Capabilities } from '../providers/capabilities.js';
import type { Unverified } from './types.js';

const COLLECTION_OF = {
  role: 'roles',
  schedule: 'schedules',
  extension: 'extensions',
  user: 'users',
  department: 'departments',
} as const;

export function unreadableKinds(caps: Capabilities): Unverified[] {
  const out: Unverified[] = [];
  for (const kind of RESOURCE_KINDS) {
    const read = caps[kind].operations.read;
    if (read.level !== 'api') out.push({ resource: kind, why: read.level === 'manual' ? read.why : read.reason });
  }
  const department = out.find((u) => u.resource === 'department');
  if (department && !out.some((u) => u.resource === 'member')) {
    out.push({ resource: 'member', why: `members are read with departments, which cannot be read: ${department.why}` });
  }
  return out;
}

/** Removes the unreadable kinds from both sides, so no action is planned for them. */
export function withoutKinds(
  desired: Org,
  live: LiveOrg,
  kinds: Set<ResourceKind>,
): { desired: Org; live: LiveOrg } {
  const d: Org = { ...desired };
  const l: LiveOrg = { ...live };
  for (const kind of kinds) {
    if (kind === 'member') continue;
    const collection = COLLECTION_OF[kind];
    (d[collection] as unknown[]) = [];
    (l[collection] as unknown[]) = [];
  }
  return { desired: d, live: l };
}
