/**
 * Promise 4 — safety.
 *  - A failed or truncated live read is never taken as "all users are gone": one page of the NetSapiens
 *    users listing fails, or comes back empty while /users/count says otherwise → `plan` and `apply` stop
 *    with an error, exit 1, no plan printed, no write request.
 *  - Guards end to end through the CLI, for every vendor: mass deletes over maxDeletes or
 *    maxDeletePercent → exit 3 unless --force; the account owner and protected users are never deleted
 *    or demoted, even with --force (exit 3, vendor state unchanged).
 *  - The credential's own user: with an API key, NetSapiens cannot say which user it is (GET /apikeys/~
 *    names no user), so it cannot be protected automatically; listing it in protectedUsers protects it.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { apply } from '../../src/cli/commands/apply.js';
import { plan } from '../../src/cli/commands/plan.js';
import { memoryIO } from '../../src/shell/io.js';
import { triage } from '../../src/cli/triage.js';
import { startNetsapiensEmulator, type NetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import { EXIT } from '../../src/errors.js';
import { NETSAPIENS_DOMAIN } from '../conformance/netsapiens.harness.js';
import { tmpDir } from '../helpers/tmp.js';
import { org } from '../plan/builders.js';
import { writeOrg } from './cli.js';
import { report } from './figures.js';
import { json, startProxy, type Proxy } from './proxy.js';
import { ADMIN as SAMPLE_ADMIN } from './sample.js';
import { reliabilityVendors, type VendorRun } from './vendors.js';

const vendors = await reliabilityVendors();
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

async function run(command: () => Promise<number>, io: ReturnType<typeof memoryIO>): Promise<number> {
  try {
    return await command();
  } catch (error) {
    return triage(error, io);
  }
}

async function withEnv<T>(env: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await work();
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

const planOpts = { format: 'text' as const, detailedExitcode: true, targets: [], resendInvites: false, force: false, noColor: true };
const applyOpts = { autoApprove: true, force: false, parallelism: 4, targets: [], resendInvites: false, noColor: true };

describe('a failed or truncated live read stops the plan (NetSapiens, 1,203 users over two pages)', () => {
  const TOKEN_ENV = 'RINGFORM_REL_SAFETY_TOKEN';
  let emu: NetsapiensEmulator;
  let proxy: Proxy;

  async function setUp(): Promise<string> {
    const users = Array.from({ length: 1203 }, (_, i) => ({ user: String(1000 + i), 'name-first-name': 'User', 'name-last-name': String(i), 'email-address': `user${i}@example.com`, 'user-scope': 'Call Center Agent' }));
    emu = await startNetsapiensEmulator({ port: 0, domain: NETSAPIENS_DOMAIN, seed: { domains: { [NETSAPIENS_DOMAIN]: { users } } } });
    proxy = await startProxy(emu.url);
    stops.push(() => emu.close(), () => proxy.close());
    process.env[TOKEN_ENV] = emu.token;
    stops.push(async () => void delete process.env[TOKEN_ENV]);
    const dir = await tmpDir('ringform-rel-safety-');
    // prune on and a desired org of one user: a short read here would plan 1,202 deletes or re-creates.
    await writeFile(
      path.join(dir, 'org.yaml'),
      `version: 1\nprovider: {type: netsapiens, endpoint: "${proxy.url}", domain: ${NETSAPIENS_DOMAIN}, credentials: {tokenEnv: ${TOKEN_ENV}}}\nsettings: {prune: {users: true}, guards: {maxDeletePercent: 100}}\nusers:\n  - {email: user0@example.com, name: User 0, extension: "1000", role: agent}\n  - {email: new@example.com, name: New Person, extension: "999"}\n`,
    );
    return dir;
  }

  const secondPage = (p: string) => p.includes(`/domains/${NETSAPIENS_DOMAIN}/users?`) && p.includes('start=1000');
  const cases = [
    { name: 'the second page fails (500)', tamper: (p: string) => (secondPage(p) ? json(500, { code: 500, message: 'Internal error' }) : null), says: /GET \/domains\/example\.com\/users\?start=1000&limit=1000 500 failed/ },
    { name: 'the second page comes back empty', tamper: (p: string) => (secondPage(p) ? json(200, []) : null), says: /listed 1000 users, but \/domains\/example\.com\/users\/count says there are 1203/ },
    { name: 'the first page comes back empty', tamper: (p: string) => (p.includes(`/domains/${NETSAPIENS_DOMAIN}/users?`) ? json(200, []) : null), says: /listed 0 users, but .* says there are 1203/ },
  ];

  it.each(cases)('$name: plan and apply exit 1, print no plan, write nothing', async ({ tamper, says }) => {
    const dir = await setUp();
    proxy.tamper = (req) => tamper(req.path);
    for (const command of ['plan', 'apply'] as const) {
      const io = memoryIO({ cwd: dir });
      const code = await run(() => (command === 'plan' ? plan({ file: 'org.yaml', ...planOpts }, io) : apply({ file: 'org.yaml', ...applyOpts, force: true }, io)), io);
      expect(code, io.err()).toBe(EXIT.error);
      expect(io.out(), 'no plan, no actions').toBe('');
      expect(io.err()).toMatch(says);
    }
    expect(emu.log.requests().filter((r) => r.method !== 'GET')).toEqual([]);
    expect(emu.state.requireDomain(NETSAPIENS_DOMAIN).users.size).toBe(1203);
  });
});

describe.each(vendors.map((v) => [v.type, v] as const))('guards through the CLI: %s', (type, vendor) => {
  const OWNER = { email: 'owner@example.com', name: 'Olga Owner', extension: '190', role: 'owner' as const };
  const ADMIN = { email: 'boss@example.com', name: 'Bo Boss', extension: '191', role: 'admin' as const };
  const STAFF = Array.from({ length: 10 }, (_, i) => ({ email: `staff${i}@example.com`, name: `Staff Member${i}`, extension: String(170 + i), role: 'agent' as const }));

  async function start(): Promise<VendorRun> {
    const r = await vendor.start({ seed: 1, expiringTokens: false });
    stops.push(() => r.close());
    await r.seedUsers([OWNER, ADMIN, ...STAFF]);
    return r;
  }

  /** org.yaml with these users (prune users on) and these guards. */
  async function orgFile(r: VendorRun, users: Array<{ email: string; name: string; extension: string; role: string }>, guards: { maxDeletes?: number; maxDeletePercent?: number; protectedUsers?: readonly string[] }): Promise<string> {
    const b = org();
    // The vendor's own account admin (NetSapiens adapters start with it): always declared, never at stake.
    b.user(SAMPLE_ADMIN.email, { name: SAMPLE_ADMIN.name, extension: SAMPLE_ADMIN.extension, role: 'admin', panelAccess: true });
    for (const u of users) b.user(u.email, { name: u.name, extension: u.extension, role: u.role, panelAccess: true });
    const built = b.prune({ users: true, extensions: false }).build();
    const adapt = vendor.adapt ?? ((x) => x);
    const o = adapt({ ...built, provider: r.config, settings: { ...built.settings, guards: { ...built.settings.guards, maxDeletes: guards.maxDeletes ?? null, maxDeletePercent: guards.maxDeletePercent ?? 30, protectedUsers: [...(guards.protectedUsers ?? [])] } } });
    const { providerYaml, dir } = r.cli();
    return writeOrg(dir, o, providerYaml, `org-${Math.random().toString(36).slice(2)}.yaml`);
  }

  async function cli(r: VendorRun, file: string, command: 'plan' | 'apply', force: boolean) {
    const { dir, env } = r.cli();
    return withEnv(env, async () => {
      const io = memoryIO({ cwd: dir });
      const code = await run(() => (command === 'plan' ? plan({ file, ...planOpts, force }, io) : apply({ file, ...applyOpts, force }, io)), io);
      return { code, out: io.out(), err: io.err() };
    });
  }

  const figures: Record<string, number> = {};
  const note = (k: string) => void (figures[k] = (figures[k] ?? 0) + 1);

  it('more deletes than maxDeletePercent (30%): exit 3, nothing changed; --force applies them and keeps the owner', async () => {
    const r = await start();
    const file = await orgFile(r, [OWNER, ADMIN, STAFF[0]!], {});
    const before = await r.snapshot();
    for (const command of ['plan', 'apply'] as const) {
      const res = await cli(r, file, command, false);
      expect(res.code, res.err).toBe(EXIT.guard);
      expect(res.err).toMatch(/deletes or replaces 9 of 1[23] users \(\d+%\), more than settings\.guards\.maxDeletePercent \(30%\)/);
      expect(res.err).toMatch(/run again with --force/);
      note(`exit3:${command}:maxDeletePercent`);
    }
    expect(await r.snapshot()).toEqual(before);
    const forced = await cli(r, file, 'apply', true);
    if (vendor.apiDeletes === false) {
      // Deletes are manual steps here: --force lets the plan through, and a person deletes the users.
      expect(forced.code, forced.err + forced.out).toBe(EXIT.ok);
      expect(forced.out).toMatch(/manual\s+user\["staff5@example\.com"\] \(delete by hand\)/);
      return;
    }
    expect(forced.code, forced.err + forced.out).toBe(EXIT.ok);
    const emails = (await r.snapshot()).map((e) => e.addresses[0]);
    expect(emails).toContain('user["owner@example.com"]');
    expect(emails).not.toContain('user["staff5@example.com"]');
  });

  it('more deletes than maxDeletes: exit 3 unless --force', async () => {
    const r = await start();
    const file = await orgFile(r, [OWNER, ADMIN, ...STAFF.slice(0, 8)], { maxDeletes: 1, maxDeletePercent: 100 });
    const before = await r.snapshot();
    const res = await cli(r, file, 'apply', false);
    expect(res.code, res.err).toBe(EXIT.guard);
    expect(res.err).toMatch(/deletes or replaces 2 objects, more than settings\.guards\.maxDeletes \(1\)/);
    expect(await r.snapshot()).toEqual(before);
    const forced = await cli(r, file, 'apply', true);
    expect(forced.code, forced.err + forced.out).toBe(EXIT.ok);
  });

  it.each([
    ['the owner, left out of org.yaml (deleted)', (u: typeof STAFF) => [ADMIN, ...u], {}, /owner@example\.com is an owner; the plan must not delete them/],
    ['the owner, declared as admin (demoted)', (u: typeof STAFF) => [{ ...OWNER, role: 'admin' }, ADMIN, ...u], {}, /owner@example\.com is an owner; the plan must not demote \(owner → admin\) them/],
    ['a protected user, left out (deleted)', (u: typeof STAFF) => [OWNER, ADMIN, ...u.slice(1)], { protectedUsers: ['staff0@example.com'] }, /staff0@example\.com is listed in settings\.guards\.protectedUsers; the plan must not delete them/],
    ['a protected admin, declared as agent (demoted)', (u: typeof STAFF) => [OWNER, { ...ADMIN, role: 'agent' }, ...u], { protectedUsers: ['boss@example.com'] }, /boss@example\.com is listed in settings\.guards\.protectedUsers; the plan must not demote \(admin → agent\) them/],
  ] as const)('%s: exit 3 even with --force, nothing changed', async (_name, users, guards, says) => {
    const r = await start();
    const file = await orgFile(r, users(STAFF), { maxDeletePercent: 100, ...guards });
    const before = await r.snapshot();
    for (const command of ['plan', 'apply'] as const) {
      const res = await cli(r, file, command, true);
      expect(res.code, res.err).toBe(EXIT.guard);
      expect(res.err).toMatch(says);
      expect(res.err).toMatch(/--force does not override this/);
      note(`exit3-forced:${command}`);
    }
    expect(await r.snapshot()).toEqual(before);
  });

  afterAll(() => report(`guards:${type}`, figures));
});

