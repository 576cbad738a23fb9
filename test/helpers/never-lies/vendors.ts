/**
 * The vendors "the plan never lies" runs against, each a real emulator on 127.0.0.1 (port 0) without faults,
 * or the sandbox's state file, or for Squaretalk (no API) a CSV export that a simulated person rewrites after
 * doing the checklist. Each knows how to make its live state untidy the way real accounts are (shapes
 * ringform itself would not write), and which generated shapes it leaves out because the vendor refuses them
 * and that refusal is a vendor constraint (issue 16 item 1, built elsewhere): those carry a
 * `// constraint: <what> (issue 16 item 1)` comment.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { startNetsapiensEmulator } from '../../../src/emulators/netsapiens/index.js';
import { startSmartfloEmulator } from '../../../src/emulators/smartflo/index.js';
import { defaultFixtures } from '../../../src/emulators/smartflo/fixtures.js';
import { startMyoperatorEmulator } from '../../../src/emulators/myoperator/index.js';
import type { Plan } from '../../../src/plan/types.js';
import { parseAddress } from '../../../src/model/address.js';
import { ADMIN, type GenOrg, type Shape } from './generate.js';
import { personDoes, SNAPSHOT_HEADER } from './squaretalk-person.js';

/** Untidy live shapes, applied straight to the vendor's state after the live side was applied. */

/**
 * These emulators have no rate limit, so the vendors' default pace (providers/<vendor>/pace.ts: MyOperator
 * 20 requests a minute) would only slow the property down; pacing has its own tests (test/providers/pace.test.ts).
 */

/** Stops a vendor's emulator and removes its folder. */
async function closeBoth(emu: { close(): Promise<void> }, dir: string): Promise<void> {
  await emu.close();
  await rm(dir, { recursive: true, force: true });
}

const UNPACED = '  limits: {rate: 1000, concurrency: 8}\n';
export interface Untidy {
  a: boolean;
  b: boolean;
  c: boolean;
}

export interface Target {
  dir: string;
  /** The `provider:` block of org.yaml. */
  providerYaml: string;
  /** Credentials the provider reads from the environment. */
  env: Record<string, string>;
  /** Makes live state untidy; returns what it did, for a failing case's message. */
  untidy(u: Untidy): Promise<string[]>;
  /** Squaretalk: after apply, a person does the checklist in the panel and exports the Users list again. */
  person?(plan: Plan): Promise<void>;
  /**
   * After an apply in which actions waited on manual steps: a person does the steps the waiting actions need in
   * the panel and says so in org.yaml (Smartflo: creates the time groups, lists them under
   * provider.vendor.smartflo.timeGroups). Returns the new org.yaml text; then the next plan must apply with
   * nothing waiting and converge.
   */
  doSteps?(plan: Plan, text: string): Promise<string | undefined>;
  close(): Promise<void>;
}

export interface NeverLiesVendor {
  type: 'sandbox' | 'netsapiens' | 'smartflo' | 'myoperator' | 'squaretalk';
  shape: Shape;
  /** Leaves out what the vendor refuses by a constraint the plan does not know yet (issue 16 item 1). */
  restrict(g: GenOrg): GenOrg;
  start(): Promise<Target>;
}

const suffix = () => randomBytes(4).toString('hex').toUpperCase();
const tmp = (name: string) => mkdtemp(path.join(os.tmpdir(), `ringform-never-lies-${name}-`));
const capitalised = (email: string) => email.charAt(0).toUpperCase() + email.slice(1);

const FULL: Shape = { extensions: true, departmentNumbers: true, schedules: true, departments: true };

const sandbox: NeverLiesVendor = {
  type: 'sandbox',
  shape: FULL,
  restrict: (g) => g,
  async start() {
    const dir = await tmp('sandbox');
    const stateFile = path.join(dir, '.ringform', 'sandbox.json');
    return {
      dir,
      providerYaml: 'provider:\n  type: sandbox\n',
      env: {},
      async untidy(u) {
        if (!u.c) return [];
        const state = JSON.parse(await readFile(stateFile, 'utf8').catch(() => 'null')) as { users: Array<{ data: { email: string } }> } | null;
        if (!state) return [];
        for (const user of state.users) user.data.email = capitalised(user.data.email);
        await writeFile(stateFile, JSON.stringify(state), { mode: 0o600 });
        return ['emails stored with a capital'];
      },
      close: () => rm(dir, { recursive: true, force: true }),
    };
  },
};

const NS_DOMAIN = 'example.com';

