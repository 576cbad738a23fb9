/** graph.ts on hand-made drafts: the edges of one object's actions, referents kept versus taken up, the cycle reported first. */
import { describe, expect, it } from 'vitest';
import { makeDraft, type Draft } from '../../src/plan/draft.js';
import { linkDependencies, orderDrafts } from '../../src/plan/graph.js';
import { caps, live, org, planOf } from './builders.js';

function draft(kind: string, resource: string, name: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, suffix = '', intent?: string): Draft {
  const address = `${resource}["${name}"]`;
  const action = { kind, intent, resource, address, vendorId: before ? `${resource}:${name}` : null, reason: 'r', changes: [], before, after };
  return makeDraft(action as never, before, after, suffix);
}
const deps = (d: Draft) => [...d.deps].sort();

describe('the actions of one object', () => {
  it('cancel-invite first, a release before the update it frees, the later part after the rest, invite last', () => {
    const u = { email: 'a@x', extension: '101' };
    const cancel = draft('cancel-invite', 'user', 'a@x', u, u);
    const release = draft('update', 'user', 'a@x', u, { ...u, extension: null }, ':release');
    const update = draft('update', 'user', 'a@x', { ...u, extension: null }, { ...u, extension: '102' });
    const later = draft('update', 'user', 'a@x', u, u, ':later');
    const invite = draft('invite', 'user', 'a@x', u, u);
    linkDependencies([cancel, release, update, later, invite]);
    expect(deps(cancel)).toEqual([]);
    expect(deps(release)).toEqual([cancel.key]);
    expect(deps(update)).toEqual([cancel.key, release.key].sort());
    expect(deps(later)).toEqual([cancel.key, release.key, update.key].sort());
    expect(deps(invite)).toEqual([cancel.key, release.key, update.key, later.key].sort());
  });
});

describe('references', () => {
  it('an object that already named what is replaced does not wait for the replace; one that comes to name it does', () => {
    const ext = draft('replace', 'extension', '101', { number: '101' }, { number: '101' });
    const keeps = draft('update', 'user', 'a@x', { email: 'a@x', extension: '101', name: 'A' }, { email: 'a@x', extension: '101', name: 'B' });
    const comes = draft('update', 'user', 'b@x', { email: 'b@x', extension: '102' }, { email: 'b@x', extension: '101' });
    linkDependencies([ext, keeps, comes]);
    expect(deps(keeps)).toEqual([]);
    expect(deps(comes)).toEqual([ext.key]);
  });

  it('a delete waits for the objects that stop naming it, not for one that keeps naming it', () => {
    const del = draft('delete', 'schedule', 'hours', { name: 'hours' }, null);
    const stops = draft('update', 'user', 'a@x', { email: 'a@x', receiveCalls: 'hours' }, { email: 'a@x', receiveCalls: 'always' });
    const keeps = draft('update', 'user', 'b@x', { email: 'b@x', receiveCalls: 'hours', name: 'A' }, { email: 'b@x', receiveCalls: 'hours', name: 'B' });
    linkDependencies([del, stops, keeps]);
    expect(deps(del)).toEqual([stops.key]);
  });
});

describe('cycles', () => {
  it('reports the cycle whose first action comes first, whichever the search meets first', () => {
    const dept = (name: string, target: string) => draft('create', 'department', name, null, { name, failover: { type: 'department', target } });
    const drafts = [dept('C', 'D'), dept('D', 'C'), dept('A', 'B'), dept('B', 'A')];
    expect(() => orderDrafts(drafts, caps().build())).toThrow(/cycle: create department\["A"\], create department\["B"\]$/);
    // Through the planner too.
    const desired = org()
      .department('C', { failover: { type: 'department', target: 'D' } })
      .department('D', { failover: { type: 'department', target: 'C' } })
      .department('A', { failover: { type: 'department', target: 'B' } })
      .department('B', { failover: { type: 'department', target: 'A' } });
    expect(() => planOf(desired, live())).toThrow(/cycle: create department\["A"\], create department\["B"\]$/);
  });
});
