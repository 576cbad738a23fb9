/**
 * moves.ts in detail: the error a cycle that cannot be broken gives, which field an update lets go of or
 * takes later, and the two extra updates (a release first, the rest later) a cycle is broken with.
 */
import { describe, expect, it } from 'vitest';
import type { Plan, UpdateAction } from '../../src/plan/types.js';
import { manual, replace } from '../../src/model/capabilities.js';
import { makeDraft, type Draft } from '../../src/plan/draft.js';
import { cycleError, moveEdges, releasable, releaseFirst, released, splitLater, splittable, taken } from '../../src/plan/moves.js';
import { caps, live, org, planOf } from './builders.js';

const lines = (plan: Plan) => plan.actions.map((a) => `${a.kind} ${a.address}: ${a.reason}`);
const errorOf = (f: () => unknown): string => {
  try {
    f();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected an error');
};

function userUpdate(email: string, before: string | null, after: string | null): Draft {
  const b = { email, extension: before };
  const a = { email, extension: after };
  return makeDraft(
    { kind: 'update', resource: 'user', address: `user["${email}"]`, vendorId: `user:${email}`, reason: 'extension changed', changes: [{ field: 'extension', before, after }], before: b, after: a },
    b,
    a,
  );
}

describe('what a draft releases and takes', () => {
  it('a number changed releases the old one and takes the new one; a number kept does neither', () => {
    expect([released(userUpdate('a@x', '101', '102')), taken(userUpdate('a@x', '101', '102'))]).toEqual(['101', '102']);
    expect([released(userUpdate('a@x', '101', '101')), taken(userUpdate('a@x', '101', '101'))]).toEqual([null, null]);
    expect([released(userUpdate('a@x', null, '102')), taken(userUpdate('a@x', null, '102'))]).toEqual([null, '102']);
    expect([released(userUpdate('a@x', '101', null)), taken(userUpdate('a@x', '101', null))]).toEqual(['101', null]);
  });

  it('a taker waits for every other object releasing its number, never for itself', () => {
    const a = userUpdate('a@x', '101', '102');
    const b = userUpdate('b@x', '102', '103');
    const c = userUpdate('c@x', '104', '101');
    const edges = moveEdges([a, b, c]);
    expect([...edges.keys()].map((d) => d.action.address)).toEqual(['user["a@x"]', 'user["c@x"]']);
    expect(edges.get(a)).toEqual([b]);
    expect(edges.get(c)).toEqual([a]);
    // The same object releasing 101 in one draft and taking it in another (a release, then the update) waits on nothing.
    const again = userUpdate('a@x', null, '101');
    expect(moveEdges([userUpdate('a@x', '101', null), again]).has(again)).toBe(false);
  });
});

describe('cycles that cannot be broken', () => {
  const desired = org().user('a@x', { extension: '102' }).user('b@x', { extension: '101' });
  const current = live().user('a@x', { extension: '101' }).user('b@x', { extension: '102' });

  it('a swap the vendor cannot clear through its API names the objects and the two-step fix', () => {
    for (const support of [replace('extension is the user id'), manual('change it in the panel', 'Edit {email}')]) {
      const capabilities = caps().field('user', 'extension', support).build();
      expect(errorOf(() => planOf(desired, current, { caps: capabilities }))).toBe(
        'extensions move in a cycle between user["a@x"], user["b@x"], and the vendor cannot clear an extension through its API to break it; ' +
          'change the numbers in two steps (first to unused numbers, then to the final ones)',
      );
    }
  });

  it('a cycle that is not only moves lists each step once, in address order', () => {
    expect(errorOf(() => cycleErrorOf([userUpdate('b@x', '101', '102'), userUpdate('a@x', null, '101'), userUpdate('a@x', null, '101')]))).toBe(
      'the plan\'s actions depend on each other in a cycle: update user["a@x"], update user["b@x"]',
    );
    const desiredDepartments = org()
      .department('B', { failover: { type: 'department', target: 'A' } })
      .department('A', { failover: { type: 'department', target: 'B' } });
    expect(errorOf(() => planOf(desiredDepartments, live()))).toBe(
      'the plan\'s actions depend on each other in a cycle: create department["A"], create department["B"]',
    );
  });

  it('a swap names each object once', () => {
    expect(cycleError([userUpdate('b@x', '102', '101'), userUpdate('a@x', '101', '102'), userUpdate('a@x', '101', '102')]).message).toBe(
      'extensions move in a cycle between user["a@x"], user["b@x"], and the vendor cannot clear an extension through its API to break it; ' +
        'change the numbers in two steps (first to unused numbers, then to the final ones)',
    );
  });
});

function cycleErrorOf(cycle: Draft[]): never {
  throw cycleError(cycle);
}

describe('breaking a cycle', () => {
  it('an update whose reference waits on an object created in the cycle is split, the reference later', () => {
    // D gives up 101 (to nobody) and names new@x manager; new@x is created with 101.
    const desired = org().user('new@x', { extension: '101' }).department('D', { extension: null, manager: 'new@x' });
    const current = live().department('D', { extension: '101', manager: null });
    const plan = planOf(desired, current);
    expect(lines(plan)).toEqual([
      'create extension["101"]: not in live state',
      'update department["D"]: extension changed',
      'create user["new@x"]: not in live state',
      'invite user["new@x"]: new user with panel access',
      'update department["D"]: manager changed once what it refers to exists',
    ]);
    const [, early, create, , later] = plan.actions as UpdateAction[];
    expect(early!.changes).toEqual([{ field: 'extension', before: '101', after: null }]);
    expect(early!.after).toMatchObject({ extension: null, manager: null });
    expect(later!.changes).toEqual([{ field: 'manager', before: null, after: 'new@x' }]);
    expect(later!.before).toMatchObject({ extension: null, manager: null });
    expect(later!.after).toMatchObject({ extension: null, manager: 'new@x' });
    expect(later!.dependsOn).toEqual(expect.arrayContaining([early!.id, create!.id]));
  });

  it('only updates can be released first or split', () => {
    const create = makeDraft(
      { kind: 'create', resource: 'user', address: 'user["a@x"]', vendorId: null, reason: 'not in live state', after: { email: 'a@x', extension: '101' } },
      null,
      { email: 'a@x', extension: '101' },
    );
    expect(() => releaseFirst(create, ['extension'])).toThrow('only updates can release first');
    expect(() => splitLater(create, ['extension'])).toThrow('only updates can be split');
  });

  it('a release clears each field it names, and the update then starts from null', () => {
    const d = userUpdate('a@x', '101', '102');
    const release = releaseFirst(d, ['extension']);
    expect(release.key.endsWith(':release')).toBe(true);
    expect(release.action).toMatchObject({ reason: 'release extension 101 so it can be swapped', changes: [{ field: 'extension', before: '101', after: null }] });
    expect(release.after).toEqual({ email: 'a@x', extension: null });
    expect(d.before).toEqual({ email: 'a@x', extension: null });
    expect(d.action).toMatchObject({ changes: [{ field: 'extension', before: null, after: '102' }], before: { email: 'a@x', extension: null } });
  });
});

/** An update of `resource` at `address` from `before` to `after`, its changes the fields that differ. */
function update(resource: 'user' | 'department', name: string, before: Record<string, unknown>, after: Record<string, unknown>, suffix = ''): Draft {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null));
  const changes = fields.map((field) => ({ field, before: (before[field] ?? null) as never, after: (after[field] ?? null) as never }));
  return makeDraft(
    { kind: 'update', resource, address: `${resource}["${name}"]`, vendorId: `${resource}:${name}`, reason: 'changed', changes, before, after } as never,
    before,
    after,
    suffix,
  );
}

