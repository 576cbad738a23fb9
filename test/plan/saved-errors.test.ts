/**
 * Saved plans (saved.ts): what a refusal is (a RingformError, so the CLI prints the message and no stack
 * trace), the file as written (a text file ending in a newline), and no file handle left open.
 *
 * `await expect(p).rejects.toThrow('text')` also passes when `p` rejects with `undefined` (vitest 3), so
 * these tests take the error itself and check its class and message.
 */
import { readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RingformError } from '../../src/errors.js';
import { readSavedPlan, writeSavedPlan, type SavedPlan } from '../../src/plan/saved.js';
import { createA, planOf } from '../helpers/actions.js';
import { user } from '../helpers/model.js';
import { tmpDir } from '../helpers/tmp.js';

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

async function refusal(p: Promise<unknown>): Promise<RingformError> {
  const error = await p.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(RingformError);
  return error as RingformError;
}

describe('saved plan refusals', () => {
  it('refuses to write through a symbolic link with a RingformError naming the path', async () => {
    const dir = await tmpDir();
    const link = path.join(dir, 'plan.json');
    await symlink(path.join(dir, 'elsewhere.json'), link);
    const error = await refusal(writeSavedPlan(link, saved()));
    expect(error.message).toBe(
      `refusing to save the plan to ${link}: it is a symbolic link, and the plan (names and emails) would be written, and made private, wherever it points. Remove the link or choose another --out path.`,
    );
  });

  it('refuses a file that is not a saved plan with a RingformError naming the file and the problem', async () => {
    const file = path.join(await tmpDir(), 'p.json');
    await writeFile(file, JSON.stringify({ ...saved(), version: 2 }));
    const error = await refusal(readSavedPlan(file));
    expect(error.message).toBe(`${file} is not a usable saved plan: version 2 is not supported (this ringform reads version 1); make the plan again`);
  });

  it('says "not found" for a path that goes through a regular file', async () => {
    const file = path.join(await tmpDir(), 'plan.json');
    await writeFile(file, '{}');
    const inside = path.join(file, 'next.json');
    const error = await refusal(readSavedPlan(inside));
    expect(error.message).toBe(`saved plan ${inside} not found (check the path; it is relative to the current folder)`);
  });

  it('keeps the system error as the cause of an unreadable plan', async () => {
    const dir = await tmpDir();
    const error = await refusal(readSavedPlan(dir));
    expect((error.cause as NodeJS.ErrnoException).code).toBe('EISDIR');
  });
});

describe('a saved plan as written', () => {
  it('is JSON text ending in a newline', async () => {
    const file = path.join(await tmpDir(), 'plan.json');
    await writeSavedPlan(file, saved());
    const text = await readFile(file, 'utf8');
    expect(text).toBe(JSON.stringify(saved(), null, 2) + '\n');
  });

  it('leaves no file open', async () => {
    const dir = await tmpDir();
    const open = async () => (await readdir('/proc/self/fd')).length;
    await writeSavedPlan(path.join(dir, 'warm.json'), saved());
    const before = await open();
    for (let i = 0; i < 5; i++) await writeSavedPlan(path.join(dir, `p${i}.json`), saved());
    expect(await open()).toBe(before);
  });
});
