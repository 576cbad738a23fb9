/**
 * Smartflo cases a reviewer found where a clean plan was followed by a failing apply, or the plan showed what
 * apply did not do; each against the strict emulator, through the real provider, planner and apply engine.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SmartfloEmulator } from '../../../src/emulators/smartflo/index.js';
import { createUser as emulatorCreateUser } from '../../../src/emulators/smartflo/users.js';
import type { Provider } from '../../../src/contract/provider.js';
import type { Org } from '../../../src/model/org.js';
import { createSmartfloProvider } from '../../../src/providers/smartflo/index.js';
import { org } from '../../plan/builders.js';
import { declaredOrder } from '../../../src/providers/smartflo/ring-order.js';
import { applyOnce, FAST_RETRY, failures, loginEnv, planFor, remaining, smartfloConfig, startStrict } from './helpers.js';

let emu: SmartfloEmulator;
let provider: Provider;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setUp(vendor: Record<string, unknown> = {}, emulator: Parameters<typeof startStrict>[0] = {}) {
  emu = await startStrict(emulator);
  const { env, credentials } = loginEnv(emu);
  const base = smartfloConfig(emu.url, credentials);
  const config = { ...base, vendor: { ...base.vendor, ...vendor } };
  provider = createSmartfloProvider(config, { env, http: FAST_RETRY });
  const [opened, client] = [emu, provider];
  cleanups.push(() => opened.close(), async () => client.close?.());
  return config;
}

/** A user made in the panel (not by ringform): straight into the emulator's state, as the API would. */
function panelUser(email: string, loginId: string, number: string) {
  return emulatorCreateUser(emu.state, {
    name: 'Old Timer', number, create_agent: true, create_web_login: true, email, login_id: loginId, user_role: 2, password: 'Aa-bbbbbb1!', status: true, caller_id: [101],
  });
}

const writes = () => emu.log.requests().filter((r) => r.method !== 'GET' && r.path !== '/v1/auth/login');

describe('Smartflo: what the vendor refuses is known at plan time', () => {
  it('agent groups listed under provider.vendor.smartflo.agentGroups: an unknown one blocks the plan (RF466), nothing is sent; known ones apply and converge', async () => {
    const config = await setUp({ agentGroups: ['Inbound', 'Outbound'] });
    const desired: Org = { ...org().user('asha@example.com', { name: 'Asha Rao', phone: '+919800000101', agentGroups: ['Inbound', 'Nightshift'] }).build(), extensions: [], provider: config };
    const plan = planFor(provider, desired, await provider.read());
    expect(plan.blocking?.map((b) => `${b.code} ${b.address}`)).toEqual(['RF466 user["asha@example.com"]']);
    expect(plan.blocking?.[0]?.message).toContain('"Nightshift"');
    expect(writes()).toEqual([]);

    desired.users[0]!.agentGroups = ['Inbound'];
    const { plan: fixed, manifest } = await applyOnce(provider, desired);
    expect(fixed.blocking).toBeUndefined();
    expect(failures(manifest)).toEqual([]);
    expect(emu.state.findUser((u) => u.email === 'asha@example.com')?.agentGroups).toEqual(['Inbound']);
    expect(await remaining(provider, desired)).toEqual([]);
  });

  it('agent groups with no list in org.yaml: the plan names them as sent unchecked (an unverified line), never a silent pass', async () => {
    const config = await setUp();
    const desired: Org = { ...org().user('asha@example.com', { name: 'Asha Rao', phone: '+919800000101', agentGroups: ['Inbound', 'Nightshift'] }).build(), extensions: [], provider: config };
    const plan = planFor(provider, desired, await provider.read());
    expect(plan.blocking).toBeUndefined();
    const line = plan.unverified.find((u) => u.field === 'agentGroups' && u.why.includes('unchecked'));
    expect(line?.why).toContain('"Inbound", "Nightshift" sent unchecked by user["asha@example.com"]');
    expect(line?.why).toContain('provider.vendor.smartflo.agentGroups');
    // One line for users.agentGroups (review c7: the read's line and the unchecked one were two in a row).
    expect(plan.unverified.filter((u) => u.resource === 'user' && u.field === 'agentGroups')).toHaveLength(1);
  });

  it('a login id a live user not in org.yaml already has blocks the create (RF467), any case; the user\'s own login id does not', async () => {
    const config = await setUp();
    panelUser('old@example.com', 'taken.id', '9800000199');
    const desired: Org = {
      ...org().user('cara@example.com', { name: 'Cara Iyer', phone: '+919800000103', loginId: 'Taken.ID' }).build(),
      extensions: [],
      provider: config,
    };
    const plan = planFor(provider, desired, await provider.read());
    expect(plan.blocking?.map((b) => `${b.code} ${b.address}`)).toEqual(['RF467 user["cara@example.com"]']);
    expect(plan.blocking?.[0]?.message).toContain('old@example.com');
    expect(plan.blocking?.[0]?.fix).toContain('is not managed by org.yaml (not declared, or matched by settings.ignore)');

    // The default login id (the email) clashes too: a panel user signing in as cara's email.
    desired.users[0]!.loginId = null;
    panelUser('older@example.com', 'cara@example.com', '9800000198');
    const byEmail = planFor(provider, desired, await provider.read());
    expect(byEmail.blocking?.map((b) => b.code)).toEqual(['RF467']);

    // A free login id applies; changing it later to the user's own (other case) is no clash.
    desired.users[0]!.loginId = 'cara.iyer';
    const { manifest } = await applyOnce(provider, desired);
    expect(failures(manifest)).toEqual([]);
    desired.users[0]!.loginId = 'Cara.Iyer';
    expect(planFor(provider, desired, await provider.read()).blocking).toBeUndefined();
    // Moving an existing user onto a taken one is refused too.
    desired.users[0]!.loginId = 'TAKEN.id';
    expect(planFor(provider, desired, await provider.read()).blocking?.map((b) => b.code)).toEqual(['RF467']);
  });
});