describe("the credential's own user (NetSapiens)", () => {
  it('an API key names no user (GET /apikeys/~), so it cannot be protected automatically; protectedUsers protects it', async () => {
    const emu = await startNetsapiensEmulator({ port: 0, domain: NETSAPIENS_DOMAIN });
    stops.push(() => emu.close());
    const res = await fetch(`${emu.url}/apikeys/~`, { headers: { authorization: `Bearer ${emu.token}` } });
    const key = (await res.json()) as Record<string, unknown>;
    expect(key).not.toHaveProperty('user');
    expect(key['user-scope']).toBe('Super User');
  });

  it('a password-grant token names its user (uid), which the provider could protect; today only protectedUsers does', async () => {
    const emu = await startNetsapiensEmulator({
      port: 0,
      domain: NETSAPIENS_DOMAIN,
      oauthClient: { clientId: 'c', clientSecret: 's' },
      seed: { domains: { [NETSAPIENS_DOMAIN]: { users: [{ user: '150', 'email-address': 'bot@example.com', 'name-first-name': 'Ringform', 'name-last-name': 'Bot', 'user-scope': 'Office Manager' }] } } },
    });
    stops.push(() => emu.close());
    const res = await fetch(`${emu.url}/tokens`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'password', username: '150@example.com', password: 'x', client_id: 'c', client_secret: 's' }) });
    const token = (await res.json()) as Record<string, unknown>;
    expect(token.uid).toBe('150@example.com');
    expect(token.user_email).toBe('bot@example.com');
  });
});

