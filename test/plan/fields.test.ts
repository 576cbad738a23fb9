/**
 * The field table (src/plan/fields.ts COMPARED_FIELDS): every compared field of every kind, changed
 * alone, is planned as an update of exactly that field; and what is not state is never compared.
 */
import { describe, expect, it } from 'vitest';
import type { Org } from '../../src/model/org.js';
import { COMPARED_FIELDS } from '../../src/plan/fields.js';
import { liveFrom, org, planOf } from './builders.js';

const base = (): Org =>
  org()
    .role('lead', { base: 'supervisor', description: 'Leads', permissions: { reports: true } })
    .schedule('Hours', { timezone: 'UTC', holidays: [{ date: '2026-01-01', name: 'New year' }, { date: '2026-12-25', name: null }], overrides: [{ date: '2026-06-01', slots: ['10:00-12:00'] }, { date: '2026-07-01', slots: [] }] })
    .extension('201', { type: 'sip', forceLogin: false, callerId: '+15550100', device: { mac: '00:11:22:33:44:55', model: 'T46' } })
    .extension('202')
    .user('a@x', { name: 'Ann', extension: '201', role: 'lead', receiveCalls: 'Hours' })
    .user('b@x', { name: 'Bob' })
    .department('Sales', { extension: '300', manager: 'a@x', hours: 'Hours', failover: { type: 'user', target: 'b@x' }, members: [{ user: 'a@x', priority: 1 }, { user: 'b@x', priority: 2 }] })
    .build();

type Edit = (o: Org) => void;
const user = (o: Org) => o.users.find((u) => u.email === 'a@x')!;
const ext = (o: Org) => o.extensions.find((e) => e.number === '201')!;
const dept = (o: Org) => o.departments[0]!;
const sched = (o: Org) => o.schedules[0]!;
const role = (o: Org) => o.roles[0]!;

const EDITS: Record<string, Record<string, [string, Edit]>> = {
  user: {
    email: ['user["ann@x"]', (o) => Object.assign(user(o), { email: 'ann@x', previously: ['a@x'] }, void (dept(o).manager = 'ann@x'), void (dept(o).members[0]!.user = 'ann@x'))],
    name: ['user["a@x"]', (o) => void (user(o).name = 'Anna')],
    phone: ['user["a@x"]', (o) => void (user(o).phone = '+15550199')],
    extension: ['user["a@x"]', (o) => void (user(o).extension = '202')],
    role: ['user["a@x"]', (o) => void (user(o).role = 'agent')],
    panelAccess: ['user["a@x"]', (o) => void (user(o).panelAccess = false)],
    status: ['user["a@x"]', (o) => void (user(o).status = 'disabled')],
    receiveCalls: ['user["a@x"]', (o) => void (user(o).receiveCalls = 'always')],
    forwarding: ['user["a@x"]', (o) => void (user(o).forwarding = { always: null, busy: 'voicemail', noAnswer: null, unregistered: null, schedules: [] })],
    voicemail: ['user["a@x"]', (o) => void (user(o).voicemail = { enabled: false, email: 'none', pin: null })],
    loginId: ['user["a@x"]', (o) => void (user(o).loginId = 'ann.login')],
    loginBasedCalling: ['user["a@x"]', (o) => void (user(o).loginBasedCalling = true)],
    callerIds: ['user["a@x"]', (o) => void (user(o).callerIds = ['+912240001000'])],
    agentGroups: ['user["a@x"]', (o) => void (user(o).agentGroups = ['Inbound'])],
    reportsOf: ['user["a@x"]', (o) => void (user(o).reportsOf = ['b@x'])],
    allowedIps: ['user["a@x"]', (o) => void (user(o).allowedIps = ['203.0.113.7'])],
  },
  extension: {
    type: ['extension["201"]', (o) => void (ext(o).type = 'sip-tls')],
    forceLogin: ['extension["201"]', (o) => void (ext(o).forceLogin = true)],
    callerId: ['extension["201"]', (o) => void (ext(o).callerId = null)],
    device: ['extension["201"]', (o) => void (ext(o).device = { mac: '00:11:22:33:44:66', model: 'T46' })],
  },
  department: {
    extension: ['department["Sales"]', (o) => void (dept(o).extension = '301')],
    manager: ['department["Sales"]', (o) => void (dept(o).manager = 'b@x')],
    routing: ['department["Sales"]', (o) => void (dept(o).routing = 'serial')],
    ringTimeout: ['department["Sales"]', (o) => void (dept(o).ringTimeout = 40)],
    stickyAgent: ['department["Sales"]', (o) => void (dept(o).stickyAgent = true)],
    hours: ['department["Sales"]', (o) => void (dept(o).hours = null)],
    failover: ['department["Sales"]', (o) => void (dept(o).failover = { type: 'voicemail', target: null })],
  },
  schedule: {
    timezone: ['schedule["Hours"]', (o) => void (sched(o).timezone = 'Asia/Kolkata')],
    weekly: ['schedule["Hours"]', (o) => void (sched(o).weekly.sat = ['10:00-14:00'])],
    holidays: ['schedule["Hours"]', (o) => void (sched(o).holidays[1]!.name = 'Christmas')],
    overrides: ['schedule["Hours"]', (o) => void (sched(o).overrides[0]!.slots = ['09:00-12:00'])],
  },
  role: {
    base: ['role["lead"]', (o) => void (role(o).base = 'manager')],
    description: ['role["lead"]', (o) => void (role(o).description = null)],
    permissions: ['role["lead"]', (o) => void (role(o).permissions = { reports: false })],
  },
  member: {
    priority: ['member["Sales"]["b@x"]', (o) => void (dept(o).members[1]!.priority = 5)],
  },
};

describe('the field table', () => {
  it('has an edit here for every compared field, and no other', () => {
    for (const [kind, fields] of Object.entries(COMPARED_FIELDS)) expect([kind, Object.keys(EDITS[kind] ?? {})]).toEqual([kind, [...fields]]);
  });

  for (const [kind, fields] of Object.entries(EDITS)) {
    for (const [field, [address, edit]] of Object.entries(fields)) {
      it(`diffs ${kind}.${field}`, () => {
        const current = liveFrom(base());
        const desired = base();
        edit(desired);
        const plan = planOf(desired, current);
        const update = plan.actions.find((a) => a.address === address && a.kind === 'update');
        expect(update && 'changes' in update ? update.changes.map((c) => c.field) : null).toEqual([field]);
        // Changing it back plans nothing for that object.
        expect(planOf(base(), current).actions).toEqual([]);
      });
    }
  }

  it('compares holidays and overrides whatever their order, and emails whatever their case', () => {
    const desired = base();
    sched(desired).holidays.reverse();
    sched(desired).overrides.reverse();
    expect(planOf(desired, liveFrom(base())).actions).toEqual([]);
    const current = liveFrom(base());
    current.users[0]!.data.email = 'A@X';
    expect(planOf(base(), current).actions).toEqual([]);
  });

  it('says which fields changed, the email first as a rename', () => {
    const desired = base();
    Object.assign(user(desired), { email: 'ann@x', previously: ['a@x'], name: 'Anna', phone: '+15550199' });
    dept(desired).manager = 'ann@x';
    dept(desired).members[0]!.user = 'ann@x';
    const update = planOf(desired, liveFrom(base())).actions.find((a) => a.address === 'user["ann@x"]')!;
    expect(update.reason).toBe('email changed (renamed from a@x); name, phone changed');
  });
});
