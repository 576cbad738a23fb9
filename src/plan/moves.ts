/**
 * Extension moves. A user or department taking extension E that another live object is releasing (by
 * changing to another number, being deleted, or being replaced) must wait for that release: the vendor
 * refuses two holders of one number.
 *
 * Swaps (A: 101→102, B: 102→101) and longer rotations are cycles of such waits. One is broken by an
 * extra update that first clears one holder's extension ("release extension 101 so it can be swapped"),
 * after which the others can move and that holder takes its new number last. That is only possible when
 * the vendor can change the extension field in place through its API; otherwise the cycle is reported.
 *
 * A cycle can also mix moves and references: a department that takes the number of a user being
 * deleted while it stops naming that user as manager. There the department's update is split in two:
 * the fields that free the cycle first, the extension (or new reference) once it is free (or exists).
 */
import { clearableFields as catalogueClearable } from '../model/fields.js';
import { RingformError } from '../errors.js';
import { fieldSupport, type Capabilities } from '../model/capabilities.js';
import { plain } from './canonical.js';
import { applyChanges } from './capability.js';
import { makeDraft, type Draft } from './draft.js';
import { updateReason } from './fields.js';
import { extensionOf, recordRefs, refKey } from './references.js';
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


/** Fields of an update that hold on to something the cycle needs freed: a number taken, an object deleted. */
function clearedFields(d: Draft, cycle: Draft[], caps: Capabilities): string[] {
  if (d.action.kind !== 'update' || d.key.endsWith(RELEASE_SUFFIX) || d.key.endsWith(LATER_SUFFIX)) return [];
  const resource = d.action.resource;
  const takenInCycle = new Set(cycle.map(taken).filter((e): e is string => e !== null));
  const deletedInCycle = new Set(cycle.filter((c) => c.intent === 'delete').map((c) => refKey(c.action.address)));
  return d.action.changes
    .filter((c) => {
      // A change to null is itself the release: splitting the update (below) serves it better.
      if (!catalogueClearable(resource).includes(c.field) || c.before === null || c.after === null) return false;
      if (fieldSupport(caps, resource, c.field).level !== 'api') return false;
      if (c.field === 'extension') return typeof c.before === 'string' && takenInCycle.has(c.before);
      return recordRefs(resource, { [c.field]: c.before }).some((r) => deletedInCycle.has(r));
    })
    .map((c) => c.field);
}

/**
 * In a dependency cycle, the API update best made to let go first (a swap's extension; a manager
 * being deleted), with the fields to clear. First by address, so the choice is stable; null when none.
 */
export function releasable(cycle: Draft[], caps: Capabilities): { draft: Draft; fields: string[] } | null {
  for (const draft of [...cycle].sort(byAddress)) {
    const fields = clearedFields(draft, cycle, caps);
    if (fields.length > 0) return { draft, fields };
  }
  return null;
}

/** The error for a cycle that cannot be broken, naming its objects. */
export function cycleError(cycle: Draft[]): RingformError {
  const sorted = [...cycle].sort(byAddress);
  const names = [...new Set(sorted.map((d) => d.action.address))].join(', ');
  if (cycle.every((d) => taken(d) !== null && released(d) !== null)) {
    return new RingformError(
      `extensions move in a cycle between ${names}, and the vendor cannot clear an extension through its API to break it; ` +
        'change the numbers in two steps (first to unused numbers, then to the final ones)',
    );
  }
  const steps = [...new Set(sorted.map((d) => `${d.intent} ${d.action.address}`))];
  return new RingformError(`the plan's actions depend on each other in a cycle: ${steps.join(', ')}`);
}

export const RELEASE_SUFFIX = ':release';
export const LATER_SUFFIX = ':later';

/** Fields of an update whose new value waits on something inside the cycle. */
function lateFields(d: Draft, cycle: Draft[]): string[] {
  if (d.action.kind !== 'update') return [];
  const releasedInCycle = new Set(cycle.map(released).filter((e): e is string => e !== null));
  const createdInCycle = new Set(cycle.filter((c) => c.intent === 'create' || c.intent === 'replace').map((c) => refKey(c.action.address)));
  const resource = d.action.resource;
  return d.action.changes
    .filter((c) => {
      if (c.field === 'extension') return typeof c.after === 'string' && releasedInCycle.has(c.after);
      const before = new Set(recordRefs(resource, { [c.field]: c.before }));
      return recordRefs(resource, { [c.field]: c.after }).some((r) => !before.has(r) && createdInCycle.has(r));
    })
    .map((c) => c.field);
}

/**
 * In a dependency cycle, an API update some of whose fields wait on the cycle (a number released in it,
 * an object created in it) while others do not: splitting those fields off into a later update lets the
 * rest (say, no longer naming the user being deleted as manager) go first. First by address; null when
 * none qualifies.
 */
export function splittable(cycle: Draft[]): { draft: Draft; fields: string[] } | null {
  for (const draft of [...cycle].sort(byAddress)) {
    if (draft.action.kind !== 'update' || draft.key.endsWith(LATER_SUFFIX)) continue;
    const fields = lateFields(draft, cycle);
    if (fields.length > 0 && fields.length < draft.action.changes.length) return { draft, fields };
  }
  return null;
}

/** Moves `fields` of the update `d` into a new update at the same address that runs after it. */
export function splitLater(d: Draft, fields: string[]): Draft {
  if (d.action.kind !== 'update') throw new Error('only updates can be split');
  const late = d.action.changes.filter((c) => fields.includes(c.field));
  const early = d.action.changes.filter((c) => !fields.includes(c.field));
  const fullAfter = d.after!;
  const between = applyChanges(d.before!, early);
  const onlyExtension = late.length === 1 && late[0]!.field === 'extension';
  const later = makeDraft(
    {
      kind: 'update',
      resource: d.action.resource,
      address: d.action.address,
      vendorId: d.action.vendorId,
      reason: onlyExtension ? `take extension ${String(late[0]!.after)} once it is released` : `${updateReason(late)} once what it refers to exists`,
      changes: late,
      before: plain(between),
      after: plain(fullAfter),
    },
    between,
    fullAfter,
    LATER_SUFFIX,
  );
  d.after = between;
  d.action.after = plain(between);
  d.action.changes = early;
  d.action.reason = updateReason(early);
  return later;
}

/** Makes `d` run after a new update that first sets `fields` to null; returns that update. */
export function releaseFirst(d: Draft, fields: string[]): Draft {
  if (d.action.kind !== 'update') throw new Error('only updates can release first');
  const before = d.before!;
  const cleared: Record_ = plain(before);
  for (const f of fields) cleared[f] = null;
  const changes = fields.map((field) => ({ field, before: plain(before[field] ?? null), after: null }));
  const onlyExtension = fields.length === 1 && fields[0] === 'extension';
  const release = makeDraft(
    {
      kind: 'update',
      resource: d.action.resource,
      address: d.action.address,
      vendorId: d.action.vendorId,
      reason: onlyExtension
        ? `release extension ${String(before['extension'])} so it can be swapped`
        : `clear ${fields.join(', ')} first, to break a dependency cycle`,
      changes,
      before: plain(before),
      after: plain(cleared),
    },
    before,
    cleared,
    RELEASE_SUFFIX,
  );
  d.before = cleared;
  d.action.before = plain(cleared);
  d.action.changes = d.action.changes.map((c) => (fields.includes(c.field) ? { ...c, before: null } : c));
  return release;
}
