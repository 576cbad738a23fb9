/**
 * Execution order (src/plan/order.ts) against a plain reference: Kahn's algorithm that always takes the
 * smallest ready draft by resource, intent, address and key. The heap must give exactly that order, for
 * any set of drafts and any acyclic dependencies; a cycle is reported by name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResourceKind } from '../../src/model/address.js';
import { makeDraft, type Draft, type Intent } from '../../src/plan/draft.js';
import { compareDrafts, topologicalOrder } from '../../src/plan/order.js';
import { cycles, stronglyConnected } from '../../src/plan/scc.js';

const RESOURCES: ResourceKind[] = ['role', 'schedule', 'extension', 'user', 'department', 'member'];
const INTENTS: Intent[] = ['cancel-invite', 'remove-member', 'delete', 'replace', 'update', 'create', 'add-member', 'invite'];

function draft(resource: ResourceKind, intent: Intent, address: string, suffix = ''): Draft {
  const action = { kind: intent, resource, address, reason: 'test', vendorId: null } as unknown as Parameters<typeof makeDraft>[0];
  return makeDraft(action, null, null, suffix);
}

function reference(drafts: Draft[]): Draft[] {
  const left = new Set(drafts);
  const byKey = new Map(drafts.map((d) => [d.key, d]));
  const out: Draft[] = [];
  while (left.size > 0) {
    const ready = [...left].filter((d) => [...d.deps].every((k) => !left.has(byKey.get(k)!)));
    if (ready.length === 0) throw new Error('cycle');
    const next = ready.sort(compareDrafts)[0]!;
    out.push(next);
    left.delete(next);
  }
  return out;
}

const graph = fc
  .array(fc.record({ resource: fc.constantFrom(...RESOURCES), intent: fc.constantFrom(...INTENTS), address: fc.constantFrom('a', 'b', 'c', 'd'), suffix: fc.constantFrom('', '#1') }), { maxLength: 40 })
  .chain((specs) => fc.tuple(fc.constant(specs), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 })));

describe('compareDrafts', () => {
  it('ranks by resource, then intent, then address, then key', () => {
    const sorted = [
      draft('user', 'create', 'b'),
      draft('role', 'invite', 'z'),
      draft('user', 'delete', 'z'),
      draft('user', 'create', 'a', '#1'),
      draft('user', 'create', 'a'),
      draft('extension', 'create', 'a'),
      draft('user', 'cancel-invite', 'a'),
      draft('member', 'remove-member', 'a'),
      draft('department', 'add-member', 'a'),
    ].sort(compareDrafts);
    expect(sorted.map((d) => d.key)).toEqual([
      'invite|invite|z',
      'create|create|a',
      'cancel-invite|cancel-invite|a',
      'delete|delete|z',
      'create|create|a',
      'create|create|a#1',
      'create|create|b',
      'add-member|add-member|a',
      'remove-member|remove-member|a',
    ]);
    const d = draft('user', 'create', 'a');
    expect(compareDrafts(d, d)).toBe(0);
  });

  it('orders the intents of one resource: removals, then changes, then additions', () => {
    const drafts = INTENTS.map((i) => draft('user', i, 'a')).reverse();
    expect(drafts.sort(compareDrafts).map((d) => d.intent)).toEqual(INTENTS);
    expect(RESOURCES.map((r) => draft(r, 'create', 'a')).reverse().sort(compareDrafts).map((d) => d.action.resource)).toEqual(RESOURCES);
  });
});

describe('topologicalOrder', () => {
  it('gives the reference order for any drafts and acyclic dependencies', () => {
    fc.assert(
      fc.property(graph, ([specs, edges]) => {
        const seen = new Set<string>();
        const drafts = specs.map((s) => draft(s.resource, s.intent, s.address, s.suffix)).filter((d) => !seen.has(d.key) && seen.add(d.key));
        // An edge from a later draft to an earlier one in this list keeps the graph acyclic.
        for (const [x, y] of edges) {
          if (drafts.length < 2) break;
          const [i, j] = [x % drafts.length, y % drafts.length];
          if (i > j) drafts[i]!.deps.add(drafts[j]!.key);
        }
        drafts[0]?.deps.add('missing-key'); // a dependency on a draft left out (by --target) is ignored
        expect(topologicalOrder(drafts).map((d) => d.key)).toEqual(reference(drafts).map((d) => d.key));
      }),
      { numRuns: Number(process.env['PLAN_PROPERTY_RUNS'] ?? 300) },
    );
  });

  it('reports a cycle by name, the drafts in order, once each', () => {
    const a = draft('user', 'update', 'user["a"]');
    const b = draft('user', 'update', 'user["b"]');
    const c = draft('extension', 'create', 'extension["1"]');
    const free = draft('role', 'create', 'role["r"]');
    a.deps.add(b.key);
    b.deps.add(a.key);
    c.deps.add(a.key);
    a.deps.add('left-out-by-target'); // a dependency on a draft not planned is no part of the cycle
    expect(() => topologicalOrder([c, free, b, a])).toThrow(
      "the plan's actions depend on each other in a cycle: update user[\"a\"], update user[\"b\"]",
    );
    const self = draft('schedule', 'update', 'schedule["s"]');
    self.deps.add(self.key);
    expect(() => topologicalOrder([self, free])).toThrow('in a cycle: update schedule["s"]');
  });

  it('counts a node that depends on itself as a cycle, and a lone node without such an edge as none', () => {
    const next: Record<string, string[]> = { a: ['a'], b: [], c: ['b'] };
    expect(cycles(['a', 'b', 'c'], (n) => next[n]!)).toEqual([['a']]);
  });

  it('finds strongly connected components', () => {
    const next: Record<string, string[]> = { a: ['b'], b: ['a', 'c'], c: [], d: ['d'] };
    const components = stronglyConnected(['a', 'b', 'c', 'd'], (n) => next[n]!).map((c) => [...c].sort());
    expect(components.sort()).toEqual([['a', 'b'], ['c'], ['d']]);
  });
});
