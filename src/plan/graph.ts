/**
 * Dependencies between drafts, forward and backward (STYLE.md example 3, DNSControl's dnsgraph):
 *
 * - forward: an action whose object comes to refer to X waits for X's create (or replace): create the
 *   extension, schedule, role before the user that uses them; the user before the department naming it
 *   manager and before its add-member and invite; the department before its members and before the
 *   departments that fail over to it.
 * - backward: X's delete waits for every action that stops referring to X: remove-member and
 *   cancel-invite before deleting the user; users leaving a schedule, role or extension before deleting it.
 * - one object: a cancel-invite runs before anything else on the user, an invite after everything else.
 * - extension moves: see moves.ts.
 */
import type { Draft } from './draft.js';
import { moveEdges } from './moves.js';
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

function linkReferences(drafts: Draft[]): void {
  const creators = indexBy(drafts, (d) => d.intent === 'create' || d.intent === 'replace');
  const deleters = indexBy(drafts, (d) => d.intent === 'delete');
  for (const d of drafts) {
    const before = refsOf(d, 'before');
    const after = refsOf(d, 'after');
    for (const ref of after) {
      for (const c of creators.get(ref) ?? []) {
        if (c === d) continue;
        if (c.intent === 'create' || !before.has(ref)) d.deps.add(c.key);
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
        if (other.intent === 'cancel-invite' && d.intent !== 'cancel-invite') d.deps.add(other.key);
      }
    }
  }
}

function linkMoves(drafts: Draft[]): void {
  for (const [taker, releasers] of moveEdges(drafts)) for (const r of releasers) taker.deps.add(r.key);
}

export function linkDependencies(drafts: Draft[]): void {
  linkReferences(drafts);
  linkSameObject(drafts);
  linkMoves(drafts);
}
