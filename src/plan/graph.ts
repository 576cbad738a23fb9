/**
 * Dependencies between drafts, forward and backward (docs/design.md#dependency-ordering, DNSControl's dnsgraph):
 *
 * - forward: an action whose object comes to refer to X waits for X's create (or replace): create the
 *   extension, schedule, role before the user that uses them; the user before the department naming it
 *   manager and before its add-member and invite; the department before its members and before the
 *   departments that fail over to it.
 * - backward: X's delete waits for every action that stops referring to X: remove-member and
 *   cancel-invite before deleting the user; users leaving a schedule, role or extension before deleting it.
 * - one object: a cancel-invite runs before anything else on the user, an invite after everything else,
 *   and an extension release before the update that gives the object its new number.
 * - extension moves: see moves.ts; login ids moving between users (a vendor that sets `loginId`): login-ids.ts.
 *
 * A cycle is broken only by releasing an extension first, or by splitting an update (moves.ts); any other
 * cycle is reported by name.
 */
import type { Draft } from './draft.js';
import { RingformError } from '../errors.js';
import { fieldSupport, type Capabilities } from '../model/capabilities.js';
import { linkLoginIds } from './login-ids.js';
import { cycleError, moveEdges, releasable, releaseFirst, RELEASE_SUFFIX, splittable, splitLater, LATER_SUFFIX } from './moves.js';
import { topologicalOrder } from './order.js';
import { cycles } from './scc.js';
import { refKey, refsOf } from './references.js';

function indexBy(drafts: Draft[], test: (d: Draft) => boolean): Map<string, Draft[]> {
  const index = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (!test(d)) continue;
    const key = refKey(d.action.address);
    index.set(key, [...(index.get(key) ?? []), d]);
  }
  return index;
}

/** A new extension the vendor makes with its new holder (Capabilities madeWithHolder): created after it. */
const madeWithHolder = (extension: Draft, holder: Draft) =>
  extension.action.resource === 'extension' && extension.intent === 'create' && (holder.intent === 'create' || holder.intent === 'replace') && holder.action.resource !== 'extension';

function linkReferences(drafts: Draft[], holderFirst: boolean): void {
  const creators = indexBy(drafts, (d) => d.intent === 'create' || d.intent === 'replace');
  const deleters = indexBy(drafts, (d) => d.intent === 'delete');
  for (const d of drafts) {
    const before = refsOf(d, 'before');
    const after = refsOf(d, 'after');
    for (const ref of after) {
      for (const c of creators.get(ref) ?? []) {
        if (c === d) continue;
        if (holderFirst && madeWithHolder(c, d)) c.deps.add(d.key);
        else if (c.intent === 'create' || !before.has(ref)) d.deps.add(c.key);
      }
    }
    for (const ref of before) {
      if (after.has(ref)) continue;
      for (const x of deleters.get(ref) ?? []) if (x !== d) x.deps.add(d.key);
    }
  }
}

function linkSameObject(drafts: Draft[]): void {
  const byAddress = indexBy(drafts, () => true);
  for (const group of byAddress.values()) {
    for (const d of group) {
      for (const other of group) {
        if (other === d) continue;
        if (d.intent === 'invite' && other.intent !== 'invite') d.deps.add(other.key);
        // A step that finishes what a create could not set (diff.ts planAfterCreate) comes after the create.
        if (d.intent === 'update' && other.intent === 'create') d.deps.add(other.key);
        if (other.intent === 'cancel-invite' && d.intent !== 'cancel-invite') d.deps.add(other.key);
        if (other.key.endsWith(RELEASE_SUFFIX) && !d.key.endsWith(RELEASE_SUFFIX) && d.intent !== 'cancel-invite') d.deps.add(other.key);
        if (d.key.endsWith(LATER_SUFFIX) && other.intent !== 'invite') d.deps.add(other.key);
      }
    }
  }
}

