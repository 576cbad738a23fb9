/**
 * Issue 16, items 1–3: every refusal the vendor will make is known before apply. Each case runs the CLI's
 * command functions against the vendor's emulator (real HTTP on 127.0.0.1, port 0): a vendor constraint blocks
 * `validate` or `plan` with the org.yaml position and the fix, and apply then refuses without a single write;
 * an API action that needs a manual step waits for it (exit 0, listed as waiting) and is sent once the step is
 * done; a create whose follow-up failed is reported as such and the next plan converges; seats are shown.
 */
import AjvDraft7 from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { apply } from '../../src/cli/commands/apply.js';
import { importCommand } from '../../src/cli/commands/import.js';
import { plan } from '../../src/cli/commands/plan.js';
import { validate } from '../../src/cli/commands/validate.js';
import { startMyoperatorEmulator, type MyoperatorEmulator } from '../../src/emulators/myoperator/index.js';
import { startNetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import { startSmartfloEmulator, type SmartfloEmulator } from '../../src/emulators/smartflo/index.js';
import { defaultFixtures } from '../../src/emulators/smartflo/fixtures.js';
import { ConfigError, EXIT } from '../../src/errors.js';
import type { Plan } from '../../src/plan/types.js';
import { memoryIO } from '../../src/shell/io.js';
import { converge } from '../conformance/converge.js';
import { netsapiensHarness } from '../conformance/netsapiens.harness.js';
import { tmpDir } from '../helpers/tmp.js';
import { expressible, importOptions, importSource } from '../import/harnesses.js';

const ajv = new AjvDraft7.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const validatePlan = ajv.compile(JSON.parse(readFileSync(new URL('../../schemas/plan.schema.json', import.meta.url), 'utf8')) as object);

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
});

interface Org {
  dir: string;
  env: NodeJS.ProcessEnv;
  write(yaml: string): Promise<void>;
  validate(): Promise<{ code: number; out: string }>;
  plan(extra?: { out?: string; format?: 'text' | 'json' }): Promise<{ code: number; out: string; err: string }>;
  apply(file?: string): Promise<{ code: number; out: string; err: string }>;
}

