/**
 * Saved plans (saved.ts), the parts test/apply/saved-plan.test.ts leaves: every shape problem named, a
 * path that is no regular file or is a link refused, and the stale-plan reasons one by one, long lists cut.
 */
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSavedPlan, stalePlanDifferences, writeSavedPlan, type SavedPlan } from '../../src/plan/saved.js';
import { createA, planOf } from '../helpers/actions.js';
import { user } from '../helpers/model.js';
import { tmpDir } from '../helpers/tmp.js';
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

describe('reading a saved plan', () => {
  const plan = { ...saved().plan };
  it.each([
    ['an array', [], 'expected a JSON object'],
    ['null', null, 'expected a JSON object'],
    ['no format', { ...saved(), format: undefined }, '"format" is undefined, expected "ringform-saved-plan"'],
    ['a version as text', { ...saved(), version: '1' }, 'version "1" is not supported (this ringform reads version 1); make the plan again'],
    ['no ringform version', { ...saved(), ringform: 1 }, '"ringform" must be a string'],
    ['no creation time', { ...saved(), createdAt: null }, '"createdAt" must be a string'],
    ['options as a list', { ...saved(), options: [] }, '"options" must be {resendInvites: boolean, targets: string[]}'],
    ['resendInvites as text', { ...saved(), options: { resendInvites: 'no', targets: [] } }, '"options" must be'],
    ['targets as text', { ...saved(), options: { resendInvites: false, targets: 'user' } }, '"options" must be'],
    ['no plan', { ...saved(), plan: 'x' }, '"plan" must be an object'],
    ['a plan of another format', { ...saved(), plan: { ...plan, format: 'other' } }, '"plan" must be a ringform-plan version 1'],
    ['a plan of another version', { ...saved(), plan: { ...plan, version: 2 } }, '"plan" must be a ringform-plan version 1'],
    ['actions as an object', { ...saved(), plan: { ...plan, actions: {} } }, '"plan.actions" must be an array'],
    ['no live checksum', { ...saved(), plan: { ...plan, checksums: { desired: 'a' } } }, '"plan.checksums" must hold the desired and live checksums'],
    ['no desired checksum', { ...saved(), plan: { ...plan, checksums: { live: 'b' } } }, '"plan.checksums" must hold the desired and live checksums'],
  ])('refuses %s, saying what is wrong', async (_, data, problem) => {
    const file = path.join(await tmpDir(), 'p.json');
    await writeFile(file, JSON.stringify(data));
    expect((await rejection(readSavedPlan(file), RingformError)).message).toMatch(`${file} is not a usable saved plan: ${problem}`);
  });

  it('says why a path that is a folder cannot be read', async () => {
    const dir = await tmpDir();
    expect((await rejection(readSavedPlan(dir), RingformError)).message).toMatch(`cannot read the saved plan ${dir}: `);
    expect((await rejection(readSavedPlan(path.join(dir, 'missing', 'deeper.json')), RingformError)).message).toMatch('not found (check the path; it is relative to the current folder)');
  });
});

describe('writing a saved plan', () => {
  it('refuses a symbolic link, and leaves its target alone', async () => {
    const dir = await tmpDir();
    const target = path.join(dir, 'target.txt');
    await writeFile(target, 'keep');
    const link = path.join(dir, 'plan.json');
    await symlink(target, link);
    expect((await rejection(writeSavedPlan(link, saved()), RingformError)).message).toMatch(`refusing to save the plan to ${link}: it is a symbolic link`);
    expect(await readFile(target, 'utf8')).toBe('keep');
  });

  it('refuses a path that is not a regular file', async () => {
    const dir = path.join(await tmpDir(), 'plan.json');
    await mkdir(dir);
    expect((await rejection(writeSavedPlan(dir, saved()), RingformError)).message).toMatch(`cannot save the plan to ${dir}: it exists and is not a regular file. Choose another --out path.`);
  });

  it('replaces a longer file whole', async () => {
    const file = path.join(await tmpDir(), 'plan.json');
    await writeFile(file, 'x'.repeat(100_000));
    await writeSavedPlan(file, saved());
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(saved());
  });
});

describe('why a saved plan is stale', () => {
  const users = (emails: string[]) => emails.map((e, i) => createA('user', user(`${e}@x.com`), { id: String(i + 1) }));

  it('names each reason on its own', () => {
    const base = planOf(users(['a']), { desired: 'd', live: 'l' });
    expect(stalePlanDifferences(base, planOf(users(['a']), { desired: 'd2', live: 'l' }))).toEqual(['org.yaml changed since the plan was made']);
    expect(stalePlanDifferences(base, planOf(users(['a']), { desired: 'd', live: 'l2' }))).toEqual([
      'live state changed since the plan was made: someone (or another apply) changed the org at the vendor',
    ]);
  });

  it('lists at most five actions per kind of difference, then how many more', () => {
    const before = planOf(users(['a', 'b', 'c', 'd', 'e', 'f', 'g']));
    const after = planOf([]);
    expect(stalePlanDifferences(before, after)).toEqual([
      'the actions differ: no longer planned: create user["a@x.com"], create user["b@x.com"], create user["c@x.com"], create user["d@x.com"], create user["e@x.com"] and 2 more',
    ]);
    expect(stalePlanDifferences(planOf(users(['a', 'b', 'c', 'd', 'e'])), after)[0]).not.toContain('more');
  });
});
