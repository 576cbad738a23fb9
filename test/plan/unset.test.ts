/**
 * Unset means unmanaged (model/fields.ts): a field org.yaml leaves out is not compared, unless the field
 * catalogue says ringform owns its default. Tested from org.yaml text through config's normaliser and the
 * real planner, against live state that differs in every unmanaged field.
 */
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../src/config/load.js';
import { FIELD_CATALOGUE, unmanagedWhenUnset } from '../../src/model/fields.js';
import type { Org } from '../../src/model/org.js';
import { dedent, writeTmp } from '../config/tmp.js';
import { live, planOf, summary } from './builders.js';

async function load(body: string): Promise<Org> {
  const file = await writeTmp('org.yaml', `version: 1\nprovider:\n  type: sandbox\n${dedent(body)}`);
  const result = await loadOrg(file);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
  return result.org;
}

const busyLive = () =>
  live()
    .schedule('nights', { timezone: 'Asia/Kolkata', weekly: { mon: ['20:00-23:00'], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } })
    .user('a@x.test', { name: 'A', phone: '+15550001', extension: '101', role: 'admin', panelAccess: false, status: 'disabled', receiveCalls: 'nights' })
    .extension('101', { type: 'sip', forceLogin: true, callerId: '+15550002' })
    .department('Sales', { extension: '200', routing: 'serial', ringTimeout: 40, stickyAgent: true, hours: 'nights', members: ['a@x.test'] });

describe('unset means unmanaged', () => {
  it('plans nothing for fields org.yaml leaves out, whatever the live values are', async () => {
    const desired = await load(`
      schedules:
        - name: nights
          timezone: Asia/Kolkata
      users:
        - email: a@x.test
          name: A
      departments:
        - name: Sales
          members: [a@x.test]
    `);
    const plan = planOf(desired, busyLive());
    expect(summary(plan)).toEqual([]);
    expect(plan.warnings).toEqual([]);
  });

  it('plans every field org.yaml does set, including values equal to the old defaults', async () => {
    const desired = await load(`
      schedules:
        - name: nights
          timezone: Asia/Kolkata
          weekly: { mon: ["09:00-17:00"] }
      users:
        - email: a@x.test
          name: A
          phone: "+15550009"
          extension: "101"
          role: agent
          panelAccess: true
          status: active
          receiveCalls: always
      extensions:
        - number: "101"
          type: web
      departments:
        - name: Sales
          extension: "200"
          routing: simultaneous
          members: [a@x.test]
    `);
    const plan = planOf(desired, busyLive());
    const changed = Object.fromEntries(plan.actions.map((a) => [a.address, a.kind === 'update' ? a.changes.map((c) => c.field) : a.kind]));
    expect(changed['user["a@x.test"]']).toEqual(['phone', 'role', 'panelAccess', 'status', 'receiveCalls']);
    expect(changed['extension["101"]']).toEqual(['type']);
    expect(changed['department["Sales"]']).toEqual(['routing']);
    expect(changed['schedule["nights"]']).toEqual(['weekly']);
  });

  it('a schedule left without a time zone is in settings.timezone: ringform owns that default', async () => {
    const desired = await load(`
      settings: { timezone: Europe/Paris }
      schedules:
        - name: nights
    `);
    const plan = planOf(desired, busyLive());
    const update = plan.actions.find((a) => a.address === 'schedule["nights"]');
    expect(update?.kind === 'update' && update.changes).toEqual([{ field: 'timezone', before: 'Asia/Kolkata', after: 'Europe/Paris' }]);
  });

  it('a create still carries the defaults, so the plan shows what apply sends', async () => {
    const desired = await load(`
      users:
        - email: new@x.test
          name: New
          extension: "105"
    `);
    const plan = planOf(desired, live());
    const create = plan.actions.find((a) => a.address === 'user["new@x.test"]');
    expect(create?.kind === 'create' && create.after).toMatchObject({ role: 'agent', panelAccess: true, status: 'active', receiveCalls: 'always' });
    const ext = plan.actions.find((a) => a.address === 'extension["105"]');
    expect(ext?.kind === 'create' && ext.after).toMatchObject({ type: 'web', forceLogin: false });
  });

  it('an extension a user holds without declaring it is not pruned, nor is its holder touched', async () => {
    const desired = await load(`
      settings: { prune: { extensions: true, users: true } }
      users:
        - email: a@x.test
          name: A
    `);
    const plan = planOf(desired, busyLive());
    expect(summary(plan).filter((s) => !s.includes('department') && !s.includes('member') && !s.includes('schedule'))).toEqual([]);
  });

  it('the normaliser records, per object, exactly the catalogue fields that are unmanaged and absent', async () => {
    const desired = await load(`
      users:
        - email: A@X.TEST
          name: A
          role: admin
      extensions:
        - number: "101"
          type: sip
    `);
    expect(desired.unset.user).toEqual({ 'a@x.test': unmanagedWhenUnset('user').filter((f) => f !== 'role') });
    expect(desired.unset.extension).toEqual({ '101': ['forceLogin', 'callerId', 'device'] });
    // The catalogue's unmanaged-when-unset fields are all state fields: identities and steering keys are never unset.
    for (const [kind, fields] of Object.entries(FIELD_CATALOGUE)) {
      for (const [field, spec] of Object.entries(fields)) if (spec.whenUnset === 'unmanaged') expect(spec.role, `${kind}.${field}`).toBe('state');
    }
  });
});
