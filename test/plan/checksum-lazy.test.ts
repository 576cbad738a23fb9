import { describe, expect, it, vi } from 'vitest';
import { canonicalJson } from '../../src/plan/canonical.js';
import { desiredChecksum, liveChecksum } from '../../src/plan/checksum.js';
import { live, org, planOf } from './builders.js';

// Counts the hashing that computePlan asks for (the real functions run underneath).
const hashed = vi.hoisted(() => ({ desired: 0, live: 0 }));
vi.mock('../../src/plan/checksum.js', async (original) => {
  const real = await original<typeof import('../../src/plan/checksum.js')>();
  return {
    ...real,
    desiredChecksum: (...args: Parameters<typeof real.desiredChecksum>) => (hashed.desired++, real.desiredChecksum(...args)),
    liveChecksum: (...args: Parameters<typeof real.liveChecksum>) => (hashed.live++, real.liveChecksum(...args)),
  };
});

describe('plan checksums', () => {
  it('are hashed only when read, once, and emitted in their place with the same values', () => {
    const desired = org().user('a@x.com', { extension: '101' }).build();
    const current = live().user('a@x.com', { extension: '102' }).build();
    hashed.desired = hashed.live = 0;
    const plan = planOf(desired, current);
    expect(hashed).toEqual({ desired: 0, live: 0 }); // a plain `plan` never pays for them
    const json = JSON.parse(JSON.stringify(plan));
    expect(hashed).toEqual({ desired: 1, live: 1 });
    expect(Object.keys(json).at(-1)).toBe('checksums');
    expect(json.checksums).toEqual({ desired: desiredChecksum(desired), live: liveChecksum(current) });
    expect(plan.checksums).toBe(plan.checksums);
    expect(structuredClone(plan).checksums).toEqual(json.checksums);
    expect(hashed).toEqual({ desired: 2, live: 2 }); // the two direct calls above, not the plan again
    expect(canonicalJson(plan)).toContain('"checksums"');
  });
});
