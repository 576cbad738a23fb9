/**
 * A plan, read as drift: each action says where live differs from org.yaml. Updates give one item per
 * field (live = before, declared = after); creates and added members are `missing`, deletes and removed
 * members `extra`; invites are the `invite` field of a user. The order is the plan's.
 */
import { CHECKLIST_REASON } from '../plan/unverified.js';
import type { Action } from '../plan/types.js';
import type { DriftItem } from './types.js';

type Raw = Omit<DriftItem, 'origin' | 'manual'>;

function itemsOf(a: Action): Raw[] {
  const base = { address: a.address, resource: a.resource };
  const changes = (changes: { field: string; before: unknown; after: unknown }[]): Raw[] =>
    changes.map((c) => ({ ...base, kind: 'differs', field: c.field, live: c.before ?? null, declared: c.after ?? null }));
  switch (a.kind) {
    case 'create':
      return [{ ...base, kind: 'missing', field: null, live: null, declared: a.after }];
    case 'delete':
      return [{ ...base, kind: 'extra', field: null, live: a.before, declared: null }];
    case 'update':
    case 'replace':
      return changes(a.changes);
    case 'add-member':
      return [{ ...base, kind: 'missing', field: null, live: null, declared: { priority: a.priority } }];
    case 'remove-member':
      return [{ ...base, kind: 'extra', field: null, live: { priority: a.priority }, declared: null }];
    case 'invite':
      return [{ ...base, kind: 'differs', field: 'invite', live: 'never invited', declared: 'invited' }];
    case 'cancel-invite':
      return [{ ...base, kind: 'differs', field: 'invite', live: 'pending', declared: 'no invite' }];
    case 'manual':
      if (a.changes.length > 0 && a.intent !== 'create' && a.intent !== 'delete') return changes(a.changes);
      return [{ ...base, kind: a.intent === 'delete' ? 'extra' : 'missing', field: null, live: null, declared: null }];
  }
}

export const itemKey = (i: { address: string; field: string | null }): string => `${i.address}\u0000${i.field ?? ''}`;

/**
 * The drift items of a plan, one per (address, field): where the plan touches a field twice (an extension
 * swap releases one first), the live value is the first action's and the declared value the last's.
 * Checklist steps for what the vendor cannot read are not drift: nothing was seen to differ.
 */
export function driftItems(actions: Action[]): DriftItem[] {
  const byKey = new Map<string, DriftItem>();
  for (const a of actions) {
    if (a.reason === CHECKLIST_REASON) continue;
    for (const raw of itemsOf(a)) {
      const key = itemKey(raw);
      const seen = byKey.get(key);
      if (seen) seen.declared = raw.declared;
      else byKey.set(key, { ...raw, manual: a.kind === 'manual', origin: 'unknown' });
    }
  }
  return [...byKey.values()];
}