function object(kind: 'create' | 'delete' | 'replace', resource: 'user' | 'department', name: string, state: Record<string, unknown>): Draft {
  const address = `${resource}["${name}"]`;
  if (kind === 'create') return makeDraft({ kind, resource, address, reason: 'new', after: state } as never, null, state);
  if (kind === 'delete') return makeDraft({ kind, resource, address, vendorId: `${resource}:${name}`, reason: 'gone', before: state } as never, state, null);
  return makeDraft({ kind, resource, address, vendorId: `${resource}:${name}`, reason: 'forced', changes: [], replaceFields: ['email'], before: state, after: state } as never, state, state);
}

const fullCaps = caps().build();
const pick = (r: { draft: Draft; fields: string[] } | null) => (r ? `${r.draft.action.address} ${r.fields.join(',')}` : null);

describe('releasable: the update that lets go first', () => {
  it('clears an extension another object in the cycle takes', () => {
    const a = update('user', 'a@x', { extension: '101' }, { extension: '102' });
    const b = update('user', 'b@x', { extension: '102' }, { extension: '101' });
    expect(pick(releasable([b, a], fullCaps))).toBe('user["a@x"] extension');
    // Through the API only: a field the vendor changes by replace or in the panel cannot be cleared for a moment.
    expect(releasable([b, a], caps().field('user', 'extension', manual('panel', 'Edit {email}')).build())).toBeNull();
  });

  it('clears a manager, hours or failover that names an object the cycle deletes, and nothing else', () => {
    const old = object('delete', 'user', 'old@x', { email: 'old@x', extension: '101' });
    const kept = update('user', 'kept@x', { extension: '300' }, { extension: '301' });
    const d = update('department', 'D', { manager: 'old@x', failover: { type: 'user', target: 'kept@x' }, name: 'D' }, { manager: 'new@x', failover: { type: 'user', target: 'new@x' }, name: 'E' });
    expect(pick(releasable([old, kept, d], fullCaps))).toBe('department["D"] manager');
  });

  it('leaves changes to or from null alone (splitting serves those), and extensions nobody in the cycle takes', () => {
    const old = object('delete', 'user', 'old@x', { email: 'old@x' });
    expect(releasable([old, update('department', 'D', { manager: 'old@x' }, { manager: null })], fullCaps)).toBeNull();
    expect(releasable([old, update('department', 'D', { manager: null, extension: '101' }, { manager: 'old@x', extension: '102' })], fullCaps)).toBeNull();
    // The extension only counts when the cycle takes it: here nobody takes 101.
    expect(releasable([old, update('user', 'a@x', { extension: '101' }, { extension: '102' })], fullCaps)).toBeNull();
  });

  it('clears only fields that can be null for a moment: a role naming a deleted role is not one', () => {
    const lead = makeDraft({ kind: 'delete', resource: 'role', address: 'role["lead"]', vendorId: 'role:lead', reason: 'gone', before: { name: 'lead' } } as never, { name: 'lead' }, null);
    expect(releasable([lead, update('user', 'a@x', { role: 'lead' }, { role: 'admin' })], fullCaps)).toBeNull();
  });

  it('a failover that names nobody (voicemail) holds on to nothing', () => {
    const old = object('delete', 'user', 'old@x', { email: 'old@x' });
    const d = update('department', 'D', { failover: { type: 'voicemail', target: null } }, { failover: { type: 'user', target: 'new@x' } });
    expect(releasable([old, d], fullCaps)).toBeNull();
  });

  it('never picks an extra update made to break an earlier cycle', () => {
    const b = update('user', 'b@x', { extension: '102' }, { extension: '101' });
    // a@x comes first by address, but its update is itself a split-off (or release): b@x lets go instead.
    expect(pick(releasable([update('user', 'a@x', { extension: '101' }, { extension: '102' }, ':later'), b], fullCaps))).toBe('user["b@x"] extension');
    expect(pick(releasable([update('user', 'a@x', { extension: '101' }, { extension: '102' }, ':release'), b], fullCaps))).toBe('user["b@x"] extension');
  });
});

