/**
 * Vendor ids during an apply: an object created (or replaced) by an earlier action is known by the id
 * that action returned; anything else by the id live state had when the plan was made.
 */
import { addressOf, memberAddress } from '../model/address.js';
import type { LiveOrg } from '../model/live.js';
import type { IdResolver } from '../contract/provider.js';

export interface IdBook {
  resolve: IdResolver;
  /** Records what a finished action did to the object at `address`. */
  record(address: string, id: string | undefined, deleted: boolean): void;
}

export function createIdBook(live: LiveOrg): IdBook {
  const fromLive = indexLive(live);
  const fromApply = new Map<string, string | undefined>();
  return {
    resolve: (address) => (fromApply.has(address) ? fromApply.get(address) : fromLive.get(address)),
    record(address, id, deleted) {
      if (deleted) fromApply.set(address, undefined);
      else if (id !== undefined) fromApply.set(address, id);
    },
  };
}

/** Every live object by its address. Memberships are listed too, but have no id of their own. */
export function indexLive(live: LiveOrg): Map<string, string | undefined> {
  const index = new Map<string, string | undefined>();
  for (const r of live.roles) index.set(addressOf('role', r.data.name), r.id);
  for (const s of live.schedules) index.set(addressOf('schedule', s.data.name), s.id);
  for (const e of live.extensions) index.set(addressOf('extension', e.data.number), e.id);
  for (const u of live.users) index.set(addressOf('user', u.data.email), u.id);
  for (const d of live.departments) {
    index.set(addressOf('department', d.data.name), d.id);
    for (const m of d.data.members) index.set(memberAddress(d.data.name, m.user), undefined);
  }
  return index;
}
