/**
 * `--target`: plan only some objects, Terraform-style. The selected actions are those at the target
 * addresses (for a user or a department, also its member actions; a user's invite shares its address),
 * plus everything they depend on, transitively. A target that names no object in org.yaml or live state
 * is an error, not an empty plan: it is almost always a typo.
 */
import { memberAddress, parseAddress } from '../model/address.js';
import { addressOf } from '../model/address.js';
import type { LiveOrg } from '../model/live.js';
import type { Org } from '../model/org.js';
import { RingformError } from '../errors.js';
import type { Draft } from './draft.js';
import { refKey } from './references.js';

export function knownAddresses(desired: Org, live: LiveOrg): Set<string> {
  const known = new Set<string>();
  const add = (a: string) => known.add(refKey(a));
  const departments = [...desired.departments, ...live.departments.map((l) => l.data)];
  for (const r of [...desired.roles, ...live.roles.map((l) => l.data)]) add(addressOf('role', r.name));
  for (const s of [...desired.schedules, ...live.schedules.map((l) => l.data)]) add(addressOf('schedule', s.name));
  for (const e of [...desired.extensions, ...live.extensions.map((l) => l.data)]) add(addressOf('extension', e.number));
  for (const u of [...desired.users, ...live.users.map((l) => l.data)]) add(addressOf('user', u.email));
  for (const d of departments) {
    add(addressOf('department', d.name));
    for (const m of d.members) known.add(memberAddress(d.name, m.user.toLowerCase()));
  }
  return known;
}

function memberKey(address: string): string {
  const parsed = parseAddress(address);
  return parsed?.kind === 'member' ? memberAddress(parsed.keys[0]!, parsed.keys[1]!.toLowerCase()) : refKey(address);
}

function owners(d: Draft): string[] {
  // Stryker disable next-line ArrayDeclaration: a stray string among the owners is no address, so no target matches it
  if (d.action.resource !== 'member') return [];
  const o = (d.after ?? d.before)!;
  return [refKey(addressOf('user', String(o['user']))), addressOf('department', String(o['department']))];
}

export function selectTargets(ordered: Draft[], targets: string[], known: Set<string>): Draft[] {
  if (targets.length === 0) return ordered;
  const wanted = new Set<string>();
  for (const t of targets) {
    const key = memberKey(t);
    if (!parseAddress(t) || !known.has(key)) {
      throw new RingformError(`unknown target ${t}: no object has that address in org.yaml or in live state`);
    }
    wanted.add(key);
  }
  const byKey = new Map(ordered.map((d) => [d.key, d]));
  const selected = new Set<string>();
  const select = (d: Draft): void => {
    // Stryker disable next-line ConditionalExpression: the check only saves walking a dependency twice; `selected` is a set and the graph is acyclic once ordered
    if (selected.has(d.key)) return;
    selected.add(d.key);
    for (const k of d.deps) {
      const dep = byKey.get(k);
      // Stryker disable next-line ConditionalExpression: every dependency names a draft of the plan
      if (dep) select(dep);
    }
  };
  for (const d of ordered) {
    if (wanted.has(memberKey(d.action.address)) || owners(d).some((o) => wanted.has(o))) select(d);
  }
  return ordered.filter((d) => selected.has(d.key));
}
