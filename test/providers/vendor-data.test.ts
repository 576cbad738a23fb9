/**
 * Issue 13, items 1 and 6, against the real emulators: identity is validated, never invented; listings
 * that are not lists, loop or repeat stop the read with a named error; the whole read has a deadline.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startMyoperatorEmulator } from '../../src/emulators/myoperator/index.js';
import { startNetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import { startSmartfloEmulator } from '../../src/emulators/smartflo/index.js';
import { createUser as sfCreateUser } from '../../src/emulators/smartflo/users.js';
import { createMyoperatorProvider } from '../../src/providers/myoperator/index.js';
import { createNetsapiensProvider } from '../../src/providers/netsapiens/index.js';
import { PageGuard, readDeadlineMs } from '../../src/providers/read-guard.js';
import { createSmartfloProvider } from '../../src/providers/smartflo/index.js';
import { canonicalEmail, VendorDataError } from '../../src/providers/vendor-data.js';
import { myoperatorConfig } from '../conformance/myoperator.harness.js';
import { NETSAPIENS_DOMAIN, netsapiensConfig } from '../conformance/netsapiens.harness.js';
import { smartfloConfig } from '../conformance/smartflo.harness.js';
import { startProxy } from '../reliability/proxy.js';
import { rejection } from '../helpers/rejection.js';
import { RingformError } from '../../src/errors.js';

const FAST = { retry: { baseDelayMs: 1, maxDelayMs: 2 } };
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

const nsUser = (ext: string, extra: Record<string, unknown> = {}) => ({ user: ext, 'name-first-name': 'P', 'name-last-name': ext, 'user-scope': 'Call Center Agent', ...extra });

async function nsRead(users: Record<string, unknown>[], env: Record<string, string> = {}, faults?: string) {
  const emu = await startNetsapiensEmulator({ port: 0, domain: NETSAPIENS_DOMAIN, seed: { domains: { [NETSAPIENS_DOMAIN]: { users } } }, ...(faults ? { faults } : {}) });
  stops.push(() => emu.close());
  const provider = createNetsapiensProvider(netsapiensConfig(emu.url, { tokenEnv: 'T' }), { env: { T: emu.token, ...env }, http: FAST });
  stops.push(async () => provider.close?.());
  return { emu, read: () => provider.read() };
}

describe('vendor ids', () => {
  it('an id with ESC or a bidi override is no id: the read stops without printing it', async () => {
    const { read } = await nsRead([nsUser('10\u001b[2K01', { 'email-address': 'a@example.com' }), nsUser('1002\u202e', { 'email-address': 'b@example.com' })]);
    const err = (await read().catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(VendorDataError);
    expect(err.message).toMatch(/user number 1 of the listing has no usable `user`/);
    expect(err.message).not.toMatch(/[\u001b\u202e]/);
  });
});

describe('canonical email', () => {
  it('trims and lower-cases one address; refuses anything else', () => {
    expect(canonicalEmail('  Priya@Example.COM\t')).toBe('priya@example.com');
    for (const bad of [undefined, null, 1001, '', '   ', 'not-an-email', 'a b@x.com', 'a@b@c', ['a@b.c'], 'a\u0000@b.c', 'a\u202e@b.c']) expect(canonicalEmail(bad)).toBeNull();
  });
});

describe('NetSapiens: identity', () => {
  it('a user without an email stops the read, naming the user by extension and not echoing data', async () => {
    const { read } = await nsRead([nsUser('1001', { 'email-address': 'a@example.com' }), nsUser('1002')]);
    const err = await read().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VendorDataError);
    expect(String((err as Error).message)).toMatch(/user "1002" has no email address.*NetSapiens portal/);
  });

  it.each([
    ['null', null, /null email/],
    ['numeric', 1001, /not text \(a number\)/],
    ['garbage', 'secret-thing', /not one valid address/],
  ])('a %s email stops the read', async (_name, email, message) => {
    const { read } = await nsRead([nsUser('1001', { 'email-address': email })]);
    const err = (await read().catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(VendorDataError);
    expect(err.message).toMatch(message);
    expect(err.message).not.toContain('secret-thing');
  });

  it('a space-padded, upper-case email reads as its canonical form', async () => {
    const { read } = await nsRead([nsUser('1001', { 'email-address': '  Priya@Example.com ' })]);
    expect((await read()).users.map((u) => u.data.email)).toEqual(['priya@example.com']);
  });

  it('system users (service-code system-*) legitimately have no email and are excluded', async () => {
    const { read } = await nsRead([nsUser('1001', { 'email-address': 'a@example.com' }), nsUser('9001', { 'service-code': 'system-queue' })]);
    const live = await read();
    expect(live.users.map((u) => u.id)).toEqual(['1001']);
  });

  it('two users with one email stop the read', async () => {
    const { read } = await nsRead([nsUser('1001', { 'email-address': 'a@example.com' }), nsUser('1002', { 'email-address': 'A@example.com ' })]);
    expect((await rejection(read(), RingformError)).message).toMatch(/users "1001" and "1002" have the same email address/);
  });

  it('an entry listed twice identically counts once, with a warning', async () => {
    const { emu, read } = await nsRead([nsUser('1001', { 'email-address': 'a@example.com' }), nsUser('1002', { 'email-address': 'b@example.com' })]);
    emu.corrupt('kinds=duplicate-entry,rate=1,seed=3');
    const live = await read();
    expect(live.users.map((u) => u.id).sort()).toEqual(['1001', '1002']);
    expect(live.warnings?.join('\n')).toMatch(/listed twice, identically/);
  });

  it('two different records under one id stop the read', async () => {
    const { emu, read } = await nsRead([nsUser('1001', { 'email-address': 'a@example.com' })]);
    emu.corrupt('kinds=conflicting-entry,rate=1');
    expect((await rejection(read(), RingformError)).message).toMatch(/two different user records with the id "1001"/);
  });

  it('the whole read has a deadline (RINGFORM_READ_DEADLINE_SECONDS)', async () => {
    const { read } = await nsRead([nsUser('1001', { 'email-address': 'a@example.com' })], { RINGFORM_READ_DEADLINE_SECONDS: '0.2' }, 'rate=1,kinds=latency,latency-ms=3000');
    expect((await rejection(read(), RingformError)).message).toMatch(/did not finish within the whole-read deadline of 0.2 s/);
  });

  it('past the deadline no further answer-rule request starts (the failed read does not go on in the background)', async () => {
    const users = Array.from({ length: 300 }, (_, i) => nsUser(String(1001 + i), { 'email-address': `u${i}@example.com` }));
    const { emu, read } = await nsRead(users, { RINGFORM_READ_DEADLINE_SECONDS: '0.6' }, 'rate=1,kinds=latency,latency-ms=100');
    const rules = () => emu.log.requests().filter((r) => r.path.endsWith('/answerrules')).length;
    // The deadline's timer, or (on a loaded machine, when the timer runs late) a request refused past it.
    expect((await rejection(read(), RingformError)).message).toMatch(/whole-read deadline (of 0.6 s|passed)/);
    const atDeadline = rules();
    // 8 at a time (the client's slots), 100 ms each: the 300 lists would take ~4 s. Only those the 64 workers
    // had already asked for (waiting for a slot) may still go out.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(rules() - atDeadline).toBeLessThanOrEqual(64);
    expect(rules()).toBeLessThan(300);
  }, 20_000);
});

async function sfRead(n: number, corrupt: string) {
  const emu = await startSmartfloEmulator({ port: 0 });
  stops.push(() => emu.close());
  for (let i = 0; i < n; i++) {
    sfCreateUser(emu.state, {
      name: `P ${i}`, number: `98765000${String(i).padStart(2, '0')}`, create_agent: true, create_web_login: true, email: `p${i}@example.com`,
      login_id: `login${i}x`, user_role: emu.state.fixtures.roles[0]!.id, password: 'Seeded-pw-1', status: true, caller_id: [101],
    });
  }
  emu.corrupt(corrupt);
  const provider = createSmartfloProvider(smartfloConfig(emu.url, { tokenEnv: 'T' }), { env: { T: emu.apiToken }, http: FAST });
  stops.push(async () => provider.close?.());
  return { emu, read: () => provider.read() };
}

describe('Smartflo: listings', () => {
  it('a cursor that comes back (1 → 2 → 1) stops the read within a few requests', async () => {
    const { emu, read } = await sfRead(5, 'kinds=cursor-loop,rate=1,page-size=1');
    expect((await rejection(read(), RingformError)).message).toMatch(/paging cursor came back .* it loops/);
    expect(emu.log.requests().filter((r) => r.path === '/v1/users').length).toBeLessThan(5);
  });

  it.each([['non-list-data'], ['null-body'], ['string-body']])('%s on the users listing stops the read (not an empty org)', async (kind) => {
    const { read } = await sfRead(3, `kinds=${kind},rate=1`);
    expect((await rejection(read(), RingformError)).message).toMatch(/not a list of records/);
  });

  it('one entry repeated in place of another (a shifting list) does not plan a delete: it counts once', async () => {
    const { read } = await sfRead(4, 'kinds=repeat-entry,rate=1,seed=5');
    const live = await read();
    expect(new Set(live.users.map((u) => u.id)).size).toBe(live.users.length);
    expect(live.warnings?.join('\n')).toMatch(/listed twice/);
  });

  it('a user detail without an email stops the read, naming the user id', async () => {
    const { read } = await sfRead(2, 'kinds=drop-email,rate=1');
    expect((await rejection(read(), RingformError)).message).toMatch(/\[smartflo\] GET \/v1\/user\/\d+: user \d+ has no email address/);
  });
});

async function myoRead(n: number, corrupt: string) {
  const emu = await startMyoperatorEmulator({ port: 0, tokens: ['tok'] });
  stops.push(() => emu.close());
  for (let i = 0; i < n; i++) emu.state.add({ name: `P ${i}`, email: `p${i}@example.com`, contact_number: `98765000${String(i).padStart(2, '0')}`, extension: '' });
  emu.corrupt(corrupt);
  const provider = createMyoperatorProvider(myoperatorConfig(emu.url, { tokenEnv: 'T' }), { env: { T: 'tok' }, http: FAST });
  stops.push(async () => provider.close?.());
  return { emu, read: () => provider.read() };
}

describe('MyOperator: listings', () => {
  it('a page that repeats the page before stops the read at once (not 10,000 re-reads)', async () => {
    const { emu, read } = await myoRead(6, 'kinds=repeat-page,rate=1,page-size=2');
    expect((await rejection(read(), RingformError)).message).toMatch(/page 2 repeats page 1/);
    expect(emu.log.requests().length).toBe(2);
  });

  it.each([['non-list-data'], ['null-body'], ['string-body']])('%s stops the read (not an empty org)', async (kind) => {
    const { read } = await myoRead(2, `kinds=${kind},rate=1`);
    expect((await rejection(read(), RingformError)).message).toMatch(/not a list of records/);
  });

  it('a numeric email stops the read, naming the user by uuid', async () => {
    const { read } = await myoRead(2, 'kinds=numeric-email,rate=1');
    expect((await rejection(read(), RingformError)).message).toMatch(/\[myoperator\] GET \/user: user "[0-9a-f]+" has an email address that is not text/);
  });
});

describe('page guard', () => {
  it('caps pages by the reported total: ceil(total / size) + 1', () => {
    const guard = new PageGuard({ vendor: 'v', source: 'GET /x' });
    guard.total(250, 100);
    for (let i = 0; i < 4; i++) guard.beforePage();
    expect(() => guard.beforePage()).toThrow(/did not end after 4 pages/);
  });

  it('refuses a page after the deadline', () => {
    const guard = new PageGuard({ vendor: 'v', source: 'GET /x', deadlineAt: Date.now() - 1 });
    expect(() => guard.beforePage()).toThrow(/deadline passed/);
  });

  it('reads the deadline from the environment, default 900 s, and refuses nonsense', () => {
    expect(readDeadlineMs({})).toBe(900_000);
    expect(readDeadlineMs({ RINGFORM_READ_DEADLINE_SECONDS: '30' })).toBe(30_000);
    expect(() => readDeadlineMs({ RINGFORM_READ_DEADLINE_SECONDS: '-1' })).toThrow(/must be a number of seconds above 0/);
  });
});

describe('Smartflo: a detail that describes another user', () => {
  it('stops the read instead of giving this id the other user\'s email', async () => {
    const { emu } = await sfRead(2, '');
    const proxy = await startProxy(emu.url);
    stops.push(() => proxy.close());
    const [first, second] = [...emu.state.users.values()];
    // A proxy mix-up: GET /v1/user/{second} answers with the first user's detail.
    proxy.tamper = (req) => (req.path === `/v1/user/${second!.id}` ? { rewrite: (status, body) => ({ status, body: body.replace(`"id":"${second!.id}"`, `"id":"${first!.id}"`) }) } : null);
    const provider = createSmartfloProvider(smartfloConfig(proxy.url, { tokenEnv: 'T' }), { env: { T: emu.apiToken }, http: FAST });
    stops.push(async () => provider.close?.());
    expect((await rejection(provider.read(), RingformError)).message).toMatch(new RegExp(`GET /v1/user/${second!.id}: the answer describes user "${first!.id}", not user ${second!.id}`));
  });
});

describe('page guard: repeats', () => {
  it('a page equal to any earlier page stops (A, B, A), not only the one before', () => {
    const guard = new PageGuard({ vendor: 'v', source: 'GET /x' });
    const a = [{ id: 1 }];
    const b = [{ id: 2 }];
    guard.beforePage();
    guard.page(a);
    guard.beforePage();
    guard.page(b);
    guard.beforePage();
    expect(() => guard.page(a)).toThrow(/page 3 repeats page 1/);
  });
});
