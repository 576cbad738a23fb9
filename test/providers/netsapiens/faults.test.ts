/**
 * A full apply of a 15-user org while 20% of requests fail (429, 503, connection resets, creates whose
 * response is lost, latency) converges after at most one more clean apply, and no user is created
 * twice: creates go through HttpClient.createOnce, which reads the object back before re-sending.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { NetsapiensEmulator } from '../../../src/emulators/netsapiens/index.js';
import type { Org } from '../../../src/model/org.js';
import type { Provider } from '../../../src/contract/provider.js';
import { org } from '../../plan/builders.js';
import { applyOnce, failures, NETSAPIENS_DOMAIN, netsapiensConfig, providerFor, remaining, startEmulator, violations } from './helpers.js';

let emu: NetsapiensEmulator;
let provider: Provider;
afterEach(async () => {
  await provider.close?.();
  await emu.close();
});

const hours = { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'], sat: [], sun: [] };

function fifteenUsers(endpoint: string): Org {
  const b = org().schedule('Office hours', { weekly: hours });
  const emails = Array.from({ length: 15 }, (_, i) => `agent${i + 1}@example.com`);
  emails.forEach((email, i) => {
    const number = String(101 + i);
    if (i % 3 === 0) b.extension(number, { type: 'sip', device: { mac: `0004F2AABB${String(i).padStart(2, '0')}`, model: 'VVX450' } });
    b.user(email, {
      name: `Agent Number${i + 1}`,
      extension: number,
      role: i === 0 ? 'admin' : i < 3 ? 'supervisor' : 'agent',
      panelAccess: i % 5 !== 4,
      receiveCalls: i % 4 === 1 ? 'Office hours' : 'always',
    });
  });
  b.department('Sales', { extension: '200', routing: 'round-robin', members: emails.slice(0, 8) });
  b.department('Support', { extension: '201', routing: 'serial', ringTimeout: 30, members: emails.slice(7) });
  return { ...b.build(), provider: netsapiensConfig(endpoint) };
}

function usersByEmail(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const u of emu.state.requireDomain(NETSAPIENS_DOMAIN).users.values()) {
    const email = String(u['email-address'] ?? '');
    if (email) counts.set(email, (counts.get(email) ?? 0) + 1);
  }
  return counts;
}

describe('under faults', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`converges with seed ${seed}, creating no user twice`, async () => {
      emu = await startEmulator();
      provider = providerFor(emu);
      const desired = fifteenUsers(emu.url);
      emu.faults(`rate=0.2,kinds=429+503+reset+lost-create+latency,retry-after=0,latency-ms=20,seed=${seed}`);
      // The first apply may fail where a fault outlasted the retries (even its read); the next one must not.
      const first = await applyOnce(provider, desired).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
      emu.faults(null);
      expect(emu.log.requests().some((r) => r.fault !== undefined)).toBe(true);
      if (!(first instanceof Error)) expect(first.manifest.results.length).toBeGreaterThan(0);
      const second = await applyOnce(provider, desired);
      expect(failures(second.manifest)).toEqual([]);
      expect(await remaining(provider, desired)).toEqual([]);
      expect([...usersByEmail().values()].every((n) => n === 1)).toBe(true);
      expect(usersByEmail().size).toBe(15);
      expect(violations(emu)).toEqual([]);
    });
  }

  it('reads back every create whose response is lost, and re-sends none', async () => {
    emu = await startEmulator();
    provider = providerFor(emu);
    const desired = fifteenUsers(emu.url);
    emu.faults('schedule=lost-create,methods=POST');
    const { manifest } = await applyOnce(provider, desired);
    emu.faults(null);
    expect(failures(manifest)).toEqual([]);
    expect(await remaining(provider, desired)).toEqual([]);
    const userPosts = emu.log.requests().filter((r) => r.method === 'POST' && r.path === `/domains/${NETSAPIENS_DOMAIN}/users`);
    expect(userPosts).toHaveLength(15);
    expect(userPosts.every((r) => r.fault === 'lost-create')).toBe(true);
    expect(usersByEmail().size).toBe(15);
  });
});
