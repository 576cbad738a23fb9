/**
 * What computePlan adds around the actions: the order of unmanaged objects and warnings, fields a read
 * could not see, hidden members, the coverage and call-flow sections, and dependency ids. Each is part of
 * the plan a reviewer reads (and of a saved plan's bytes), so each is pinned here.
 */
import { describe, expect, it } from 'vitest';
import { unsupported } from '../../src/model/capabilities.js';
import { caps, live, liveFrom, org, planOf, summary } from './builders.js';

const WEEK = { mon: ['09:00-18:00'], tue: ['09:00-18:00'], wed: ['09:00-18:00'], thu: ['09:00-18:00'], fri: ['09:00-18:00'], sat: [], sun: [] };

describe('computePlan: what surrounds the actions', () => {
  it('lists unmanaged objects by address, whatever order the kinds were diffed in', () => {
    // Diffed in the order roles, schedules, extensions, users, departments; listed by address.
    const current = live()
      .role('zz-lead')
      .schedule('nights')
      .extension('999')
      .user('b@x.test')
      .user('a@x.test')
      .department('Archive', { extension: '300' })
      .build();
    const plan = planOf(org(), current);
    const addresses = plan.unmanaged.map((u) => u.address);
    expect(addresses).toEqual([
      'department["Archive"]',
      'extension["999"]',
      'role["zz-lead"]',
      'schedule["nights"]',
      'user["a@x.test"]',
      'user["b@x.test"]',
    ]);
  });

  it('lists ignored and undeclared objects together, in address order', () => {
    const desired = org().ignore({ email: 'z@x.test' });
    const current = live().user('z@x.test').user('a@x.test').department('Desk', { extension: '400' });
    const plan = planOf(desired, current);
    expect(plan.unmanaged).toEqual([
      { address: 'department["Desk"]', reason: 'not-declared' },
      { address: 'user["a@x.test"]', reason: 'not-declared' },
      { address: 'user["z@x.test"]', reason: 'ignored' },
    ]);
  });

  it('sorts warnings, whatever order they were found in', () => {
    // Found as: extension field (extensions are diffed before users), then user field; sorted: "extension" < "user".
    // Users come second in diff order but "department" sorts first: found department last, listed first.
    const limited = caps()
      .field('user', 'phone', unsupported('no phone field'))
      .field('extension', 'callerId', unsupported('no caller id'))
      .field('department', 'ringTimeout', unsupported('no ring timeout'))
      .build();
    const desired = org().extension('101', { callerId: '+15550009' }).user('a@x.test', { phone: '+15550001', extension: '101' }).department('Sales', { extension: '200', ringTimeout: 40 });
    const current = live().extension('101').user('a@x.test', { phone: '+15550002', extension: '101' }).department('Sales', { extension: '200', ringTimeout: 25 });
    const plan = planOf(desired, current, { caps: limited });
    expect(plan.actions).toEqual([]);
    expect(plan.warnings).toEqual([
      'department field ringTimeout cannot be changed on this vendor: no ring timeout',
      'extension field callerId cannot be changed on this vendor: no caller id',
      'user field phone cannot be changed on this vendor: no phone field',
    ]);
  });

  it('reports each field a read could not see as unverified, after the kinds that cannot be read', () => {
    const desired = org().user('a@x.test');
    const current = live().user('a@x.test').build();
    current.unreadable = [{ resource: 'user', field: 'receiveCalls', why: 'the listing has no time group' }];
    const noSchedules = caps().operation('schedule', 'read', unsupported('no schedule API')).build();
    const plan = planOf(desired, current, { caps: noSchedules });
    // a@x.test exists and org.yaml sets receiveCalls for it: named, as not compared (review: never a silent "in sync").
    expect(plan.unverified).toEqual([
      { resource: 'schedule', why: 'no schedule API' },
      { resource: 'user', field: 'receiveCalls', why: 'the listing has no time group', declared: ['user["a@x.test"]'] },
    ]);
    // Left out of org.yaml (unmanaged), or a user still to be created: nothing declared goes uncompared.
    const unset = org().user('a@x.test').user('new@x.test').build();
    unset.unset = { ...unset.unset, user: { 'a@x.test': ['receiveCalls'] } };
    expect(planOf(unset, current, { caps: noSchedules }).unverified[1]).toEqual({ resource: 'user', field: 'receiveCalls', why: 'the listing has no time group' });
  });

  it('plans no member change when members cannot be read, though departments can', () => {
    const desired = org().user('a@x.test').user('b@x.test').department('Sales', { extension: '200', members: ['a@x.test', 'b@x.test'] }).build();
    const current = liveFrom(desired);
    current.departments[0]!.data.members = [];
    const noMembers = caps().operation('member', 'read', unsupported('members are not listed')).build();
    const plan = planOf(desired, current, { caps: noMembers });
    expect(summary(plan)).toEqual([]);
    expect(plan.unverified).toEqual([{ resource: 'member', why: 'members are not listed' }]);
    // The same org with members readable: the two adds are planned.
    expect(summary(planOf(desired, current))).toEqual(['add-member member["Sales"]["a@x.test"]', 'add-member member["Sales"]["b@x.test"]']);
  });
});

