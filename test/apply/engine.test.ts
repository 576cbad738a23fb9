import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPlan, type ApplyEvent } from '../../src/apply/engine.js';
import { emptyLiveOrg, type LiveOrg } from '../../src/model/live.js';
import type { Action } from '../../src/plan/types.js';
import { createSandboxProvider } from '../../src/providers/sandbox/index.js';
import { createA, deleteA, inviteA, manualA, memberA, planOf, updateA } from '../helpers/actions.js';
import { createFakeProvider, failure } from '../helpers/fake-provider.js';
import { createLimitedProvider, USER_DELETE_STEPS } from '../helpers/limited-provider.js';
import { department, extension, sandboxConfig, user } from '../helpers/model.js';
import { tmpDir } from '../helpers/tmp.js';
import { rejection } from '../helpers/rejection.js';
import { RingformError } from '../../src/errors.js';

const live = emptyLiveOrg();

/** user create → (member add, invite); extension create independent. Ids a1..a5. */
function branchyPlan(): Action[] {
  return [
    createA('user', user('a@x.com'), { id: 'a1' }),
    createA('department', department('Q'), { id: 'a2' }),
    memberA('add-member', 'Q', 'a@x.com', 1, { id: 'a3', dependsOn: ['a1', 'a2'] }),
    inviteA('a@x.com', { id: 'a4', dependsOn: ['a1'] }),
    updateA('department', department('Q'), { ringTimeout: 30 }, { id: 'a5', dependsOn: ['a3'] }),
    createA('extension', extension('101'), { id: 'a6' }),
  ];
}

const statuses = (m: { results: Array<{ id: string; status: string }> }) => Object.fromEntries(m.results.map((r) => [r.id, r.status]));