/** What the CLI's main prints for an error: the message and, for org.yaml, each diagnostic with its position. */
function failure(e: unknown): string {
  const diagnostics = e instanceof ConfigError ? e.diagnostics : [];
  return [String(e), ...diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}\n  hint: ${d.hint ?? ''}`)].join('\n');
}

/** Providers read credentials from the process environment (as the CLI does); each is removed after the test. */
async function orgFolder(env: NodeJS.ProcessEnv): Promise<Org> {
  for (const [name, value] of Object.entries(env)) {
    process.env[name] = value;
    stops.push(async () => void delete process.env[name]);
  }
  const dir = await tmpDir('ringform-never-lies-');
  const io = () => memoryIO({ cwd: dir, env });
  return {
    dir,
    env,
    write: (yaml) => writeFile(path.join(dir, 'org.yaml'), yaml),
    async validate() {
      const out = io();
      const code = await validate({ files: ['org.yaml'], format: 'text', noColor: true }, out);
      return { code, out: out.out() + out.err() };
    },
    async plan(extra = {}) {
      const out = io();
      const code = await plan({ file: 'org.yaml', format: extra.format ?? 'text', detailedExitcode: true, targets: [], resendInvites: false, force: false, noColor: true, out: extra.out }, out).catch((e: unknown) => {
        out.stderr.write(failure(e));
        return EXIT.error;
      });
      return { code, out: out.out(), err: out.err() };
    },
    async apply(file = 'org.yaml') {
      const out = io();
      const code = await apply({ file, autoApprove: true, force: false, parallelism: 4, targets: [], resendInvites: false, noColor: true }, out).catch((e: unknown) => {
        out.stderr.write(failure(e));
        return EXIT.error;
      });
      return { code, out: out.out(), err: out.err() };
    },
  };
}

// ── Smartflo ───────────────────────────────────────────────────────────────────────────────────────

async function smartflo(fixtures: Parameters<typeof startSmartfloEmulator>[0] = {}): Promise<{ emu: SmartfloEmulator; org: Org; provider: (vendor?: string) => string }> {
  const emu = await startSmartfloEmulator({ port: 0, strict: true, ...fixtures });
  stops.push(() => emu.close());
  const org = await orgFolder({ SF_LOGIN: emu.admin.loginId, SF_PASSWORD: emu.admin.password });
  const provider = (vendor = '') =>
    `version: 1\nprovider:\n  type: smartflo\n  endpoint: ${emu.url}\n  credentials: { usernameEnv: SF_LOGIN, passwordEnv: SF_PASSWORD }\n${vendor}`;
  return { emu, org, provider };
}

const userCreates = (emu: SmartfloEmulator) => emu.log.requests().filter((r) => r.method === 'POST' && r.path === '/v1/user').length;
const CALLER = '  vendor:\n    smartflo: { caller_id: ["+912240001000"] }\n';

describe('Smartflo: what the vendor refuses blocks the plan, never apply', () => {
  it('a user with no phone: plan blocks with RF400, the position and the fix; apply sends nothing (before: apply failed, exit 5)', async () => {
    const { emu, org, provider } = await smartflo();
    await org.write(`${provider(CALLER)}users:\n  - email: nophone@example.com\n    name: No Phone\n`);
    expect((await org.validate()).code).toBe(EXIT.ok); // a user that exists keeps its number: only a create needs one
    const planned = await org.plan();
    expect(planned.code).toBe(EXIT.guard);
    expect(planned.out).toMatch(/Blocked: .*org\.yaml:9:12 RF400 user\["nophone@example\.com"\]: No Phone has no phone: Smartflo needs a mobile number/);
    expect(planned.err).toContain('fix: Set `phone`');
    const applied = await org.apply();
    expect(applied.code).toBe(EXIT.guard);
    expect(userCreates(emu)).toBe(0);
  });

  it('no caller id on an account with two numbers: RF401 names the numbers to choose from; with one chosen the plan is clean', async () => {
    const { emu, org, provider } = await smartflo();
    const users = 'users:\n  - email: asha@example.com\n    name: Asha Rao\n    phone: "+919800000001"\n';
    await org.write(provider() + users);
    const planned = await org.plan({ format: 'json' });
    expect(planned.code).toBe(EXIT.guard);
    const json = JSON.parse(planned.out) as Plan;
    expect(validatePlan(json), JSON.stringify(validatePlan.errors)).toBe(true);
    expect(json.blocking).toEqual([
      expect.objectContaining({
        code: 'RF401',
        address: 'user["asha@example.com"]',
        position: { file: path.join(org.dir, 'org.yaml'), line: 2, column: 1 },
        fix: expect.stringContaining('one of +912240001000, +912240001001'),
      }),
    ]);
    // The fix names the field of today's org.yaml, not the old vendor spelling.
    expect(json.blocking![0]!.fix).toMatch(/^Choose the caller id: set users\[\]\.callerIds /);
    expect(json.blocking![0]!.fix).not.toContain('users[].vendor.smartflo.caller_id');
    expect((await org.apply()).code).toBe(EXIT.guard);
    expect(userCreates(emu)).toBe(0);

    // Following the fix as written (users[].callerIds) makes the plan clean.
    await org.write(`${provider()}${users}    callerIds: ["+912240001001"]\n`);
    expect((await org.plan()).code).toBe(EXIT.changes);

    await org.write(provider(CALLER) + users);
    expect((await org.plan()).code).toBe(EXIT.changes);
    expect((await org.apply()).code).toBe(EXIT.ok);
    expect(userCreates(emu)).toBe(1);
  });

  it('a role the account does not have (owner: the default tenant has no Owner role): RF404 at the role line, with the roles it has; apply sends nothing (before: the plan passed and apply failed the create)', async () => {
    const { emu, org, provider } = await smartflo();
    const asha = (role: string) => `users:\n  - email: asha@example.com\n    name: Asha Rao\n    phone: "+919800000001"\n    role: ${role}\n`;
    await org.write(provider(CALLER) + asha('owner'));
    const planned = await org.plan();
    expect(planned.code).toBe(EXIT.guard);
    expect(planned.out).toMatch(/Blocked: .*org\.yaml:12:11 RF404 user\["asha@example\.com"\]: Asha Rao has role "owner", which this Smartflo account does not have \(roles: "Admin", "Agent", "Supervisor", "Manager", "Team Lead"\)/);
    // Only roles org.yaml can name as written (review c3): team-lead needs a `roles:` entry first (RF217).
    expect(planned.out + planned.err).toContain('or choose one the account has: admin, agent, supervisor, manager (its custom roles team-lead need an entry under `roles` first).');
    expect((await org.apply()).code).toBe(EXIT.guard);
    expect(userCreates(emu)).toBe(0);

    // A role the account has: clean, applied, converged.
    await org.write(provider(CALLER) + asha('admin'));
    expect((await org.apply()).code).toBe(EXIT.ok);
    expect(userCreates(emu)).toBe(1);
    expect((await org.plan()).code).toBe(EXIT.ok);
  });

  it('a tenant that has an Owner role: role owner is created and converges', async () => {
    const fixtures = defaultFixtures();
    fixtures.roles.push({ id: 6, name: 'Owner' });
    const { org, provider } = await smartflo({ fixtures });
    await org.write(`${provider(CALLER)}users:\n  - email: asha@example.com\n    name: Asha Rao\n    phone: "+919800000001"\n    role: owner\n`);
    expect((await org.apply()).code).toBe(EXIT.ok);
    expect((await org.plan()).code).toBe(EXIT.ok);
  });

  it('a caller id that is not a number of the account is blocked too', async () => {
    const { org, provider } = await smartflo();
    await org.write(`${provider('  vendor:\n    smartflo: { caller_id: ["+919999999999"] }\n')}users:\n  - email: asha@example.com\n    name: Asha Rao\n    phone: "+919800000001"\n`);
    const planned = await org.plan();
    expect(planned.code).toBe(EXIT.guard);
    expect(planned.out).toContain('caller id "+919999999999" of Asha Rao is not a number of this Smartflo account');
  });

  it('receiveCalls: never fails validate with RF402 at its line, and plan refuses to run', async () => {
    const { emu, org, provider } = await smartflo();
    await org.write(`${provider(CALLER)}users:\n  - email: asha@example.com\n    name: Asha Rao\n    phone: "+919800000001"\n    receiveCalls: never\n`);
    const validated = await org.validate();
    expect(validated.code).toBe(EXIT.error);
    expect(validated.out).toMatch(/org\.yaml:12:19 {2}error RF402 {2}Asha Rao has receiveCalls: never, which Smartflo cannot express/);
    expect(validated.out).toContain('> 12 |     receiveCalls: never');
    expect(validated.out).toContain('hint: Use `status: disabled`');
    expect((await org.plan()).code).toBe(EXIT.error);
    expect((await org.apply()).code).toBe(EXIT.error);
    expect(userCreates(emu)).toBe(0);
  });

  it('a saved plan with a blocking diagnostic is refused by apply', async () => {
    const { emu, org, provider } = await smartflo();
    await org.write(`${provider(CALLER)}users:\n  - email: nophone@example.com\n    name: No Phone\n`);
    expect((await org.plan({ out: 'plan.json' })).code).toBe(EXIT.guard);
    const applied = await org.apply('plan.json');
    expect(applied.code).toBe(EXIT.guard);
    expect(applied.err).toContain('the vendor would refuse part of this plan, so none of it is applied');
    expect(userCreates(emu)).toBe(0);
  });
});

describe('Smartflo: an API action that needs a manual step waits for it', () => {
  const yaml = (provider: string) =>
    `${provider}schedules:\n  - name: business-hours\n    weekly: { mon: ["09:00-17:00"] }\nusers:\n  - email: asha@example.com\n    name: Asha Rao\n    phone: "+919800000001"\n  - email: ben@example.com\n    name: Ben Das\n    phone: "+919800000002"\n    receiveCalls: business-hours\n`;

  it('plan shows the chain, apply lists it as waiting and exits 0, plan keeps exiting 2; once the step is done the next plan creates the user (before: 422, exit 5)', async () => {
    const { emu, org, provider } = await smartflo();
    await org.write(yaml(provider(CALLER)));
    const first = await org.plan();
    expect(first.code).toBe(EXIT.changes);
    expect(first.out).toMatch(/\+ user\["ben@example\.com"\]\n.*\n\s+waits on manual step 1: create schedule\["business-hours"\] in the panel/);
    expect(first.out).toContain('Add "business-hours" to provider.vendor.smartflo.timeGroups in org.yaml');

    const applied = await org.apply();
    expect(applied.code, applied.out + applied.err).toBe(EXIT.ok);
    expect(applied.out).toContain('… waiting user["ben@example.com"] (create): waits on manual step 1: create schedule["business-hours"] in the panel');
    expect(applied.out).toMatch(/Apply complete: 1 succeeded, 0 failed, 0 skipped, 2 waiting on manual steps/);
    expect(emu.log.requests().filter((r) => r.method === 'POST' && r.path === '/v1/user').map((r) => r.status)).toEqual([200]);
    expect((await org.plan()).code).toBe(EXIT.changes);

    // The person does the step: the time group now exists in the account, and org.yaml says so.
    emu.state.fixtures.timeGroups.push({ id: 9, name: 'business-hours' });
    await org.write(yaml(provider(`  vendor:\n    smartflo: { caller_id: ["+912240001000"], timeGroups: [business-hours] }\n`)));
    const next = await org.plan();
    expect(next.out).toMatch(/\+ user\["ben@example\.com"\]/);
    expect(next.out).not.toContain('waits on manual step');
    const done = await org.apply();
    expect(done.code, done.out + done.err).toBe(EXIT.ok);
    const ben = [...emu.state.users.values()].find((u) => u.email === 'ben@example.com');
    expect(ben?.agent?.timeGroup?.name).toBe('business-hours');
  });

  // The sandbox → Smartflo migration of issue 16 (never-lies seed 20261203): Sales rings ben, then asha; ben waits on
  // the time group. Smartflo keeps ring order as positions, so asha added alone landed at 1, apply reported success,
  // and every later plan moved her from 1 to 2 without effect (and set Sales' ring timeout, unseen while empty).
  it('members behind a waiting member wait with it; once the step is done the ring order is the declared one', async () => {
    const { emu, org, provider } = await smartflo();
    const sales = 'departments:\n  - name: Sales\n    ringTimeout: 20\n    members: [ben@example.com, asha@example.com]\n';
    // Unpaced (the emulator has no rate limit): pacing has its own tests.
    const unpaced = '  limits: {rate: 1000, concurrency: 8}\n';
    await org.write(yaml(provider(CALLER + unpaced)) + sales);
    expect((await org.apply()).code).toBe(EXIT.ok);
    // Sales exists, empty: both members wait, and so does its ring timeout (seen only with agents).
    const first = await org.plan();
    expect(first.code).toBe(EXIT.changes);
    expect(first.out).toMatch(/\+ member\["Sales"\]\["asha@example\.com"\][^\n]*\n(\s+[^\n]*\n)*?\s+waits on manual step 1: create schedule\["business-hours"\] in the panel/);
    const again = await org.apply();
    expect(again.code, again.out + again.err).toBe(EXIT.ok);
    expect(again.out).toMatch(/0 failed, 0 skipped, \d+ waiting on manual steps/);
    expect(again.out).toContain('waiting member["Sales"]["asha@example.com"]');
    expect(again.out).toContain('waiting department["Sales"]');
    const salesOf = () => [...emu.state.departments.values()].find((d) => d.name === 'Sales')!;
    expect(salesOf().agents).toEqual([]);

    emu.state.fixtures.timeGroups.push({ id: 9, name: 'business-hours' });
    await org.write(yaml(provider(`  vendor:\n    smartflo: { caller_id: ["+912240001000"], timeGroups: [business-hours] }\n${unpaced}`)) + sales);
    const done = await org.apply();
    expect(done.code, done.out + done.err).toBe(EXIT.ok);
    const agentOf = (email: string) => [...emu.state.users.values()].find((u) => u.email === email)!.agent!.id;
    expect(salesOf().agents.map((a) => a.agentId)).toEqual([agentOf('ben@example.com'), agentOf('asha@example.com')]);
    expect(salesOf().agents.map((a) => a.timeout)).toEqual([20, 20]);
    const settled = await org.plan();
    expect(settled.out).not.toMatch(/[~+-] (member|department)\[/);
  });

  it('a time group some user already has is known to exist: no wait', async () => {
    const { emu, org, provider } = await smartflo();
    await org.write(yaml(provider(CALLER)).replace('receiveCalls: business-hours', 'receiveCalls: Weekend').replace('business-hours', 'Weekend'));
    const first = await org.apply();
    expect(first.out).toContain('waits on manual step');
    // Someone gives Asha the Weekend time group in the panel: now ringform can see it exists.
    const asha = [...emu.state.users.values()].find((u) => u.email === 'asha@example.com')!;
    asha.agent!.timeGroup = { id: 3, name: 'Weekend' };
    const next = await org.plan();
    expect(next.out).not.toContain('waits on manual step');
  });
});

// ── NetSapiens ─────────────────────────────────────────────────────────────────────────────────────

describe('NetSapiens: admin without panel access', () => {
  it('fails validate with RF410 at panelAccess (before: plan clean, apply refused after cancelling the invite)', async () => {
    const emu = await startNetsapiensEmulator({ port: 0, tokens: ['demo-key'], strict: true });
    stops.push(() => emu.close());
    const org = await orgFolder({ NS_KEY: 'demo-key' });
    await org.write(
      `version: 1\nprovider:\n  type: netsapiens\n  endpoint: ${emu.url}\n  domain: example.com\n  credentials: { tokenEnv: NS_KEY }\nusers:\n  - email: amir@example.com\n    name: Amir Khan\n    extension: "1001"\n    role: admin\n    panelAccess: false\n`,
    );
    const validated = await org.validate();
    expect(validated.code).toBe(EXIT.error);
    expect(validated.out).toMatch(/org\.yaml:12:18 {2}error RF410 {2}Amir Khan is admin without panel access/);
    expect(validated.out).toContain('hint: Give the user panel access (`panelAccess: true`), or make them an agent (`role: agent`).');
    expect((await org.apply()).code).toBe(EXIT.error);
    expect(emu.log.requests().filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('fails validate with RF411 / RF412 for a user or department without an extension (before: plan clean, apply failed on each)', async () => {
    const emu = await startNetsapiensEmulator({ port: 0, tokens: ['demo-key'], strict: true });
    stops.push(() => emu.close());
    const org = await orgFolder({ NS_KEY: 'demo-key' });
    await org.write(
      `version: 1\nprovider:\n  type: netsapiens\n  endpoint: ${emu.url}\n  domain: example.com\n  credentials: { tokenEnv: NS_KEY }\nusers:\n  - email: amir@example.com\n    name: Amir Khan\ndepartments:\n  - name: Sales\n`,
    );
    const validated = await org.validate();
    expect(validated.code).toBe(EXIT.error);
    expect(validated.out).toMatch(/org\.yaml:8:12 {2}error RF411 {2}Amir Khan has no extension/);
    expect(validated.out).toMatch(/org\.yaml:11:11 {2}error RF412 {2}department Sales has no extension/);
    expect((await org.apply()).code).toBe(EXIT.error);
    expect(emu.log.requests().filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('blocks balanced routing at validate (RF413) and a new owner at plan (RF414) (before: both failed at apply)', async () => {
    const emu = await startNetsapiensEmulator({ port: 0, tokens: ['demo-key'], strict: true });
    stops.push(() => emu.close());
    const org = await orgFolder({ NS_KEY: 'demo-key' });
    const head = `version: 1\nprovider:\n  type: netsapiens\n  endpoint: ${emu.url}\n  domain: example.com\n  credentials: { tokenEnv: NS_KEY }\n`;
    await org.write(`${head}departments:\n  - name: Ops\n    extension: "300"\n    routing: balanced\n`);
    const validated = await org.validate();
    expect(validated.code).toBe(EXIT.error);
    expect(validated.out).toMatch(/org\.yaml:10:14 {2}error RF413 {2}department Ops uses routing balanced/);
    await org.write(`${head}users:\n  - email: own@example.com\n    name: Olga Owner\n    extension: "150"\n    role: owner\n`);
    const planned = await org.plan();
    expect(planned.code).toBe(EXIT.guard);
    expect(planned.out + planned.err).toContain('RF414');
    expect((await org.apply()).code).toBe(EXIT.guard);
    expect(emu.log.requests().filter((r) => r.method !== 'GET')).toEqual([]);
  });
});

describe('NetSapiens: an existing user made owner', () => {
  it('blocks the plan with RF414 at the role line (before: plan clean, apply ran the rest and failed on the user, exit 5); an owner declared as owner is left alone', async () => {
    const emu = await startNetsapiensEmulator({
      port: 0,
      tokens: ['demo-key'],
      strict: true,
      domain: 'example.com',
      seed: {
        domains: {
          'example.com': {
            users: [
              { user: '150', 'name-first-name': 'Olga', 'name-last-name': 'Owner', 'email-address': 'olga@example.com', 'user-scope': 'Office Manager' },
              { user: '160', 'name-first-name': 'Sam', 'name-last-name': 'Super', 'email-address': 'sam@example.com', 'user-scope': 'Super User' },
            ],
          },
        },
      },
    });
    stops.push(() => emu.close());
    const org = await orgFolder({ NS_KEY: 'demo-key' });
    const head = `version: 1\nprovider:\n  type: netsapiens\n  endpoint: ${emu.url}\n  domain: example.com\n  credentials: { tokenEnv: NS_KEY }\n`;
    const users = (olga: string) =>
      `${head}users:\n  - email: olga@example.com\n    name: Olga Owner\n    extension: "150"\n    role: ${olga}\n  - email: sam@example.com\n    name: Sam Super\n    extension: "160"\n    role: owner\n`;
    await org.write(users('owner'));
    expect((await org.validate()).code).toBe(EXIT.ok); // needs the live role: plan's to say
    const planned = await org.plan({ format: 'json' });
    expect(planned.code).toBe(EXIT.guard);
    const json = JSON.parse(planned.out) as Plan;
    expect(validatePlan(json), JSON.stringify(validatePlan.errors)).toBe(true);
    expect(json.blocking).toEqual([
      expect.objectContaining({ code: 'RF414', address: 'user["olga@example.com"]', position: { file: expect.stringMatching(/org\.yaml$/), line: 11, column: 11 } }),
    ]);
    expect(json.blocking![0]!.fix).toContain('grant Reseller or Super User in the portal');
    expect((await org.apply()).code).toBe(EXIT.guard);
    expect(emu.log.requests().filter((r) => r.method !== 'GET')).toEqual([]);
    // Sam holds Super User and is declared owner: nothing to do. Olga kept as admin: nothing to do either.
    await org.write(users('admin'));
    const clean = await org.plan();
    expect(clean.code, clean.out + clean.err).toBe(EXIT.ok);
  });
});

// ── MyOperator ─────────────────────────────────────────────────────────────────────────────────────

async function myoperator(opts: Parameters<typeof startMyoperatorEmulator>[0] = {}): Promise<{ emu: MyoperatorEmulator; org: Org; provider: (vendor?: string) => string }> {
  const emu = await startMyoperatorEmulator({ port: 0, tokens: ['tok-123456'], ...opts });
  stops.push(() => emu.close());
  const org = await orgFolder({ MYO_TOKEN: 'tok-123456' });
  const provider = (vendor = '') => `version: 1\nprovider:\n  type: myoperator\n  endpoint: ${emu.url}\n  credentials: { tokenEnv: MYO_TOKEN }\n${vendor}`;
  return { emu, org, provider };
}

const myoUser = (email: string, n: number, extra = '') => `  - email: ${email}\n    name: User ${n}\n    phone: "+91987650000${n}"\n${extra}`;

describe('MyOperator', () => {
  it('receiveCalls on a schedule fails validate with RF420 and the panel path (before: the POST created the user, then apply reported it failed)', async () => {
    const { emu, org, provider } = await myoperator();
    await org.write(`${provider()}schedules:\n  - name: office\n    weekly: { mon: ["09:00-17:00"] }\nusers:\n${myoUser('asha@example.com', 1, '    receiveCalls: office\n')}`);
    const validated = await org.validate();
    expect(validated.code).toBe(EXIT.error);
    expect(validated.out).toMatch(/org\.yaml:13:19 {2}error RF420 {2}User 1 receives calls on schedule "office"/);
    expect(validated.out).toContain('Manage → Users → Edit → call-receiving time slots');
    expect((await org.apply()).code).toBe(EXIT.error);
    expect(emu.state.users).toEqual([]);
  });

  it('a create whose follow-up fails is reported as created-then-failed, and the next plan converges', async () => {
    const { emu, org, provider } = await myoperator();
    await org.write(`${provider()}users:\n${myoUser('asha@example.com', 1, '    receiveCalls: never\n')}`);
    // Every PUT /user fails (a vendor outage right after the POST).
    emu.faults({ rate: 1, kinds: ['500'], retryAfterSeconds: 0, latencyMs: 0, seed: 1, methods: ['PUT'] });
    const applied = await org.apply();
    expect(applied.code).toBe(EXIT.partial);
    expect(applied.out).toMatch(/✗ failed {2}user\["asha@example\.com"\] \(create\): created the user \(uuid [0-9a-f]+\), but then: setting receive_calls to "never" failed/);
    expect(emu.state.users.map((u) => [u.email, u.is_enabled])).toEqual([['asha@example.com', '1']]);

    emu.faults(null);
    const next = await org.plan();
    expect(next.out).toMatch(/~ user\["asha@example\.com"\]/);
    expect(next.out).toContain('receiveCalls: "always" → "never"');
    expect((await org.apply()).code).toBe(EXIT.ok);
    expect(emu.state.users.map((u) => [u.email, u.is_enabled])).toEqual([['asha@example.com', '0']]);
    const seats = JSON.parse((await org.plan({ format: 'json' })).out) as Plan;
    expect(seats.seats).toBeUndefined(); // nothing created: the seat count does not change
    const last = await org.plan({ format: 'json' });
    expect((JSON.parse(last.out) as Plan).actions.filter((a) => a.kind !== 'manual')).toEqual([]);
  });

  it('seats: the plan shows used before → after with "limit unknown"; a stated limit that would be exceeded blocks (RF430)', async () => {
    const { emu, org, provider } = await myoperator({ seatLimit: 2 });
    emu.state.add({ name: 'Old Timer', contact_number: '9876500009', email: 'old@example.com' });
    const users = `users:\n${myoUser('old@example.com', 9)}${myoUser('asha@example.com', 1, '    panelAccess: false\n')}${myoUser('ben@example.com', 2)}`;
    await org.write(provider() + users);
    const unknown = await org.plan();
    // A call-only user (panelAccess: false) takes a seat too: the API creates every user active.
    expect(unknown.out).toContain('Seats: 1 → 3 limit unknown (no MyOperator API shows it; state it as provider.vendor.myoperator.seatLimit)');

    await org.write(provider('  vendor:\n    myoperator: { seatLimit: 2 }\n') + users);
    const blocked = await org.plan();
    expect(blocked.code).toBe(EXIT.guard);
    expect(blocked.out).toContain('Seats: 1 → 3 of 2 (provider.vendor.myoperator.seatLimit); a seat is a user with "Active User" on');
    expect(blocked.out).toMatch(/Blocked: .*org\.yaml:8:1 RF430 user\["asha@example\.com"\]: the plan needs 3 seats .* 1 too many/);
    const json = JSON.parse((await org.plan({ format: 'json' })).out) as Plan;
    expect(validatePlan(json), JSON.stringify(validatePlan.errors)).toBe(true);
    expect(json.seats).toMatchObject({ before: 1, after: 3, limit: 2 });
    expect(json.blocking?.map((b) => b.code)).toEqual(['RF430']);
    expect((await org.apply()).code).toBe(EXIT.guard);
    expect(emu.state.users.map((u) => u.email)).toEqual(['old@example.com']);
  });
});

// ── Migration ──────────────────────────────────────────────────────────────────────────────────────

describe('migration: import from NetSapiens, apply to Smartflo', () => {
  it('is blocked at plan with the fix (before: the plan showed clean creates and apply exited 5)', async () => {
    const source = await netsapiensHarness.start();
    stops.push(() => source.close());
    const nsProvider = await source.createProvider();
    stops.push(async () => nsProvider.close?.());
    await converge(nsProvider, expressible(netsapiensHarness.org(source.config)));
    const { emu, org } = await smartflo();
    const io = memoryIO({ cwd: org.dir, env: { ...process.env } });
    expect(await importCommand({ ...importOptions, source: importSource(source.config), out: 'org.yaml' }, io), io.err()).toBe(EXIT.ok);
    const doc = parseDocument(await readFile(path.join(org.dir, 'org.yaml'), 'utf8'));
    doc.set('provider', doc.createNode({ type: 'smartflo', endpoint: emu.url, credentials: { usernameEnv: 'SF_LOGIN', passwordEnv: 'SF_PASSWORD' } }));
    await writeFile(path.join(org.dir, 'org.yaml'), doc.toString());

    // First stop, offline: what Smartflo cannot express at all (validate, then plan, refuse the file).
    const validated = await org.validate();
    expect(validated.code).toBe(EXIT.error);
    expect(validated.out).toMatch(/org\.yaml:\d+:\d+ {2}error RF402 {2}Carol has receiveCalls: never/);
    // Issue 19: the imported forwarding and voicemail, which Smartflo's API has no field for.
    expect(validated.out).toMatch(/org\.yaml:\d+:\d+ {2}error RF431 {2}Erin Lee declares forwarding/);
    expect(validated.out).toMatch(/org\.yaml:\d+:\d+ {2}error RF432 {2}Dan van Dyke declares voicemail/);
    expect((await org.plan()).code).toBe(EXIT.error);

    // Fixed as the hints say: the plan then stops on what the live account decides (no phones, two numbers).
    const fixed = parseDocument((await readFile(path.join(org.dir, 'org.yaml'), 'utf8')).replace('receiveCalls: never', 'status: disabled'));
    for (const i of fixed.getIn(['users']) ? (fixed.toJS() as { users: unknown[] }).users.keys() : []) {
      fixed.deleteIn(['users', i, 'forwarding']);
      fixed.deleteIn(['users', i, 'voicemail']);
    }
    await writeFile(path.join(org.dir, 'org.yaml'), fixed.toString());
    const planned = await org.plan();
    expect(planned.code, planned.out + planned.err).toBe(EXIT.guard);
    expect(planned.out).toMatch(/Blocked: .*org\.yaml:\d+:\d+ RF400 user\[".*"\]: .* has no phone: Smartflo needs a mobile number/);
    expect(planned.out).toMatch(/Blocked: .*org\.yaml:\d+:1 RF401 /);
    expect(planned.err).toContain('fix: Set `phone`');
    const applied = await org.apply();
    expect(applied.code).toBe(EXIT.guard);
    expect(userCreates(emu)).toBe(0);
  });
});
