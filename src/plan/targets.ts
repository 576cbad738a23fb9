/**
 * `--target`: plan only some objects, Terraform-style. The selected actions are those at the target
 * addresses (for a user or a department, also its member actions; a user's invite shares its address),
 * plus everything they depend on, transitively. A target that names no object in org.yaml or live state
 * is an error, not an empty plan: it is almost always a typo.
 *
 * Ring order as positions (Capabilities.ringOrderIsPosition, Smartflo): a department's members are one list, and
 * every member action writes that whole list (plan/members.ts withRingOrder, providers/smartflo/ring-order.ts). A
 * targeted change to one member therefore moves the others: `--target member["Sales"]["c"]` with Sales going from
 * [a, b, c] to [c, a, b] wrote c, a, b and the plan showed only c's line (review: the plan hid two moves).
 * Decision (as Terraform pulls dependencies into a -target plan and says so): on such a vendor a selected member
 * action of a department brings every member action of that department into the plan (with what they depend on),
 * and the plan names each one it brought in and why. The department's part of a targeted apply is then its part of
 * the full plan, which lands the declared order; a part of it would land an order no plan line shows (a declared
 * member not yet added holds no place, so the others land one place up). Removals come too: a member org.yaml
 * drops, left out, would stay and move behind the declared ones.
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

/**
 * `ringOrderIsPosition`: the vendor keeps ring order as positions (see above). `note` receives one line per
 * department whose other member actions were brought in.
 */
export function selectTargets(
  ordered: Draft[],
  targets: string[],
  known: Set<string>,
  ringOrderIsPosition = false,
  note: (line: string) => void = () => {},
): Draft[] {
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
  if (ringOrderIsPosition) withWholeRingOrders(ordered, selected, select, note);
  return ordered.filter((d) => selected.has(d.key));
}

const departmentOf = (d: Draft): string | null => (d.action.resource === 'member' ? String((d.after ?? d.before)!['department']) : null);

/**
 * Every member action of a department one selected member action belongs to (ring order as positions), until no
 * department is added: an action brought in can bring in what it depends on, and so another department's member.
 */
function withWholeRingOrders(ordered: Draft[], selected: Set<string>, select: (d: Draft) => void, note: (line: string) => void): void {
  const done = new Set<string>();
  for (;;) {
    const departments = new Set(ordered.filter((d) => selected.has(d.key)).map(departmentOf).filter((n): n is string => n !== null && !done.has(n)));
    if (departments.size === 0) return;
    for (const name of [...departments].sort()) {
      done.add(name);
      const members = ordered.filter((d) => departmentOf(d) === name);
      const chosen = members.filter((d) => selected.has(d.key)).map((d) => d.action.address);
      const added = members.filter((d) => !selected.has(d.key));
      if (added.length === 0) continue;
      for (const d of added) select(d);
      note(
        `--target: ${list(added.map((d) => d.action.address))} ${added.length === 1 ? 'is' : 'are'} in this plan though no target names ${added.length === 1 ? 'it' : 'them'}: ` +
          `the vendor keeps the ring order of ${name} as positions, and the ${chosen.length === 1 ? 'change' : 'changes'} to ${list(chosen)} ${chosen.length === 1 ? 'writes' : 'write'} that whole order, so every member change of ${name} is applied with it`,
      );
    }
  }
}

function list(items: string[]): string {
  const unique = [...new Set(items)].sort();
  return unique.length <= 1 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}