describe('Smartflo: an email change that moves a login id is checked like a loginId change (RF467)', () => {
  it('review A1: frank -> erin@example.com (previously frank) while unmanaged dave signs in as erin@example.com: blocked at plan, not 422 at apply', async () => {
    const config = await setUp();
    const before: Org = {
      ...org()
        .user('dave@example.com', { name: 'Dave Roy', phone: '+919800000104', loginId: 'erin@example.com' })
        .user('frank@example.com', { name: 'Frank Sen', phone: '+919800000106' })
        .build(),
      extensions: [],
      provider: config,
    };
    expect(failures((await applyOnce(provider, before)).manifest)).toEqual([]);
    const desired: Org = {
      ...org().user('erin@example.com', { name: 'Frank Sen', phone: '+919800000106', previously: ['frank@example.com'] }).build(),
      extensions: [],
      provider: config,
    };
    const plan = planFor(provider, desired, await provider.read());
    expect(plan.blocking?.map((b) => `${b.code} ${b.address}`)).toEqual(['RF467 user["erin@example.com"]']);
    expect(plan.blocking?.[0]?.message).toContain('dave@example.com');
    expect(plan.blocking?.[0]?.fix).toContain('set users[].loginId');

    // With a login id of its own the email change sends no login id: nothing is blocked, and apply lands it.
    desired.users[0]!.loginId = 'frank.sen';
    const { plan: fixed, manifest } = await applyOnce(provider, desired);
    expect(fixed.blocking).toBeUndefined();
    expect(failures(manifest)).toEqual([]);
    expect(emu.state.findUser((u) => u.email === 'erin@example.com')).toBeDefined();
  });

  it('review c1: the holder declared under a new email (its old one in previously) is in org.yaml: the fix names its new address', async () => {
    const config = await setUp();
    panelUser('old@example.com', 'taken.id', '9800000199');
    const desired: Org = {
      ...org()
        .user('cara@example.com', { name: 'Cara Iyer', phone: '+919800000103', loginId: 'taken.id' })
        .user('new@example.com', { name: 'Old Timer', phone: '+919800000199', previously: ['old@example.com'], loginId: 'taken.id' })
        .build(),
      extensions: [],
      provider: config,
    };
    const plan = planFor(provider, desired, await provider.read());
    const rf467 = plan.blocking?.filter((b) => b.code === 'RF467' && b.address === 'user["cara@example.com"]') ?? [];
    expect(rf467).toHaveLength(1);
    expect(rf467[0]!.fix).not.toContain('is not managed by org.yaml');
    // It keeps the login id, so the fix is to give it another one (were it to give it up, the plan would order that first).
    expect(rf467[0]!.fix).toContain('Give new@example.com another loginId in org.yaml (the plan then frees "taken.id" before Cara Iyer takes it)');
  });
});