/**
 * Ring order as positions (Capabilities.ringOrderIsPosition): a member's add or priority change comes after the
 * adds of the members before it in the same department. Priority n exists only once n - 1 members are there;
 * when an earlier add waits (its user waits on a manual step) or fails, the later ones wait or are skipped with
 * it rather than land one place up. Each waits on the nearest add before it only: the adds form a chain, so the
 * edges stay one per member (a department of thousands is one list).
 */
function linkRingPositions(drafts: Draft[]): void {
  const priority = (d: Draft) => Number(d.after!['priority']);
  const byDepartment = new Map<unknown, Draft[]>();
  for (const d of drafts) {
    if (d.action.resource !== 'member' || (d.intent !== 'add-member' && d.intent !== 'update') || d.after === null) continue;
    const key = d.after['department'];
    byDepartment.set(key, [...(byDepartment.get(key) ?? []), d]);
  }
  for (const placed of byDepartment.values()) {
    placed.sort((a, b) => priority(a) - priority(b));
    let lastAdd: Draft | null = null;
    let lastAddPriority = -Infinity;
    for (const d of placed) {
      if (lastAdd && lastAddPriority < priority(d)) d.deps.add(lastAdd.key);
      if (d.intent === 'add-member' && (lastAdd === null || priority(d) > lastAddPriority)) {
        lastAdd = d;
        lastAddPriority = priority(d);
      }
    }
  }
}

/** A department update seen only with members (Draft.seenWithMembers) runs after its first member add. */
function linkSeenWithMembers(drafts: Draft[]): void {
  const adds = drafts.filter((d) => d.intent === 'add-member' && d.after !== null);
  for (const d of drafts) {
    if (d.seenWithMembers !== true) continue;
    const department = d.after?.['name'];
    const first = adds.filter((a) => a.after!['department'] === department).sort((a, b) => Number(a.after!['priority']) - Number(b.after!['priority']))[0];
    if (first) d.deps.add(first.key);
  }
}

function linkMoves(drafts: Draft[]): void {
  for (const [taker, releasers] of moveEdges(drafts)) for (const r of releasers) taker.deps.add(r.key);
}

export function linkDependencies(drafts: Draft[], caps?: Capabilities): void {
  for (const d of drafts) d.deps.clear();
  linkReferences(drafts, caps?.extension.madeWithHolder === true);
  linkSameObject(drafts);
  linkMoves(drafts);
  if (caps && fieldSupport(caps, 'user', 'loginId').level === 'api') linkLoginIds(drafts);
  if (caps?.ringOrderIsPosition === true) linkRingPositions(drafts);
  linkSeenWithMembers(drafts);
}

function firstCycle(drafts: Draft[]): Draft[] | null {
  const byKey = new Map(drafts.map((d) => [d.key, d]));
  const found = cycles(drafts, (d) => [...d.deps].map((k) => byKey.get(k)).filter((x): x is Draft => x !== undefined));
  const sortKey = (c: Draft[]) => c.map((d) => d.key).sort()[0]!;
  return found.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1))[0] ?? null;
}

/**
 * Links the drafts and orders them, releasing extensions first where that breaks a cycle (a swap, a
 * rotation, or a department that gives its number to a new user it also names as manager). Returns the
 * drafts, extra releases included, in execution order.
 */
export function orderDrafts(drafts: Draft[], caps: Capabilities): Draft[] {
  const all = [...drafts];
  for (let round = 0; round <= 2 * drafts.length + 1; round++) {
    linkDependencies(all, caps);
    const cycle = firstCycle(all);
    if (!cycle) return topologicalOrder(all);
    const release = releasable(cycle, caps);
    const split = release ? null : splittable(cycle);
    if (release) all.push(releaseFirst(release.draft, release.fields));
    else if (split) all.push(splitLater(split.draft, split.fields));
    else throw cycleError(cycle);
  }
  throw new RingformError('internal: breaking extension cycles did not converge');
}
