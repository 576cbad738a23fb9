/**
 * Execution order: a topological order of the dependency graph, ties broken by resource (roles,
 * schedules, extensions, users, departments, members: what others refer to comes first), then by intent
 * (removals before changes before additions, so a number or name is free before it is reused), then by
 * address. Any cycle left at this point is reported by name, never silently broken.
 */
import type { ResourceKind } from '../model/address.js';
import { RingformError } from '../errors.js';
import type { Draft, Intent } from './draft.js';
import { cycles } from './scc.js';

const RESOURCE_RANK: Record<ResourceKind, number> = { role: 0, schedule: 1, extension: 2, user: 3, department: 4, member: 5 };
const INTENT_RANK: Record<Intent, number> = {
  'cancel-invite': 0,
  'remove-member': 1,
  delete: 2,
  replace: 3,
  update: 4,
  create: 5,
  'add-member': 6,
  invite: 7,
};

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

export function compareDrafts(a: Draft, b: Draft): number {
  return (
    cmp(RESOURCE_RANK[a.action.resource], RESOURCE_RANK[b.action.resource]) ||
    cmp(INTENT_RANK[a.intent], INTENT_RANK[b.intent]) ||
    cmp(a.action.address, b.action.address) ||
    cmp(a.key, b.key)
  );
}

export function topologicalOrder(drafts: Draft[]): Draft[] {
  const byKey = new Map(drafts.map((d) => [d.key, d]));
  const waiting = new Map<Draft, number>();
  const dependents = new Map<Draft, Draft[]>();
  for (const d of drafts) {
    const deps = [...d.deps].map((k) => byKey.get(k)).filter((x): x is Draft => x !== undefined);
    waiting.set(d, deps.length);
    for (const dep of deps) dependents.set(dep, [...(dependents.get(dep) ?? []), d]);
  }
  const ready = new Heap(compareDrafts);
  for (const d of drafts) if (waiting.get(d) === 0) ready.push(d);
  const out: Draft[] = [];
  while (ready.size > 0) {
    const d = ready.pop();
    out.push(d);
    for (const next of dependents.get(d) ?? []) {
      const left = waiting.get(next)! - 1;
      waiting.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  if (out.length < drafts.length) reportCycle(drafts.filter((d) => waiting.get(d)! > 0), byKey);
  return out;
}

function reportCycle(stuck: Draft[], byKey: Map<string, Draft>): never {
  const stuckSet = new Set(stuck);
  const next = (d: Draft) => [...d.deps].map((k) => byKey.get(k)!).filter((x) => stuckSet.has(x));
  const cycle = cycles(stuck, next)[0] ?? stuck;
  const names = [...new Set(cycle.sort(compareDrafts).map((d) => `${d.intent} ${d.action.address}`))];
  throw new RingformError(`the plan's actions depend on each other in a cycle: ${names.join(', ')}`);
}

/** A small binary heap: the ready set can hold thousands of drafts in a large org. */
class Heap<T> {
  private items: T[] = [];
  constructor(private readonly compare: (a: T, b: T) => number) {}
  get size(): number {
    return this.items.length;
  }
  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.compare(a[i]!, a[p]!) >= 0) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  pop(): T {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.compare(a[l]!, a[m]!) < 0) m = l;
        if (r < a.length && this.compare(a[r]!, a[m]!) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}
