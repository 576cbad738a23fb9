/** More than one page of users (limit 1000): every user is read, with start/limit pages until a short page. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { NetsapiensEmulator } from '../../../src/emulators/netsapiens/index.js';
import type { ReadProgress } from '../../../src/contract/provider.js';
import { NETSAPIENS_DOMAIN, providerFor, startEmulator, violations } from './helpers.js';

const COUNT = 1203;
let emu: NetsapiensEmulator;

beforeAll(async () => {
  const users = Array.from({ length: COUNT }, (_, i) => ({
    user: String(10000 + i),
    'name-first-name': 'User',
    'name-last-name': String(i),
    'email-address': `user${i}@example.com`,
    'user-scope': 'Basic User',
  }));
  emu = await startEmulator({ seed: { domains: { [NETSAPIENS_DOMAIN]: { users } } } });
});
afterAll(() => emu.close());

it(`reads all ${COUNT} users across pages, reporting each page and each user's answer rules`, async () => {
  const provider = providerFor(emu);
  const events: ReadProgress[] = [];
  const live = await provider.read({ progress: (e) => events.push({ ...e }) });
  await provider.close?.();
  // Progress: users page by page (the total is known once the short page comes), then each user's rules.
  expect(events.filter((e) => e.what === 'users')).toEqual([
    { what: 'users', done: 0, total: null, unit: 'page' },
    { what: 'users', done: 1, total: null, unit: 'page' },
    { what: 'users', done: 2, total: null, unit: 'page' },
    { what: 'users', done: 2, total: 2, unit: 'page' },
  ]);
  const rules = events.filter((e) => e.what === 'answer rules');
  expect(rules.map((e) => e.done)).toEqual(Array.from({ length: COUNT + 1 }, (_, i) => i));
  expect(rules.every((e) => e.total === COUNT)).toBe(true);
  expect(live.users).toHaveLength(COUNT);
  expect(new Set(live.users.map((u) => u.data.email)).size).toBe(COUNT);
  const pages = emu.log.requests().filter((r) => r.method === 'GET' && r.path === `/domains/${NETSAPIENS_DOMAIN}/users`);
  expect(pages.map((r) => r.query)).toEqual([
    { start: '0', limit: '1000' },
    { start: '1000', limit: '1000' },
  ]);
  expect(violations(emu)).toEqual([]);
});
