/**
 * The error a promise rejects with, checked to be of the expected class. `await expect(p).rejects.toThrow('text')`
 * also passes when `p` rejects with `undefined` (vitest 4 as 3; the mutants that turned a refusal into
 * `throw undefined` survived it, docs/RELIABILITY.md 13.1), and a bare `rejects.toThrow()` passes on any failure,
 * a TypeError of a bug included. Tests of a refusal take the error itself: its class (a RingformError is printed
 * without a stack trace), then its message.
 */
import { expect } from 'vitest';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function rejection<E>(p: Promise<unknown>, kind: abstract new (...args: any[]) => E): Promise<E> {
  const outcome = await p.then(
    () => ({ resolved: true as const }),
    (error: unknown) => ({ resolved: false as const, error }),
  );
  expect(outcome.resolved, 'the promise was expected to reject').toBe(false);
  const error = (outcome as { error: unknown }).error;
  expect(error).toBeInstanceOf(kind);
  return error as E;
}

/** The `code` of a Node system error (ENOENT, ECONNRESET…) a promise rejects with. */
export async function systemErrorCode(p: Promise<unknown>): Promise<string | undefined> {
  return (await rejection(p, Error) as NodeJS.ErrnoException).code;
}
