/**
 * What MyOperator leaves to a person: which actions are manual, and that their steps name the panel path
 * and the person concerned. Departments, members, schedules, roles and extensions cannot be read, so the
 * plan marks them unverified instead of inventing a diff.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMyoperatorEmulator, type MyoperatorEmulator } from '../../../src/emulators/myoperator/index.js';
import type { Org } from '../../../src/model/org.js';
import { fillSteps, stepVars } from '../../../src/plan/steps.js';
import type { ManualAction, Plan } from '../../../src/plan/types.js';
import type { Support } from '../../../src/model/capabilities.js';
import { myoperatorCapabilities } from '../../../src/providers/myoperator/capabilities.js';
import { createMyoperatorProvider } from '../../../src/providers/myoperator/index.js';
import type { Provider } from '../../../src/contract/provider.js';
import { applyTo, planAgainst } from '../../conformance/converge.js';
import { FAST_RETRY, myoperatorConfig } from '../../conformance/myoperator.harness.js';
import { org } from '../../plan/builders.js';
import { rejection } from '../../helpers/rejection.js';
import { RingformError } from '../../../src/errors.js';

let emu: MyoperatorEmulator;
let provider: Provider;
let config: Org['provider'];

async function start(): Promise<Org['provider']> {
  emu = await startMyoperatorEmulator({ tokens: ['tok-123456'] });
  emu.state.add({ name: 'Old Timer', contact_number: '9876500009', email: 'old@example.com', extension: '109' });
  const config = myoperatorConfig(emu.url, { tokenEnv: 'T' });
  provider = createMyoperatorProvider(config, { env: { T: 'tok-123456' }, http: FAST_RETRY });
  return config;
}

function desired(config: Org['provider']): Org {
  const built = org()
    .prune({ users: true })
    .guards({ maxDeletePercent: 100 })
    .schedule('office')
    .role('team-lead', { base: 'supervisor' })
    .user('asha@example.com', { name: 'Asha Rao', phone: '+919876500001', extension: '101', role: 'supervisor' })
    .user('ben@example.com', { name: 'Ben Das', phone: '+919876500002', extension: '102', panelAccess: false })
    .department('Sales', { extension: '200', members: ['asha@example.com', 'ben@example.com'] })
    .build();
  return { ...built, provider: config };
}

const manual = (plan: Plan) => plan.actions.filter((a): a is ManualAction => a.kind === 'manual');
const CHECKLIST = 'cannot be read through the vendor API: check it is set up as declared';
/** Manual steps other than the checklist of what cannot be read. */
const summary = (plan: Plan) => manual(plan).filter((a) => a.reason !== CHECKLIST).map((a) => `${a.intent} ${a.address}`);