describe('Smartflo: a login id one declared user gives up and another takes, in one plan (RF467, review item 4)', () => {
  const people = () =>
    org()
      .user('dave@example.com', { name: 'Dave Roy', phone: '+919800000104', loginId: 'dave.roy' })
      .user('frank@example.com', { name: 'Frank Sen', phone: '+919800000106' })
      .user('grace@example.com', { name: 'Grace Ho', phone: '+919800000107', loginId: 'grace.ho' });

  it('the giver\'s update runs first, the taker waits for it: apply lands both and the next plan is empty (it used to be refused, fix: --target)', async () => {
    const config = await setUp();
    expect(failures((await applyOnce(provider, { ...people().build(), extensions: [], provider: config })).manifest)).toEqual([]);
    // dave gives up dave.roy to a new user, erin; frank's email changes (its login id, the email, follows) and
    // grace takes frank's old email as her login id.
    const desired: Org = {
      ...org()
        .user('dave@example.com', { name: 'Dave Roy', phone: '+919800000104', loginId: 'd.roy.new' })
        .user('frank.sen@example.com', { name: 'Frank Sen', phone: '+919800000106', previously: ['frank@example.com'] })
        .user('grace@example.com', { name: 'Grace Ho', phone: '+919800000107', loginId: 'frank@example.com' })
        .user('erin@example.com', { name: 'Erin Das', phone: '+919800000108', loginId: 'dave.roy' })
        .build(),
      extensions: [],
      provider: config,
    };
    const plan = planFor(provider, desired, await provider.read());
    expect(plan.blocking).toBeUndefined();
    const id = (kind: string, address: string) => plan.actions.find((a) => a.kind === kind && a.address === address)!.id;
    const dependsOn = (kind: string, address: string) => plan.actions.find((a) => a.kind === kind && a.address === address)!.dependsOn;
    expect(dependsOn('create', 'user["erin@example.com"]')).toContain(id('update', 'user["dave@example.com"]'));
    expect(dependsOn('update', 'user["grace@example.com"]')).toContain(id('update', 'user["frank.sen@example.com"]'));

    const { manifest } = await applyOnce(provider, desired, 4);
    expect(failures(manifest)).toEqual([]);
    const loginOf = (email: string) => emu.state.findUser((u) => u.email === email)?.loginId;
    expect({ dave: loginOf('dave@example.com'), frank: loginOf('frank.sen@example.com'), grace: loginOf('grace@example.com'), erin: loginOf('erin@example.com') }).toEqual({
      dave: 'd.roy.new',
      frank: 'frank.sen@example.com',
      grace: 'frank@example.com',
      erin: 'dave.roy',
    });
    expect(await remaining(provider, desired)).toEqual([]);
  });

  it('a swap is still refused at plan, with a fix that goes through a free login id; nothing is sent', async () => {
    const config = await setUp();
    expect(failures((await applyOnce(provider, { ...people().build(), extensions: [], provider: config })).manifest)).toEqual([]);
    const before = writes().length;
    const desired: Org = {
      ...org()
        .user('dave@example.com', { name: 'Dave Roy', phone: '+919800000104', loginId: 'grace.ho' })
        .user('grace@example.com', { name: 'Grace Ho', phone: '+919800000107', loginId: 'dave.roy' })
        .build(),
      extensions: [],
      provider: config,
    };
    const plan = planFor(provider, desired, await provider.read());
    expect(plan.blocking?.map((b) => `${b.code} ${b.address}`).sort()).toEqual(['RF467 user["dave@example.com"]', 'RF467 user["grace@example.com"]']);
    expect(plan.blocking?.[0]?.message).toContain('(a swap, or a longer rotation)');
    expect(plan.blocking?.[0]?.fix).toContain('No order of these changes works');
    expect(writes().length).toBe(before);

    // A rotation of three (dave → frank's, frank → grace's, grace → dave's) is refused the same way, not a cycle error.
    const rotation: Org = {
      ...org()
        .user('dave@example.com', { name: 'Dave Roy', phone: '+919800000104', loginId: 'frank@example.com' })
        .user('frank@example.com', { name: 'Frank Sen', phone: '+919800000106', loginId: 'grace.ho' })
        .user('grace@example.com', { name: 'Grace Ho', phone: '+919800000107', loginId: 'dave.roy' })
        .build(),
      extensions: [],
      provider: config,
    };
    const rotated = planFor(provider, rotation, await provider.read());
    expect(rotated.blocking?.map((b) => b.code)).toEqual(['RF467', 'RF467', 'RF467']);
    expect(rotated.blocking?.every((b) => b.message.includes('(a swap, or a longer rotation)'))).toBe(true);
    expect(writes().length).toBe(before);
  });
});

