/** mapBounded (src/providers/bounded.ts): input order, never more than `limit` at once, no new work after a failure. */
import { describe, expect, it } from 'vitest';
import { mapBounded } from '../../src/providers/bounded.js';
import { rejection } from '../helpers/rejection.js';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('mapBounded', () => {
  it('answers in input order, with at most `limit` running at once', async () => {
    let running = 0;
    let most = 0;
    const out = await mapBounded([5, 1, 4, 2, 3, 0, 6], 3, async (n, i) => {
      running++;
      most = Math.max(most, running);
      for (let k = 0; k < n; k++) await tick();
      running--;
      return `${i}:${n}`;
    });
    expect(out).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0', '6:6']);
    expect(most).toBe(3);
  });

  it('starts nothing after a failure and throws the first one', async () => {
    const started: number[] = [];
    const run = mapBounded(Array.from({ length: 100 }, (_, i) => i), 4, async (i) => {
      started.push(i);
      await tick();
      if (i === 5) throw new Error('item 5 failed');
      return i;
    });
    expect((await rejection(run, Error)).message).toBe('item 5 failed');
    expect(started.length).toBeLessThan(12);
  });

  it('handles no items', async () => {
    expect(await mapBounded([], 8, async () => 1)).toEqual([]);
  });
});