const netsapiens: NeverLiesVendor = {
  type: 'netsapiens',
  shape: FULL,
  restrict: (g) => ({
    ...g,
    users: g.users.map((u) =>
      u === null
        ? null
        : {
            ...u,
            // constraint: on NetSapiens a user without panel access has user-scope "No Portal", which carries no
            // role: only an agent can be call-only (issue 16 item 1; the NetSapiens case of the issue).
            // A user left without panelAccess keeps the live one, which may be "No Portal": a role then needs access.
            panelAccess: u.role !== null && u.role !== 'agent' && u.panelAccess !== false ? true : u.panelAccess,
            // constraint: ringform does not grant NetSapiens owner scopes (RF414): a new user, or one made owner,
            // is blocked; owner is drawn as admin here (an owner read as owner is left alone: plan-never-lies.test.ts).
            role: u.panelAccess === false && u.role !== 'agent' ? ('agent' as const) : u.role === 'owner' ? ('admin' as const) : u.role,
            // constraint: a NetSapiens user is identified by its extension: it needs one (issue 16 item 1).
            extension: u.extension ?? 0,
          },
    ),
    // constraint: a NetSapiens call queue is identified by its extension: a department needs one (issue 16 item 1).
    departments: g.departments.map((d) => (d === null ? null : { ...d, extension: d.extension ?? 0 })),
  }),
  async start() {
    const key = `nsd_${suffix()}`;
    const emu = await startNetsapiensEmulator({
      port: 0,
      strict: true,
      domain: NS_DOMAIN,
      tokens: [key],
      seed: { domains: { [NS_DOMAIN]: { users: [{ user: ADMIN.extension, 'name-first-name': 'Ada', 'name-last-name': 'Admin', 'email-address': ADMIN.email, 'user-scope': 'Office Manager' }] } } },
    });
    const dir = await tmp('ns');
    const tokenEnv = `RF_NL_NS_${suffix()}`;
    const domain = () => emu.state.requireDomain(NS_DOMAIN);
    return {
      dir,
      providerYaml: `provider:\n  type: netsapiens\n  endpoint: ${emu.url}\n  domain: ${NS_DOMAIN}\n  credentials:\n    tokenEnv: ${tokenEnv}\n${UNPACED}`,
      env: { [tokenEnv]: key },
      async untidy(u) {
        const done: string[] = [];
        const d = domain();
        if (u.a) {
          for (const q of d.callqueues.values()) q['callqueue-agent-dispatch-timeout-seconds'] = 0;
          done.push('queues with dispatch timeout 0');
        }
        if (u.b) {
          for (const agents of d.agents.values()) {
            const ordinals = [...agents.values()].map((a) => Number(a['callqueue-agent-dispatch-order-ordinal']));
            const low = Math.min(...ordinals);
            for (const a of agents.values()) a['callqueue-agent-dispatch-order-ordinal'] = Number(a['callqueue-agent-dispatch-order-ordinal']) - low;
          }
          done.push('agent ordinals counted from 0');
        }
        if (u.c) {
          for (const user of d.users.values()) if (typeof user['email-address'] === 'string' && user['email-address'] !== ADMIN.email) user['email-address'] = capitalised(user['email-address']);
          done.push('emails stored with a capital');
        }
        return done;
      },
      close: () => closeBoth(emu, dir),
    };
  },
};

const SF_CALLER_ID = '+912240001000';

const smartflo: NeverLiesVendor = {
  type: 'smartflo',
  shape: { extensions: false, departmentNumbers: false, schedules: false, departments: true },
  restrict: (g) => ({
    ...g,
    // Prune as drawn: a user left unmanaged in a department used to shift the declared members' positions (two
    // applies to converge); the declared members now ring first, the unmanaged after (plan/members.ts withRingOrder).
    users: g.users.map((u) =>
      u === null
        ? null
        : {
            ...u,
            // constraint: Smartflo needs a mobile number for every user (issue 16 item 1).
            phone: true,
            // constraint: Smartflo has no "never receive calls" setting (issue 16 item 1).
            receiveCalls: u.receiveCalls === 'never' ? 'always' : u.receiveCalls,
          },
    ),
  }),
  async start() {
    // Roles are the tenant's own: this tenant has an "Owner" role, so the generator's `role: owner` reaches apply
    // (a tenant without one blocks it at plan, RF404: test/cli/plan-never-lies.test.ts).
    const fixtures = defaultFixtures();
    fixtures.roles.push({ id: 6, name: 'Owner' });
    const emu = await startSmartfloEmulator({ port: 0, strict: true, fixtures });
    const dir = await tmp('sf');
    const s = suffix();
    return {
      dir,
      providerYaml:
        `provider:\n  type: smartflo\n  endpoint: ${emu.url}\n  credentials:\n    usernameEnv: RF_NL_SF_LOGIN_${s}\n    passwordEnv: RF_NL_SF_PW_${s}\n` +
        `  vendor:\n    smartflo:\n      caller_id: ["${SF_CALLER_ID}"]\n${UNPACED}`,
      env: { [`RF_NL_SF_LOGIN_${s}`]: emu.admin.loginId, [`RF_NL_SF_PW_${s}`]: emu.admin.password },
      async untidy(u) {
        const done: string[] = [];
        const teamLead = emu.state.fixtures.roles.find((r) => r.name === 'Team Lead')!.id;
        const users = [...emu.state.users.values()].filter((x) => x.email !== ADMIN.email);
        if (u.a && users[0]) {
          users[0].roleId = teamLead;
          done.push(`${users[0].email} holds the tenant role "Team Lead"`);
        }
        if (u.c) {
          for (const user of users) user.email = capitalised(user.email);
          done.push('emails stored with a capital');
        }
        return done;
      },
      async doSteps(plan, text) {
        const names = plan.actions
          .filter((a) => a.kind === 'manual' && a.intent === 'create' && a.resource === 'schedule')
          .map((a) => parseAddress(a.address)?.keys[0])
          .filter((n): n is string => n !== undefined);
        if (names.length === 0) return undefined;
        const groups = emu.state.fixtures.timeGroups;
        for (const name of names) if (!groups.some((g) => g.name === name)) groups.push({ id: 900 + groups.length, name });
        const line = `      caller_id: ["${SF_CALLER_ID}"]\n`;
        return text.replace(line, `${line}      timeGroups: ${JSON.stringify(names)}\n`);
      },
      close: () => closeBoth(emu, dir),
    };
  },
};