describe('Smartflo: roles are checked against what the account lists (RF404)', () => {
  it('review A2: roleIds {owner: 99} with no role 99 in GET /v1/roles blocks the plan at provider:, nothing is sent; a listed id applies', async () => {
    const config = await setUp({ roleIds: { owner: 99 } });
    const desired: Org = { ...org().user('asha@example.com', { name: 'Asha Rao', phone: '+919800000101', role: 'owner' }).build(), extensions: [], provider: config };
    const plan = planFor(provider, desired, await provider.read());
    expect(plan.blocking?.map((b) => `${b.code} ${b.address}`)).toEqual(['RF404 user["asha@example.com"]']);
    expect(plan.blocking?.[0]?.message).toContain('id 99');
    expect(plan.blocking?.[0]?.fix).toContain('provider.vendor.smartflo.roleIds.owner');
    expect(writes()).toEqual([]);

    // A fresh account with roleIds.owner naming a listed role (1): the same user applies.
    const fixed: Org = { ...desired, provider: await setUp({ roleIds: { owner: 1 } }) };
    const { plan: clean, manifest } = await applyOnce(provider, fixed);
    expect(clean.blocking).toBeUndefined();
    expect(failures(manifest)).toEqual([]);
  });

  it('review c2: no role list read (no GET /v1/roles, no live user): the fix leads with provider.vendor.smartflo.roleIds, not "none read"', async () => {
    const config = await setUp({}, { evidenceOnly: true });
    const desired: Org = { ...org().user('asha@example.com', { name: 'Asha Rao', phone: '+919800000101', role: 'agent' }).build(), extensions: [], provider: config };
    const plan = planFor(provider, desired, await provider.read());
    expect(plan.blocking?.map((b) => b.code)).toEqual(['RF404']);
    expect(plan.blocking?.[0]?.message).toContain('could not read');
    expect(plan.blocking?.[0]?.fix.startsWith('Name the role\'s id in provider.vendor.smartflo.roleIds')).toBe(true);
  });

  it('review c3: the fix lists only roles org.yaml can name as written; an undeclared custom role is said to need a roles: entry', async () => {
    const config = await setUp();
    const desired: Org = { ...org().user('asha@example.com', { name: 'Asha Rao', phone: '+919800000101', role: 'owner' }).build(), extensions: [], provider: config };
    const plan = planFor(provider, desired, await provider.read());
    expect(plan.blocking?.map((b) => b.code)).toEqual(['RF404']);
    expect(plan.blocking?.[0]?.fix).toContain('choose one the account has: admin, agent, supervisor, manager (its custom roles team-lead need an entry under `roles` first)');
  });
});

describe('Smartflo: a department with a member org.yaml leaves unmanaged converges in one apply', () => {
  it('live [x, a], declared [b, a] with x not in org.yaml (prune off): one apply lands b, a, x and the next plan is empty', async () => {
    const config = await setUp();
    const x = 'x@example.com';
    const a = 'a@example.com';
    const b = 'b@example.com';
    // Before: Sales rings x then a; x is a user org.yaml will not declare.
    const before: Org = {
      ...org().user(x, { name: 'X User', phone: '+919800000301' }).user(a, { name: 'A User', phone: '+919800000302' }).department('Sales', { routing: 'serial', members: [x, a] }).build(),
      extensions: [],
      provider: config,
    };
    expect(failures((await applyOnce(provider, before)).manifest)).toEqual([]);

    const desired: Org = {
      ...org().user(a, { name: 'A User', phone: '+919800000302' }).user(b, { name: 'B User', phone: '+919800000303' }).department('Sales', { routing: 'serial', members: [b, a] }).build(),
      extensions: [],
      provider: config,
    };
    const { plan, manifest } = await applyOnce(provider, desired);
    expect(failures(manifest)).toEqual([]);
    expect(plan.actions.filter((p) => p.resource === 'member').map((p) => `${p.kind} ${p.address}`)).toEqual([`add-member member["Sales"]["${b}"]`]);
    expect(plan.unmanaged.map((u) => u.address)).toContain(`member["Sales"]["${x}"]`);
    // The plan says what happens to the unmanaged member: it moves down (Smartflo's ring order is positions).
    expect(plan.warnings.filter((w) => w.includes(x))).toEqual([
      `member["Sales"]["${x}"] is not declared in Sales: ringform leaves it there, but the vendor keeps ring order as positions, so it moves down to ring after the declared members (it rings at 1 now)`,
    ]);
    // The plan said: b first, a second (a unchanged); x, unmanaged, rings after them.
    const sales = [...emu.state.departments.values()].find((d) => d.name === 'Sales')!;
    const emailOf = (agent: string) => emu.state.userByAgent(agent)?.email;
    expect(sales.agents.map((s) => emailOf(s.agentId))).toEqual([b, a, x]);
    expect(await remaining(provider, desired)).toEqual([]);
  });
});