describe('MyOperator manual steps', () => {
  beforeEach(async () => {
    config = await start();
  });
  afterEach(async () => {
    await provider.close?.();
    await emu.close();
  });

  it('reports departments, members, schedules, roles and extensions as unverified', async () => {
    const plan = await planAgainst(provider, desired(config));
    expect(plan.unverified.map((u) => (u.field ? `${u.resource}.${u.field}` : u.resource)).sort()).toEqual(['department', 'extension', 'member', 'role', 'schedule', 'user.extension']);
    expect(plan.unverified.find((u) => u.resource === 'department')?.why).toContain('no departments');
    // What cannot be read is still declared: it becomes a checklist step, never an API call or a delete.
    const sales = manual(plan).find((a) => a.address === 'department["Sales"]');
    expect(sales).toMatchObject({ intent: 'create', reason: CHECKLIST });
    expect(sales!.steps.join(' ')).toContain('Departments');
  });

  it('creates users through the API; deleting and inviting are panel steps naming the person', async () => {
    const plan = await planAgainst(provider, desired(config));
    expect(plan.actions.filter((a) => a.kind !== 'manual').map((a) => `${a.kind} ${a.address}`)).toEqual([
      'create user["asha@example.com"]',
      'create user["ben@example.com"]',
    ]);
    // POST /user takes no role and gives panel access: the steps that finish each create are in this plan
    // already (issue 16 item 4), not discovered by the plan after apply.
    expect(summary(plan)).toEqual(['delete user["old@example.com"]', 'update user["asha@example.com"]', 'update user["ben@example.com"]', 'invite user["asha@example.com"]']);
    const [remove, , , invite] = manual(plan).filter((a) => a.reason !== CHECKLIST);
    expect(remove!.steps).toEqual([
      'In the MyOperator panel open Manage → Users and find "Old Timer" (old@example.com).',
      "Delete the user (this frees the seat and the user's extension).",
    ]);
    expect(invite!.steps[1]).toBe('Click "Send Invite" so that asha@example.com can set a password and sign in.');
  });

  it('after apply, role and panel access remain as panel steps with the planned change', async () => {
    const { manifest } = await applyTo(provider, desired(config));
    const checklist = manual(await planAgainst(provider, desired(config))).filter((a) => a.reason === CHECKLIST).length;
    // delete, invite, and the two steps that finish the creates (role; panel access), plus the checklist.
    expect(manifest.counts).toMatchObject({ failed: 0, manual: 4 + checklist });
    const plan = await planAgainst(provider, desired(config));
    expect(plan.actions.every((a) => a.kind === 'manual')).toBe(true);
    const byAddress = new Map(manual(plan).filter((a) => a.reason !== CHECKLIST).map((a) => [`${a.intent} ${a.address}`, a]));
    expect([...byAddress.keys()].sort()).toEqual(['delete user["old@example.com"]', 'update user["asha@example.com"]', 'update user["ben@example.com"]']);
    expect(byAddress.get('update user["asha@example.com"]')!.steps).toEqual([
      'In the MyOperator panel open Manage → Users and edit "Asha Rao" (asha@example.com).',
      'Set the role as planned (role: "agent" → "supervisor") and save.',
    ]);
    expect(byAddress.get('update user["ben@example.com"]')!.steps[1]).toMatch(/^Switch "Active User" \(panel access\) as planned \(panelAccess: true → false\)/);
  });

  it('receiving calls on a schedule blocks the plan with the panel path (RF420), and apply refuses it', async () => {
    await applyTo(provider, desired(config));
    const onSchedule = desired(config);
    onSchedule.users[0]!.receiveCalls = 'office';
    const plan = await planAgainst(provider, onSchedule);
    expect(plan.blocking?.map((b) => `${b.code} ${b.address}`)).toEqual(['RF420 user["asha@example.com"]']);
    expect(plan.blocking![0]!.fix).toMatch(/Manage → Users → Edit → call-receiving time slots/);
    expect((await rejection(applyTo(provider, onSchedule), RingformError)).message).toMatch(/blocking diagnostic.*RF420.*nothing was applied/);
  });
});

describe('MyOperator department and member steps (for when the planner lists them)', () => {
  const caps = myoperatorCapabilities();
  const steps = (support: Support, vars: Parameters<typeof fillSteps>[1]) => (support.level === 'manual' ? fillSteps(support.steps, vars) : []);

  it('a department is added under Manage → Settings → Departments with its name and number', () => {
    const vars = stepVars('department', { name: 'Sales', extension: '200' }, []);
    expect(steps(caps.department.operations.create, vars).slice(0, 2)).toEqual([
      'In the MyOperator panel open Manage → Settings → Departments → Add Department.',
      'Name it "Sales" (at most 30 characters) and give it extension 200 (3–5 digits).',
    ]);
  });

  it('a member is added in the department by email', () => {
    const vars = stepVars('member', { department: 'Sales', user: 'asha@example.com', priority: 1 }, []);
    expect(steps(caps.member.operations.create, vars)[0]).toBe(
      'In the MyOperator panel open Manage → Settings → Departments → Edit "Sales" → add asha@example.com.',
    );
    expect(steps(caps.member.operations.delete, vars)[0]).toBe(
      'In the MyOperator panel open Manage → Settings → Departments → Edit "Sales" → remove asha@example.com.',
    );
  });
});

describe('MyOperator roles', () => {
  it('an unmapped role_id reads as itself, so the plan never guesses a role', async () => {
    emu = await startMyoperatorEmulator({ tokens: ['tok-123456'], defaultRoleId: '7' });
    emu.state.add({ name: 'Asha Rao', contact_number: '9876500001', email: 'asha@example.com', role_id: '7' });
    const reader = createMyoperatorProvider(myoperatorConfig(emu.url, { tokenEnv: 'T' }), { env: { T: 'tok-123456' } });
    expect((await reader.read()).users[0]!.data.role).toBe('role_id 7');
    await reader.close?.();
    await emu.close();
  });

});
