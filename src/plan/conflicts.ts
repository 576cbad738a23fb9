/**
 * A number the plan gives to a managed object while an unmanaged one (ignored, or not declared and not
 * pruned) still holds it live: the plan cannot free it, so the vendor will likely refuse. Warned about,
 * not fixed: freeing it would touch an object the user asked us to leave alone.
 */
import { addressOf } from '../model/address.js';
import type { LiveOrg } from '../model/live.js';
import type { Draft } from './draft.js';
import { taken } from './moves.js';
import type { UnmanagedObject } from './types.js';

export function extensionConflicts(drafts: Draft[], live: LiveOrg, unmanaged: UnmanagedObject[]): string[] {
  const left = new Set(unmanaged.map((u) => u.address));
  const holders = new Map<string, string>();
  for (const u of live.users) if (u.data.extension) holders.set(u.data.extension, addressOf('user', u.data.email));
  for (const d of live.departments) if (d.data.extension) holders.set(d.data.extension, addressOf('department', d.data.name));
  const warnings: string[] = [];
  for (const d of drafts) {
    const number = taken(d);
    const holder = number === null ? undefined : holders.get(number);
    if (holder && left.has(holder) && holder !== d.action.address) {
      warnings.push(`${d.action.address} takes extension ${number}, which unmanaged ${holder} holds; the vendor may refuse`);
    }
  }
  return warnings;
}
