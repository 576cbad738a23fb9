/**
 * The helper refusal tests use (test/helpers/rejection.ts) fails where vitest's `rejects.toThrow('text')` passes:
 * a rejection with `undefined` (the mutants of RELIABILITY 13.1), or with an error of another kind.
 */
import { describe, expect, it } from 'vitest';
import { RingformError } from '../../src/errors.js';
import { rejection, systemErrorCode } from '../helpers/rejection.js';

const failsWith = async (check: Promise<unknown>): Promise<string> => {
  const error = await check.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  return (error as Error).message;
};

describe('rejection(p, kind)', () => {
  it('passes where toThrow(text) passes on nothing: a `throw undefined` refusal', async () => {
    await expect(Promise.reject(undefined)).rejects.toThrow('any text at all');
    expect(await failsWith(rejection(Promise.reject(undefined), RingformError))).toMatch(/instance of RingformError/i);
  });

  it('fails on an error of another kind (a TypeError of a bug), and on a promise that resolves', async () => {
    expect(await failsWith(rejection(Promise.reject(new TypeError('x is not a function')), RingformError))).toMatch(/RingformError/);
    expect(await failsWith(rejection(Promise.resolve(1), RingformError))).toMatch(/expected to reject/);
  });

  it('returns the error of the expected kind, and a system error its code', async () => {
    const refusal = new RingformError('refused');
    expect(await rejection(Promise.reject(refusal), RingformError)).toBe(refusal);
    const missing = Object.assign(new Error('no such file'), { code: 'ENOENT' });
    expect(await systemErrorCode(Promise.reject(missing))).toBe('ENOENT');
  });
});
