/**
 * Issue 16 item 4 on Squaretalk: the panel has three permission levels (Agent / Manager / Admin), so
 * `supervisor` and `manager` are both "Manager" there. Before, a user declared `supervisor` whose export says
 * "Manager" got a `~ role` manual step on every plan, which no panel change could ever clear. A group declared
 * without members is not in the export: its create is a checklist step, not a change planned on every run.
 */
import { describe, expect, it } from 'vitest';
import { computePlan } from '../../../src/plan/compute.js';
import { loadOrgTextOrThrow } from '../../../src/config/load.js';
import { planningCapabilities, readSnapshot } from '../../../src/providers/squaretalk/index.js';
import { CHECKLIST_REASON } from '../../../src/plan/unverified.js';

const HEADER = 'Name,Email,Phone,Active,Extension,Extension Type,Force Login,Caller ID,Permission Level,Groups';
const SNAPSHOT = `${HEADER}\nAsha Rao,asha@example.com,,yes,101,Web,no,,Manager,Sales\nBen Das,ben@example.com,,yes,102,Web,no,,Admin,Sales\n`;

function planOf(users: string, departments = '') {
  const org = loadOrgTextOrThrow(
    '/tmp/org.yaml',
    `version: 1\nprovider:\n  type: squaretalk\n  vendor:\n    squaretalk:\n      snapshot: users.csv\nusers:\n${users}${departments}`,
    'org.yaml',
  );
  return computePlan({ desired: org, live: readSnapshot(SNAPSHOT, 'users.csv'), capabilities: planningCapabilities(true), options: { resendInvites: false, targets: [] }, provider: { type: 'squaretalk', target: null } });
}

const SALES = 'departments:\n  - name: Sales\n    members: [asha@example.com, ben@example.com]\n';

describe('Squaretalk permission levels', () => {
  it('supervisor and manager are the panel\'s Manager, owner is Admin: no step', () => {
    for (const [asha, ben] of [['supervisor', 'admin'], ['manager', 'owner']]) {
      const plan = planOf(`  - {email: asha@example.com, name: Asha Rao, extension: "101", role: ${asha}}\n  - {email: ben@example.com, name: Ben Das, extension: "102", role: ${ben}}\n`, SALES);
      expect(plan.actions.map((a) => `${a.kind} ${a.address}`)).toEqual([]);
    }
  });

  it('a role on another level is still a step', () => {
    const plan = planOf('  - {email: asha@example.com, name: Asha Rao, extension: "101", role: agent}\n  - {email: ben@example.com, name: Ben Das, extension: "102", role: admin}\n', SALES);
    expect(plan.actions.map((a) => `${a.kind} ${a.address} ${'changes' in a ? JSON.stringify(a.changes) : ''}`)).toEqual([
      'manual user["asha@example.com"] [{"field":"role","before":"manager","after":"agent"}]',
    ]);
  });

  it('a group declared without members is a checklist step (the export cannot show it)', () => {
    const plan = planOf(
      '  - {email: asha@example.com, name: Asha Rao, extension: "101", role: manager}\n  - {email: ben@example.com, name: Ben Das, extension: "102", role: admin}\n',
      `${SALES}  - name: Night\n`,
    );
    expect(plan.actions.map((a) => [a.address, a.reason])).toEqual([['department["Night"]', CHECKLIST_REASON]]);
  });

  // A group with members is in the export once it exists: when the export lacks it, it is missing for real
  // (drift must report it), so its create stays a change. Before, a create's record never carried members and
  // every group the export lacked became a checklist step.
  it('a group declared with members that the export lacks is a change, not a checklist step', () => {
    const plan = planOf(
      '  - {email: asha@example.com, name: Asha Rao, extension: "101", role: manager}\n  - {email: ben@example.com, name: Ben Das, extension: "102", role: admin}\n',
      `${SALES}  - name: Night\n    members: [asha@example.com]\n`,
    );
    const create = plan.actions.find((a) => a.address === 'department["Night"]');
    expect(create).toMatchObject({ kind: 'manual', intent: 'create' });
    expect(create!.reason).not.toBe(CHECKLIST_REASON);
  });
});