describe('splittable: the update whose late fields go after the rest', () => {
  const created = object('create', 'user', 'new@x', { email: 'new@x', extension: '101' });

  it('splits off a reference to an object created (or replaced) in the cycle', () => {
    const d = update('department', 'D', { extension: '101', manager: null }, { extension: null, manager: 'new@x' });
    expect(pick(splittable([d, created]))).toBe('department["D"] manager');
    expect(pick(splittable([d, object('replace', 'user', 'new@x', { email: 'new@x' })]))).toBe('department["D"] manager');
    // A user being deleted, or only updated, is no reason to wait.
    expect(splittable([d, object('delete', 'user', 'new@x', { email: 'new@x' })])).toBeNull();
    expect(splittable([d, update('user', 'new@x', { extension: '101' }, { extension: '103' })])).toBeNull();
  });

  it('splits off an extension another object in the cycle releases', () => {
    const a = update('user', 'a@x', { extension: '101' }, { extension: null });
    const b = update('user', 'b@x', { extension: '102', role: 'agent' }, { extension: '101', role: 'admin' });
    expect(pick(splittable([a, b]))).toBe('user["b@x"] extension');
    // 103 is released by nobody: nothing waits.
    expect(splittable([a, update('user', 'b@x', { extension: '102', role: 'agent' }, { extension: '103', role: 'admin' })])).toBeNull();
  });

  it('a field that already named the created object (only its case changes) does not wait for it', () => {
    const d = update('department', 'D', { extension: '101', manager: 'New@x' }, { extension: null, manager: 'new@x' });
    expect(splittable([d, created])).toBeNull();
  });

  it('does not split when every field waits (nothing could go first), nor a later update again, nor a non-update', () => {
    expect(splittable([update('department', 'D', { manager: null }, { manager: 'new@x' }), created])).toBeNull();
    expect(splittable([update('department', 'D', { extension: '101', manager: null }, { extension: null, manager: 'new@x' }, ':later'), created])).toBeNull();
    expect(splittable([object('create', 'department', 'D', { manager: 'new@x' }), created])).toBeNull();
  });

  it('takes the first candidate by address', () => {
    const e = update('department', 'E', { extension: '102', manager: null }, { extension: null, manager: 'new@x' });
    const d = update('department', 'D', { extension: '101', manager: null }, { extension: null, manager: 'new@x' });
    expect(pick(splittable([e, d, created]))).toBe('department["D"] manager');
    expect(pick(releasable([e, d, object('delete', 'user', 'old@x', {})], fullCaps))).toBeNull();
  });
});