describe('applyPlan', () => {
  it('runs every action after its dependencies, and reports in plan order', async () => {
    const provider = createFakeProvider({ delay: (a) => (a.id === 'a1' ? 15 : 1) });
    const manifest = await applyPlan(planOf(branchyPlan()), provider, { live });
    expect(manifest.results.map((r) => r.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    expect(manifest.counts).toEqual({ succeeded: 6, failed: 0, skipped: 0, waiting: 0, manual: 0 });
    const finishedBefore = (dep: string, id: string) => provider.finished.indexOf(dep) < provider.started.indexOf(id);
    expect(finishedBefore('a1', 'a3') && finishedBefore('a2', 'a3') && finishedBefore('a1', 'a4') && finishedBefore('a3', 'a5')).toBe(true);
    // a6 does not wait for slow a1.
    expect(provider.finished.indexOf('a6')).toBeLessThan(provider.finished.indexOf('a1'));
  });

  it('never runs more than `parallelism` actions at once (default 4)', async () => {
    const many = Array.from({ length: 20 }, (_, i) => createA('user', user(`u${i}@x.com`), { id: `p${i}` }));
    const four = createFakeProvider({ delay: () => 3 });
    await applyPlan(planOf(many), four, { live });
    expect(four.maxConcurrent).toBe(4);
    const two = createFakeProvider({ delay: () => 3 });
    await applyPlan(planOf(many), two, { live, parallelism: 2 });
    expect(two.maxConcurrent).toBe(2);
    const one = createFakeProvider({ delay: () => 1 });
    await applyPlan(planOf(many), one, { live, parallelism: 1 });
    expect(one.started).toEqual(many.map((a) => a.id));
  });

  it('skips everything that depends on a failure, transitively, and carries on elsewhere', async () => {
    const provider = createFakeProvider({ failOn: ['user["a@x.com"]'] });
    const events: ApplyEvent[] = [];
    const manifest = await applyPlan(planOf(branchyPlan()), provider, { live, onEvent: (e) => events.push(e) });
    expect(statuses(manifest)).toEqual({ a1: 'failed', a2: 'succeeded', a3: 'skipped', a4: 'skipped', a5: 'skipped', a6: 'succeeded' });
    const byId = new Map(manifest.results.map((r) => [r.id, r]));
    expect(byId.get('a1')!.message).toBe(failure('user["a@x.com"]'));
    for (const id of ['a3', 'a4', 'a5']) expect(byId.get(id)!.message).toBe('depends on failed action a1 user["a@x.com"]');
    expect(provider.started.sort()).toEqual(['a1', 'a2', 'a6']);
    expect(manifest.counts).toEqual({ succeeded: 2, failed: 1, skipped: 3, waiting: 0, manual: 0 });
    const failed = events.find((e) => e.type === 'failed')!;
    expect(failed).toMatchObject({ action: { id: 'a1' }, error: failure('user["a@x.com"]') });
    expect(failed.durationMs).toBeGreaterThanOrEqual(0);
    expect(events.filter((e) => e.type === 'skipped').map((e) => e.action.id)).toEqual(['a3', 'a4', 'a5']);
  });

  it('reports manual steps without performing them, and lists what needs them as waiting (not failed)', async () => {
    const provider = createFakeProvider();
    const actions = [
      memberA('remove-member', 'Q', 'old@x.com', 1, { id: 'm1' }),
      manualA('user["old@x.com"]', ['Open Users', 'Delete old@x.com'], { id: 'm2', dependsOn: ['m1'] }),
      deleteA('extension', extension('150'), { id: 'm3', dependsOn: ['m2'] }),
    ];
    const manifest = await applyPlan(planOf(actions), provider, { live });
    expect(statuses(manifest)).toEqual({ m1: 'succeeded', m2: 'manual', m3: 'waiting' });
    expect(manifest.results[1]).toMatchObject({ message: 'the API cannot delete users', intent: 'delete', steps: ['Open Users', 'Delete old@x.com'] });
    expect(manifest.results[2]!.message).toBe('waits on manual step m2: delete user["old@x.com"] in the panel');
    expect(manifest.counts).toMatchObject({ failed: 0, skipped: 0, waiting: 1 });
    expect(provider.started).toEqual(['m1']);
  });

  it('on abort, lets calls in flight finish and starts nothing new', async () => {
    const controller = new AbortController();
    const provider = createFakeProvider({
      delay: () => 5,
      onStart: (a) => {
        if (a.id === 'p1') controller.abort();
      },
    });
    const actions = Array.from({ length: 8 }, (_, i) => createA('user', user(`u${i}@x.com`), { id: `p${i}` }));
    const manifest = await applyPlan(planOf(actions), provider, { live, parallelism: 2, signal: controller.signal });
    expect(statuses(manifest)).toMatchObject({ p0: 'succeeded', p1: 'succeeded', p2: 'skipped', p7: 'skipped' });
    expect(provider.finished.sort()).toEqual(['p0', 'p1']);
    expect(manifest.results[5]!.message).toBe('interrupted');
    expect(manifest.counts).toEqual({ succeeded: 2, failed: 0, skipped: 6, waiting: 0, manual: 0 });
  });

  it('is not derailed by an event listener that throws', async () => {
    const onEvent = () => {
      throw new Error('EPIPE');
    };
    const manifest = await applyPlan(planOf(branchyPlan()), createFakeProvider(), { live, onEvent });
    expect(manifest.counts.succeeded).toBe(6);
  });

  it('starts nothing when already aborted', async () => {
    const provider = createFakeProvider();
    const manifest = await applyPlan(planOf(branchyPlan()), provider, { live, signal: AbortSignal.abort() });
    expect(provider.started).toEqual([]);
    expect(manifest.counts.skipped).toBe(6);
  });

  it('resolves ids from earlier creates first, then from live state', async () => {
    const seen: LiveOrg = { ...emptyLiveOrg(), users: [{ id: 'live-9', data: user('b@x.com'), inviteStatus: 'none' }] };
    const provider = createFakeProvider();
    const actions = [
      createA('user', user('a@x.com'), { id: 'c1' }),
      inviteA('a@x.com', { id: 'c2', dependsOn: ['c1'] }),
      inviteA('b@x.com', { id: 'c3' }),
      inviteA('z@x.com', { id: 'c4' }),
    ];
    await applyPlan(planOf(actions), provider, { live: seen });
    expect(provider.seenIds.get('user["a@x.com"]')).toBe('fake-1');
    expect(provider.seenIds.get('user["b@x.com"]')).toBe('live-9');
    expect(provider.seenIds.get('user["z@x.com"]')).toBeUndefined();
  });

  it('refuses a plan whose dependencies are not earlier actions', async () => {
    const actions = [createA('user', user('a@x.com'), { id: 'x1', dependsOn: ['x2'] }), createA('user', user('b@x.com'), { id: 'x2' })];
    expect((await rejection(applyPlan(planOf(actions), createFakeProvider(), { live }), RingformError)).message).toMatch(
      'action x1 user["a@x.com"] depends on x2, which is not an earlier action',
    );
    expect((await rejection(applyPlan(planOf([]), createFakeProvider(), { live, parallelism: 0 }), RingformError)).message).toMatch('parallelism');
  });

  it('keeps its invariants for any plan shape, failure set and parallelism', async () => {
    const planShape = fc
      .integer({ min: 1, max: 14 })
      .chain((n) =>
        fc.tuple(
          fc.tuple(...Array.from({ length: n }, (_, i) => fc.subarray(Array.from({ length: i }, (_, j) => j), { maxLength: Math.min(3, i) }))),
          fc.subarray(Array.from({ length: n }, (_, i) => i)),
          fc.subarray(Array.from({ length: n }, (_, i) => i), { maxLength: Math.min(2, n) }),
          fc.integer({ min: 1, max: 5 }),
        ),
      );
    await fc.assert(
      fc.asyncProperty(planShape, async ([deps, failing, manuals, parallelism]) => {
        const actions: Action[] = deps.map((d, i) =>
          manuals.includes(i)
            ? manualA(`user["m${i}@x.com"]`, ['step'], { id: `n${i}`, dependsOn: d.map((j) => `n${j}`) })
            : createA('user', user(`u${i}@x.com`), { id: `n${i}`, dependsOn: d.map((j) => `n${j}`) }),
        );
        const provider = createFakeProvider({ failOn: failing.map((i) => `user["u${i}@x.com"]`), delay: (a) => Number(a.id.slice(1)) % 3 });
        const manifest = await applyPlan(planOf(actions), provider, { live, parallelism });
        expect(provider.maxConcurrent).toBeLessThanOrEqual(parallelism);
        const status = new Map(manifest.results.map((r) => [r.id, r.status]));
        actions.forEach((action, i) => {
          // A manual step may follow another manual step; an API call needs every dependency to succeed.
          const done = manuals.includes(i) ? ['succeeded', 'manual'] : ['succeeded'];
          const depsOk = action.dependsOn.every((d) => done.includes(status.get(d) ?? ''));
          // Not attempted: skipped when something it needs failed or was skipped, else waiting on a manual step.
          const blockedBy = action.dependsOn.map((d) => status.get(d));
          const notRun = blockedBy.some((s) => s === 'failed' || s === 'skipped') ? 'skipped' : 'waiting';
          const expected = !depsOk ? notRun : manuals.includes(i) ? 'manual' : failing.includes(i) ? 'failed' : 'succeeded';
          expect(status.get(action.id)).toBe(expected);
          if (provider.started.includes(action.id)) {
            for (const d of action.dependsOn) expect(provider.finished.indexOf(d)).toBeLessThan(provider.started.indexOf(action.id));
          }
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe('applyPlan against the sandbox', () => {
  it('builds an org in dependency order', async () => {
    const provider = createSandboxProvider(sandboxConfig(await tmpDir()));
    const alice = user('alice@x.com', { extension: '101', panelAccess: true });
    const actions = [
      createA('extension', extension('101'), { id: '1' }),
      createA('user', alice, { id: '2', dependsOn: ['1'] }),
      createA('department', department('Sales', { extension: '200', manager: 'alice@x.com' }), { id: '3', dependsOn: ['2'] }),
      memberA('add-member', 'Sales', 'alice@x.com', 1, { id: '4', dependsOn: ['2', '3'] }),
      inviteA('alice@x.com', { id: '5', dependsOn: ['2'] }),
    ];
    const manifest = await applyPlan(planOf(actions), provider, { live: await provider.read() });
    expect(manifest.counts.succeeded).toBe(5);
    const after = await provider.read();
    expect(after.users[0]!.inviteStatus).toBe('pending');
    expect(after.departments[0]!.data.members).toEqual([{ user: 'alice@x.com', priority: 1 }]);
  });

  it('surfaces a missing dependency as the vendor refusing', async () => {
    const provider = createSandboxProvider(sandboxConfig(await tmpDir()));
    const actions = [
      createA('user', user('alice@x.com', { extension: '101' }), { id: '1' }),
      createA('extension', extension('101'), { id: '2' }),
    ];
    const manifest = await applyPlan(planOf(actions), provider, { live: emptyLiveOrg(), parallelism: 1 });
    expect(manifest.results[0]).toMatchObject({ status: 'failed', message: '422 unprocessable: extension 101 does not exist; create it first' });
  });

  it('reports a limited vendor’s manual delete with its panel steps', async () => {
    const provider = createLimitedProvider(sandboxConfig(await tmpDir()));
    expect(provider.capabilities.user.operations.delete).toMatchObject({ level: 'manual', steps: USER_DELETE_STEPS });
    expect((await rejection(provider.apply(deleteA('user', user('a@x.com')), () => undefined), RingformError)).message).toMatch('405');
    const manifest = await applyPlan(planOf([manualA('user["a@x.com"]', USER_DELETE_STEPS, { id: '1' })]), provider, { live });
    expect(manifest.results[0]).toMatchObject({ status: 'manual', steps: USER_DELETE_STEPS });
  });
});