const MYO_ROLE_IDS = '{agent: 1, supervisor: 2, manager: 5, admin: 3, owner: 4, team-lead: 6}';

const myoperator: NeverLiesVendor = {
  type: 'myoperator',
  shape: { extensions: true, departmentNumbers: true, schedules: true, departments: true },
  restrict: (g) => ({
    ...g,
    users: g.users.map((u) =>
      u === null
        ? null
        : {
            ...u,
            // constraint: MyOperator needs a phone for every user (issue 16 item 1).
            phone: true,
            // constraint: MyOperator's API cannot set call-receiving hours; a create with receiveCalls on a schedule
            // fails after the POST made the user (issue 16 items 1 and 3).
            receiveCalls: u.receiveCalls === 0 || u.receiveCalls === 1 ? 'always' : u.receiveCalls,
          },
    ),
  }),
  async start() {
    const token = `myo-${suffix()}`;
    const emu = await startMyoperatorEmulator({ port: 0, tokens: [token] });
    const dir = await tmp('myo');
    const tokenEnv = `RF_NL_MYO_${suffix()}`;
    return {
      dir,
      providerYaml: `provider:\n  type: myoperator\n  endpoint: ${emu.url}\n  credentials:\n    tokenEnv: ${tokenEnv}\n  vendor:\n    myoperator:\n      roleIds: ${MYO_ROLE_IDS}\n${UNPACED}`,
      env: { [tokenEnv]: token },
      async untidy(u) {
        const done: string[] = [];
        const users = emu.state.users.filter((x) => x.email !== ADMIN.email);
        if (u.a && users[0]) {
          users[0].role_id = '2';
          done.push(`${users[0].email} has role_id 2 (supervisor), set in the panel`);
        }
        if (u.b && users[1]) {
          users[1].is_active = users[1].is_active === '1' ? '0' : '1';
          done.push(`${users[1].email} panel access flipped in the panel`);
        }
        if (u.c) {
          for (const user of users) user.email = capitalised(user.email);
          done.push('emails stored with a capital');
        }
        return done;
      },
      close: () => closeBoth(emu, dir),
    };
  },
};

const squaretalk: NeverLiesVendor = {
  type: 'squaretalk',
  shape: { extensions: true, departmentNumbers: false, schedules: false, departments: true },
  restrict: (g) => g,
  async start() {
    const dir = await tmp('sq');
    const file = path.join(dir, 'users.csv');
    await writeFile(file, `${SNAPSHOT_HEADER}\n`);
    return {
      dir,
      providerYaml: 'provider:\n  type: squaretalk\n  vendor:\n    squaretalk:\n      snapshot: users.csv\n',
      env: {},
      async untidy(u) {
        if (!u.c) return [];
        const text = await readFile(file, 'utf8');
        await writeFile(file, text.replace(/\bu(\d)@example\.com/g, 'U$1@Example.com'));
        return ['emails exported with capitals'];
      },
      person: (plan) => personDoes(file, plan),
      close: () => rm(dir, { recursive: true, force: true }),
    };
  },
};

export const NEVER_LIES_VENDORS: NeverLiesVendor[] = [sandbox, netsapiens, smartflo, myoperator, squaretalk];