describe('Smartflo: declared priorities no member can hold are planned as the positions they get', () => {
  it('an ignored user declared first in Sales but not in it: a rings at 1, the plan says so, and the next plan is empty (it used to move a to 2 on every plan)', async () => {
    const config = await setUp();
    const desired: Org = {
      ...org()
        .ignore({ email: 'ign*@example.com' })
        .user('ign@example.com', { name: 'Ignored One', phone: '+919800000401' })
        .user('a@example.com', { name: 'A User', phone: '+919800000402' })
        .department('Sales', { routing: 'serial', members: ['ign@example.com', 'a@example.com'] })
        .build(),
      extensions: [],
      provider: config,
    };
    const { plan, manifest } = await applyOnce(provider, desired);
    expect(failures(manifest)).toEqual([]);
    const add = plan.actions.find((p) => p.kind === 'add-member');
    expect(add && 'priority' in add ? add.priority : null).toBe(1);
    expect(plan.warnings.some((w) => w.startsWith('member["Sales"]["a@example.com"] rings at position 1, not 2'))).toBe(true);
    expect(await remaining(provider, desired)).toEqual([]);
  });
});

describe('Smartflo: an ignored member keeps its place in the ring order (review A3)', () => {
  it('live Sales [u1, u2, u3], u3 ignored, org.yaml [u3:1, u1:2, b:3]: apply lands u1, b, u3, u2 (u3 stays at 3), the plan says so, the next plan is empty', async () => {
    const config = await setUp();
    const [u1, u2, u3, b] = ['u1@example.com', 'u2@example.com', 'u3@example.com', 'b@example.com'];
    const before: Org = {
      ...org()
        .user(u1, { name: 'U One', phone: '+919800000601' })
        .user(u2, { name: 'U Two', phone: '+919800000602' })
        .user(u3, { name: 'U Three', phone: '+919800000603' })
        .department('Sales', { routing: 'serial', members: [u1, u2, u3] })
        .build(),
      extensions: [],
      provider: config,
    };
    expect(failures((await applyOnce(provider, before)).manifest)).toEqual([]);
    const built = org()
      .ignore({ email: 'u3@*' })
      .user(u1, { name: 'U One', phone: '+919800000601' })
      .user(u3, { name: 'U Three', phone: '+919800000603' })
      .user(b, { name: 'B User', phone: '+919800000604' })
      .department('Sales', { routing: 'serial', members: [u3, u1, b] })
      .build();
    const desired: Org = { ...built, settings: { ...built.settings, prune: { ...built.settings.prune, members: false } }, extensions: [], provider: config };
    const { plan, manifest } = await applyOnce(provider, desired);
    expect(failures(manifest)).toEqual([]);
    expect(plan.warnings).toContain(`member["Sales"]["${u3}"] is ignored (settings.ignore): ringform leaves it at position 3, and places the declared members of Sales around it`);
    expect(plan.warnings).toContain(`member["Sales"]["${u2}"] is not declared in Sales: ringform leaves it there, but the vendor keeps ring order as positions, so it moves from position 2 to 4`);
    const sales = [...emu.state.departments.values()].find((d) => d.name === 'Sales')!;
    const emailOf = (agent: string) => emu.state.userByAgent(agent)?.email;
    expect(sales.agents.map((a) => emailOf(a.agentId))).toEqual([u1, b, u3, u2]);
    expect(await remaining(provider, desired)).toEqual([]);
  });
});

describe('declaredOrder: the declared members first, in declared order, the others after in their order', () => {
  it('places each case of the known gap (docs/RELIABILITY.md) in one write', () => {
    // live [x, a], declared [b, a]: b's add lands b, a, x (it used to land b, x, a).
    expect(declaredOrder(['x', 'a'], { agentId: 'b', priority: 1 }, ['b', 'a'])).toEqual(['b', 'a', 'x']);
    // live [b, x, a], declared [b, a]: any action on the department lands b, a, x.
    expect(declaredOrder(['b', 'x', 'a'], { agentId: 'a', priority: 2 }, ['b', 'a'])).toEqual(['b', 'a', 'x']);
    // A removal keeps the declared order of the rest, unmanaged after; a declared member not there yet is not invented.
    expect(declaredOrder(['x', 'a', 'r', 'b'], { agentId: 'r', remove: true }, ['c', 'a', 'b'])).toEqual(['a', 'b', 'x']);
    // An action whose agent is not in the order (a plan older than ringOrder) goes by its priority among the declared.
    expect(declaredOrder(['a', 'x'], { agentId: 'n', priority: 1 }, ['a'])).toEqual(['n', 'a', 'x']);
  });
});
