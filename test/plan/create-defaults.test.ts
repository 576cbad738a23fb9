/**
 * Issue 16 item 4 in the planner: what a vendor's create cannot set is planned with the create, and role names
 * on coarser vendors compare by level. Before, a MyOperator create of an admin without panel access planned a
 * clean create, and the next plan (after apply) showed two manual steps nobody had been told about.
 */
import { describe, expect, it } from 'vitest';
import { myoperatorCapabilities } from '../../src/providers/myoperator/capabilities.js';
import { netsapiensCapabilities } from '../../src/providers/netsapiens/capabilities.js';
import { live, org, planOf, summary } from './builders.js';

describe('a create the vendor cannot finish', () => {
  it('MyOperator: role and panel access follow the create as manual steps, after it', () => {
    const desired = org().user('a@x', { name: 'A', phone: '+919876500001', role: 'admin', panelAccess: false });
    const plan = planOf(desired, live(), { caps: myoperatorCapabilities() });
    // One manual step for both fields (merged), after the create; no invite without panel access.
    expect(summary(plan)).toEqual(['create user["a@x"]', 'manual(update) user["a@x"]']);
    const follow = plan.actions.find((a) => a.kind === 'manual' && a.intent === 'update')!;
    expect(follow).toMatchObject({ reason: 'the vendor cannot set it when creating' });
    expect('changes' in follow && follow.changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ['role', null, 'admin'],
      ['panelAccess', true, false],
    ]);
    expect(follow.dependsOn).toContain(plan.actions.find((a) => a.kind === 'create')!.id);
  });

  it('MyOperator: a user with panel access (the vendor default) gets only the role step', () => {
    const plan = planOf(org().user('a@x', { name: 'A', phone: '+919876500001', role: 'agent' }), live(), { caps: myoperatorCapabilities() });
    const follow = plan.actions.filter((a) => a.kind === 'manual' && a.intent === 'update');
    expect(follow.map((a) => ('changes' in a ? a.changes.map((c) => c.field) : []))).toEqual([['role']]);
  });

  it('NetSapiens: a new extension is created after the new user who holds it', () => {
    const plan = planOf(org().extension('101', { type: 'sip' }).user('a@x', { name: 'A', extension: '101' }), live(), { caps: netsapiensCapabilities() });
    const user = plan.actions.find((a) => a.resource === 'user' && a.kind === 'create')!;
    const extension = plan.actions.find((a) => a.resource === 'extension')!;
    expect(extension.dependsOn).toContain(user.id);
    expect(user.dependsOn).not.toContain(extension.id);
  });
});