describe('computePlan: coverage and call flow', () => {
  const desired = () =>
    org()
      .schedule('office', { timezone: 'Asia/Kolkata', weekly: WEEK })
      .user('a@x.test', { receiveCalls: 'office' })
      .user('b@x.test', { receiveCalls: 'office' })
      .department('Sales', { extension: '200', hours: 'office', members: ['a@x.test', 'b@x.test'] })
      .department('Support', { extension: '201', hours: 'office', members: ['b@x.test'] })
      .build();

  it('says how coverage changes when it does, and has no coverage key when it does not', () => {
    const d = desired();
    const current = liveFrom(d);
    current.users.find((u) => u.data.email === 'b@x.test')!.data.receiveCalls = 'never';
    const plan = planOf(d, current, { coverageFrom: '2026-12-07' });
    expect(plan.coverage).toEqual([
      { department: 'Sales', timezone: 'Asia/Kolkata', change: 'gains a second agent', windows: ['Mon–Fri 09:00–18:00'] },
      { department: 'Support', timezone: 'Asia/Kolkata', change: 'gains coverage (one agent)', windows: ['Mon–Fri 09:00–18:00'] },
    ]);
    const same = planOf(d, liveFrom(d), { coverageFrom: '2026-12-07' });
    expect('coverage' in same).toBe(false);
  });

  it('takes a schedule\'s zone from org.yaml when the vendor\'s schedules have none (NetSapiens: the read says UTC)', () => {
    const d = desired();
    const current = liveFrom(d);
    current.schedules[0]!.data.timezone = 'UTC'; // the stand-in a zone-less read gives
    const zoneless = caps().field('schedule', 'timezone', { level: 'unsupported', reason: 'no zone of its own' }).build();
    expect('coverage' in planOf(d, current, { coverageFrom: '2026-12-07', caps: zoneless })).toBe(false);
    // A vendor that has zones: the same live state is a real 5½-hour shift, and coverage says so.
    expect(planOf(d, current, { coverageFrom: '2026-12-07' }).coverage?.length).toBeGreaterThan(0);
  });

  it('leaves coverage out of a plan narrowed by --target (apply would not do the whole change)', () => {
    const d = desired();
    const current = liveFrom(d);
    current.users.find((u) => u.data.email === 'b@x.test')!.data.receiveCalls = 'never';
    const plan = planOf(d, current, { coverageFrom: '2026-12-07', targets: ['user["b@x.test"]'] });
    expect(summary(plan)).toEqual(['update user["b@x.test"]']);
    expect('coverage' in plan).toBe(false);
  });

  it('draws the call flow of the departments an action touches, itself or through a member, and only those', () => {
    const d = desired();
    const current = liveFrom(d);
    current.departments.find((x) => x.data.name === 'Support')!.data.ringTimeout = 40;
    const touchedItself = planOf(d, current);
    expect(touchedItself.flow?.map((f) => f.name)).toEqual(['Support']);

    const viaMember = liveFrom(d);
    viaMember.departments.find((x) => x.data.name === 'Sales')!.data.members = [{ user: 'a@x.test', priority: 1 }];
    const plan = planOf(d, viaMember);
    expect(summary(plan)).toEqual(['add-member member["Sales"]["b@x.test"]']);
    expect(plan.flow).toEqual([
      {
        name: 'Sales', hours: 'office', timezone: 'Asia/Kolkata', routing: 'simultaneous', failover: null,
        members: [
          { email: 'a@x.test', name: 'a', priority: 1, hours: 'office' },
          { email: 'b@x.test', name: 'b', priority: 2, hours: 'office' },
        ],
      },
    ]);
  });

  it('does not take another kind\'s change for a department of the same name', () => {
    // A schedule named like a department: its update touches no department.
    const d = org().schedule('Sales', { weekly: WEEK }).user('a@x.test').department('Sales', { extension: '200', hours: 'Sales', members: ['a@x.test'] }).build();
    const current = liveFrom(d);
    current.schedules[0]!.data.weekly.mon = ['10:00-18:00'];
    const plan = planOf(d, current);
    expect(summary(plan)).toEqual(['update schedule["Sales"]']);
    expect('flow' in plan).toBe(false);
  });

  it('has no call flow when no department or member changes', () => {
    const d = desired();
    const current = liveFrom(d);
    current.users.find((u) => u.data.email === 'a@x.test')!.data.name = 'Someone else';
    const plan = planOf(d, current);
    expect(summary(plan)).toEqual(['update user["a@x.test"]']);
    expect('flow' in plan).toBe(false);
  });
});

describe('computePlan: dependency ids', () => {
  it('lists an action\'s dependencies by id in ascending order', () => {
    // The user depends on its extension, its role and its schedule, created before it in that order of ids.
    const desired = org()
      .role('lead', { base: 'supervisor' })
      .schedule('office', { weekly: WEEK })
      .extension('101')
      .user('a@x.test', { extension: '101', role: 'lead', receiveCalls: 'office' });
    const plan = planOf(desired, live());
    const user = plan.actions.find((a) => a.address === 'user["a@x.test"]' && a.kind === 'create')!;
    expect(user.dependsOn.length).toBeGreaterThanOrEqual(3);
    expect(user.dependsOn).toEqual([...user.dependsOn].sort((a, b) => Number(a) - Number(b)));
    const ids = Object.fromEntries(plan.actions.map((a) => [a.address, a.id]));
    expect(user.dependsOn).toEqual(expect.arrayContaining([ids['role["lead"]'], ids['schedule["office"]'], ids['extension["101"]']]));
  });
});
