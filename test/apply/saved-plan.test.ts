import { chmod, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/plan/types.js';
import { readSavedPlan, stalePlanDifferences, writeSavedPlan, type SavedPlan } from '../../src/plan/saved.js';
import { createA, updateA, planOf } from '../helpers/actions.js';
import { department, user } from '../helpers/model.js';
import { tmpDir } from '../helpers/tmp.js';
import { apply } from '../../src/cli/commands/apply.js';
import { plan as planCommand } from '../../src/cli/commands/plan.js';
import { EXIT } from '../../src/errors.js';
import { workspace } from '../cli/workspace.js';
import { rejection } from '../helpers/rejection.js';
import { RingformError } from '../../src/errors.js';

function saved(): SavedPlan {
  return {
    format: 'ringform-saved-plan',
    version: 1,
    ringform: '0.1.0',
    createdAt: '2026-01-01T00:00:00.000Z',
    orgFile: '../org.yaml',
    options: { resendInvites: false, targets: [] },
    plan: planOf([createA('user', user('a@x.com'), { id: '1' })], { desired: 'aaa', live: 'bbb' }),
  };
}

describe('saved plans', () => {
  it('round-trips, private to the owner', async () => {
    const file = path.join(await tmpDir(), 'plans', 'next.plan.json');
    await writeSavedPlan(file, saved());
    expect(await readSavedPlan(file)).toEqual(saved());
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('makes an existing file private too', async () => {
    const file = path.join(await tmpDir(), 'p.json');
    await writeFile(file, '{}');
    await chmod(file, 0o644);
    await writeSavedPlan(file, saved());
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['not JSON', 'nope', 'not valid JSON'],
    ['another format', JSON.stringify({ ...saved(), format: 'ringform-plan' }), '"format" is "ringform-plan", expected "ringform-saved-plan"'],
    ['a newer version', JSON.stringify({ ...saved(), version: 2 }), 'version 2 is not supported'],
    ['no org file', JSON.stringify({ ...saved(), orgFile: 3 }), '"orgFile" must be a string'],
    ['bad options', JSON.stringify({ ...saved(), options: {} }), '"options" must be'],
    ['no checksums', JSON.stringify({ ...saved(), plan: { ...saved().plan, checksums: null } }), '"plan.checksums"'],
  ])('rejects %s, naming the file', async (_, text, problem) => {
    const file = path.join(await tmpDir(), 'p.json');
    await writeFile(file, text);
    expect((await rejection(readSavedPlan(file), RingformError)).message).toMatch(`${file} is not a usable saved plan: ${problem}`);
  });

  it('says a missing file is not found', async () => {
    const file = path.join(await tmpDir(), 'missing.json');
    expect((await rejection(readSavedPlan(file), RingformError)).message).toMatch(`saved plan ${file} not found`);
  });
});

describe('stalePlanDifferences', () => {
  const plan = (actions: Action[] = [createA('user', user('a@x.com'), { id: '1' })], checksums = { desired: 'd', live: 'l' }) =>
    planOf(actions, checksums);

  it('is empty when checksums and actions match (key order does not matter)', () => {
    const fresh = plan();
    fresh.actions = fresh.actions.map((a) => Object.fromEntries(Object.entries(a).reverse()) as typeof a);
    expect(stalePlanDifferences(plan(), fresh)).toEqual([]);
  });

  it('says what changed', () => {
    const a = createA('user', user('a@x.com'), { id: '1' });
    const b = createA('user', user('b@x.com'), { id: '2' });
    const q = updateA('department', department('Q'), { ringTimeout: 30 }, { id: '3' });
    const q2 = updateA('department', department('Q'), { ringTimeout: 40 }, { id: '3' });
    expect(stalePlanDifferences(plan([a, q], { desired: 'd', live: 'l' }), plan([b, q2], { desired: 'd2', live: 'l2' }))).toEqual([
      'org.yaml changed since the plan was made',
      'live state changed since the plan was made: someone (or another apply) changed the org at the vendor',
      'the actions differ: no longer planned: create user["a@x.com"]; now also planned: create user["b@x.com"]; planned differently: update department["Q"]',
    ]);
    expect(stalePlanDifferences(plan([a, b]), plan([b, a]))).toEqual(['the actions differ: the same changes in a different order']);
  });
});

describe('apply PLANFILE', () => {
  it('never prompts, even on a terminal: the saved plan was the review (Terraform behaves the same)', async () => {
    const ws = await workspace('users:\n  - email: asha@example.com\n    name: Asha Rao\n');
    const planned = ws.io();
    await planCommand({ file: 'org.yaml', out: 'plan.json', format: 'text', detailedExitcode: false, targets: [], resendInvites: false, force: false, noColor: true }, planned);
    const questions: string[] = [];
    const io = ws.io(async (q) => (questions.push(q), false));
    const code = await apply({ file: 'plan.json', autoApprove: false, force: false, parallelism: 1, targets: [], resendInvites: false, noColor: true }, io);
    expect(code, io.err()).toBe(EXIT.ok);
    expect(questions).toEqual([]);
    expect((await ws.readLive()).users.map((u) => u.data.email)).toEqual(['asha@example.com']);
  });
});