describe('the extra updates', () => {
  it('a later update of several fields says what waits; a release of several fields names them', () => {
    const d = update('department', 'D', { extension: '101', manager: 'old@x', hours: 'day' }, { extension: '102', manager: 'new@x', hours: 'night' });
    const later = splitLater(d, ['extension', 'manager']);
    expect(later.action.reason).toBe('extension, manager changed once what it refers to exists');
    expect(d.action.reason).toBe('hours changed');
    const e = update('department', 'E', { manager: 'old@x', failover: { type: 'user', target: 'old@x' } }, { manager: 'new@x', failover: null });
    const release = releaseFirst(e, ['manager', 'failover']);
    expect(release.action.reason).toBe('clear manager, failover first, to break a dependency cycle');
    expect(release.after).toEqual({ manager: null, failover: null });
  });

  it('a release of the extension with another field names both', () => {
    const e = update('department', 'E', { extension: '101', manager: 'old@x' }, { extension: '102', manager: 'new@x' });
    expect(releaseFirst(e, ['extension', 'manager']).action.reason).toBe('clear extension, manager first, to break a dependency cycle');
  });

  it('a release of one field other than the extension says what it clears', () => {
    const e = update('department', 'E', { manager: 'old@x' }, { manager: 'new@x' });
    expect(releaseFirst(e, ['manager']).action.reason).toBe('clear manager first, to break a dependency cycle');
  });
});

describe('cycle messages, which kind', () => {
  it('a cycle with an object that releases a number but takes none is not a swap', () => {
    expect(cycleError([userUpdate('b@x', '101', '102'), userUpdate('a@x', '102', null)]).message).toBe(
      'the plan\'s actions depend on each other in a cycle: update user["a@x"], update user["b@x"]',
    );
  });
});
