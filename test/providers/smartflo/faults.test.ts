/**
 * A 15-user apply while 20% of requests fail (429, 503, resets, creates whose response is lost, latency)
 * converges after at most one more clean apply, and no user or department is created twice: creates go
 * through HttpClient.createOnce, which reads back (by login id, by name) before re-sending.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SmartfloEmulator } from '../../../src/emulators/smartflo/index.js';
import type { Provider } from '../../../src/contract/provider.js';
import { applyOnce, failures, providerOn, remaining, startStrict, teamOrg } from './helpers.js';

let emu: SmartfloEmulator;
let provider: Provider;
afterEach(async () => {
  await provider.close?.();
  await emu.close();
});

function countsByEmail(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const u of emu.state.users.values()) counts.set(u.email, (counts.get(u.email) ?? 0) + 1);
  return counts;
}

describe('under faults', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`converges with seed ${seed}, creating no user twice`, async () => {
      emu = await startStrict();
      provider = providerOn(emu);
      const desired = teamOrg(emu.url, 15);
      emu.faults(`rate=0.2,kinds=429+503+reset+lost-create+latency,retry-after=0,latency-ms=20,seed=${seed}`);
      // The first apply may fail where a fault outlasted the retries (even its read); the next one must not.
      const first = await applyOnce(provider, desired).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
      emu.faults(null);
      expect(emu.log.requests().some((r) => r.fault !== undefined)).toBe(true);
      if (!(first instanceof Error)) expect(first.manifest.results.length).toBeGreaterThan(0);
      const second = await applyOnce(provider, desired);
      expect(failures(second.manifest)).toEqual([]);
      expect(await remaining(provider, desired)).toEqual([]);
      expect([...countsByEmail().values()].every((n) => n === 1)).toBe(true);
      expect(countsByEmail().size).toBe(15);
      expect(emu.state.departments.size).toBe(2);
      expect(emu.log.violations()).toEqual([]);
    });
  }

  it('reads back every create whose response is lost, and re-sends none', async () => {
    emu = await startStrict();
    provider = providerOn(emu);
    const desired = teamOrg(emu.url, 6);
    emu.faults('schedule=lost-create,methods=POST');
    const { manifest } = await applyOnce(provider, desired);
    emu.faults(null);
    expect(failures(manifest)).toEqual([]);
    expect(await remaining(provider, desired)).toEqual([]);
    const creates = emu.log.requests().filter((r) => r.method === 'POST' && (r.path === '/v1/user' || r.path === '/v1/department'));
    expect(creates).toHaveLength(8);
    expect(emu.state.users.size).toBe(6);
  });
});
