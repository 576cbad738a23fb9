/**
 * Helpers for providers reporting read progress (ReadContext in provider.ts). A listener that throws is
 * ignored: progress is for people, and must never change what was read.
 */
import type { ReadContext, ReadProgress } from '../contract/provider.js';

function report(context: ReadContext | undefined, event: ReadProgress): void {
  try {
    context?.progress?.(event);
  } catch {
    // Best effort, like apply's progress events.
  }
}

/** Objects of one kind read one request each (a user's answer rules): `answer rules 412 of 1,000`. */
export function objectCounter(context: ReadContext | undefined, what: string, total: number): { add(): void } {
  let done = 0;
  report(context, { what, done, total });
  return { add: () => report(context, { what, done: ++done, total }) };
}

/** One request for a whole kind (the domain's devices): named while it runs. */
export async function readingOne<T>(context: ReadContext | undefined, what: string, read: () => Promise<T>): Promise<T> {
  report(context, { what, done: 0, total: 1 });
  const result = await read();
  report(context, { what, done: 1, total: 1 });
  return result;
}

/** Pages of a listing whose length the vendor does not say up front: `users page 3`, then finished. */
export function pageCounter(context: ReadContext | undefined, what: string): { read(): void; last(): void } {
  let done = 0;
  report(context, { what, done, total: null, unit: 'page' });
  return {
    read: () => report(context, { what, done: ++done, total: null, unit: 'page' }),
    last: () => report(context, { what, done, total: done, unit: 'page' }),
  };
}

/** Counts a promise's completion: for `Promise.all(items.map(...))` reads. */
export function counted<T>(counter: { add(): void }, work: Promise<T>): Promise<T> {
  return work.then((value) => {
    counter.add();
    return value;
  });
}
