/**
 * Extension moves. A user or department taking extension E that another live object is releasing (by
 * changing to another number, being deleted, or being replaced) must wait for that release: the vendor
 * refuses two holders of one number.
 *
 * Swaps (A: 101→102, B: 102→101) and longer rotations are cycles of such waits. One is broken by an
 * extra update that first clears one holder's extension ("release extension 101 so it can be swapped"),
 * after which the others can move and that holder takes its new number last. That is only possible when
 * the vendor can change the extension field in place through its API; otherwise the cycle is reported.
 */
import { RingformError } from '../errors.js';
import { fieldSupport, type Capabilities } from '../providers/capabilities.js';
import { plain } from './canonical.js';
import { makeDraft, type Draft } from './draft.js';
import { extensionOf } from './references.js';
import { cycles } from './scc.js';
import type { Record_ } from './types.js';

export function released(d: Draft): string | null {
  const before = extensionOf(d, 'before');
  return before !== null && before !== extensionOf(d, 'after') ? before : null;
}

export function taken(d: Draft): string | null {
  const after = extensionOf(d, 'after');
  return after !== null && after !== extensionOf(d, 'before') ? after : null;
}

/** taker → the drafts (of other objects) releasing the number it takes. */
export function moveEdges(drafts: Draft[]): Map<Draft, Draft[]> {
  const releasers = new Map<string, Draft[]>();
  for (const d of drafts) {
    const e = released(d);
    if (e !== null) releasers.set(e, [...(releasers.get(e) ?? []), d]);
  }
  const edges = new Map<Draft, Draft[]>();
  for (const d of drafts) {
    const e = taken(d);
    if (e === null) continue;
    const from = (releasers.get(e) ?? []).filter((r) => r.action.address !== d.action.address);
    if (from.length > 0) edges.set(d, from);
  }
  return edges;
}

const byAddress = (a: Draft, b: Draft) => (a.action.address < b.action.address ? -1 : a.action.address > b.action.address ? 1 : 0);

/** Inserts release updates until no extension moves form a cycle; throws when a cycle cannot be broken. */
export function breakExtensionCycles(drafts: Draft[], caps: Capabilities): Draft[] {
  let out = drafts;
  for (;;) {
    const edges = moveEdges(out);
    const found = cycles(out, (d) => edges.get(d) ?? []).map((c) => c.sort(byAddress)).sort((a, b) => byAddress(a[0]!, b[0]!));
    if (found.length === 0) return out;
    const cycle = found[0]!;
    const breakable = cycle.find((d) => d.action.kind === 'update' && fieldSupport(caps, d.action.resource, 'extension').level === 'api');
    if (!breakable) {
      const names = cycle.map((d) => d.action.address).join(', ');
      throw new RingformError(
        `extensions move in a cycle between ${names}, and the vendor cannot clear an extension through its API to break it; ` +
          'change the numbers in two steps (first to unused numbers, then to the final ones)',
      );
    }
    out = [...out, releaseFirst(breakable)];
  }
}

/** Makes `d` take its new number after a new update that clears its old one; returns that update. */
function releaseFirst(d: Draft): Draft {
  if (d.action.kind !== 'update') throw new Error('only updates can release an extension first');
  const old = released(d)!;
  const before = d.before!;
  const cleared: Record_ = { ...plain(before), extension: null };
  const release = makeDraft(
    {
      kind: 'update',
      resource: d.action.resource,
      address: d.action.address,
      vendorId: d.action.vendorId,
      reason: `release extension ${old} so it can be swapped`,
      changes: [{ field: 'extension', before: old, after: null }],
      before: plain(before),
      after: plain(cleared),
    },
    before,
    cleared,
    ':release',
  );
  d.before = cleared;
  d.action.before = plain(cleared);
  d.action.changes = d.action.changes.map((c) => (c.field === 'extension' ? { ...c, before: null } : c));
  d.deps.add(release.key);
  return release;
}
