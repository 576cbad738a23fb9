import { describe, expect, it } from 'vitest';
import {
  agentExtension,
  dispatchTypeFor,
  dowEntry,
  emailOf,
  extensionOf,
  deviceBody,
  inviteStatusOf,
  isSystemUser,
  joinName,
  receiveCallsOf,
  roleOfScope,
  routingOf,
  scopeFor,
  splitName,
  weeklyOf,
} from '../../../src/providers/netsapiens/mapper.js';
import type { Weekday } from '../../../src/model/org.js';

const week = (over: Partial<Record<Weekday, string[]>> = {}): Record<Weekday, string[]> => ({
  mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [], ...over,
});

describe('names', () => {
  it('splits on the last space and joins back', () => {
    expect(splitName('Mary Jane Watson')).toEqual({ first: 'Mary Jane', last: 'Watson' });
    expect(splitName('Cher')).toEqual({ first: 'Cher', last: '' });
    for (const name of ['Mary Jane Watson', 'Cher', 'Dan van Dyke']) {
      const { first, last } = splitName(name);
      expect(joinName({ 'name-first-name': first, 'name-last-name': last })).toBe(name);
    }
  });
});

describe('users', () => {
  it('reads email-address, falling back to email (SPEC-DEFECTS D1)', () => {
    expect(emailOf({ 'email-address': 'a@x.com', email: 'b@x.com' })).toBe('a@x.com');
    expect(emailOf({ email: 'b@x.com' })).toBe('b@x.com');
  });

  it('hides system users', () => {
    expect(isSystemUser({ 'service-code': 'system-queue' })).toBe(true);
    expect(isSystemUser({ 'service-code': '' })).toBe(false);
    expect(isSystemUser({})).toBe(false);
  });

  it('maps built-in roles to scopes both ways', () => {
    for (const role of ['agent', 'supervisor', 'manager', 'admin'] as const) expect(roleOfScope(scopeFor(role, true, 'u'))).toBe(role);
    expect(scopeFor('agent', false, 'u')).toBe('No Portal');
  });

  it('reads other scopes leniently', () => {
    expect(roleOfScope('Basic User')).toBe('agent');
    expect(roleOfScope('Advanced User')).toBe('agent');
    expect(roleOfScope('No Portal')).toBe('agent');
    expect(roleOfScope('Super User')).toBe('owner');
    expect(roleOfScope('Reseller')).toBe('owner');
  });

  it('refuses owner, custom roles, and a role without panel access', () => {
    expect(() => scopeFor('owner', true, 'user["o@x"]')).toThrow(/owner scopes/);
    expect(() => scopeFor('Team leads', true, 'u')).toThrow(/custom role/);
    expect(() => scopeFor('supervisor', false, 'u')).toThrow(/No Portal/);
  });

  it('reads invite status from account-status', () => {
    expect(inviteStatusOf({ 'account-status': 'standard', 'user-scope': 'Basic User' })).toBe('accepted');
    expect(inviteStatusOf({ 'account-status': 'new', 'user-scope': 'Basic User' })).toBe('pending');
    expect(inviteStatusOf({ 'account-status': 'pwd reset', 'user-scope': 'Basic User' })).toBe('pending');
    expect(inviteStatusOf({ 'account-status': 'new', 'user-scope': 'No Portal' })).toBe('none');
  });
});

describe('extensions', () => {
  it('reads a device as sip / sip-tls with its MAC and model, no device as web', () => {
    expect(extensionOf('101', null, { 'caller-id-number': '' })).toMatchObject({ type: 'web', device: null, callerId: null });
    const tls = { 'device-provisioning-sip-transport-protocol': 'tls', 'device-provisioning-mac-address': '0004F2AABB01', 'device-models-model': 'VVX450' };
    expect(extensionOf('101', tls, { 'caller-id-number': '18005550101' })).toMatchObject({
      type: 'sip-tls', device: { mac: '0004F2AABB01', model: 'VVX450' }, callerId: '18005550101',
    });
    expect(extensionOf('101', { 'device-provisioning-sip-transport-protocol': 'udp' }, null)).toMatchObject({ type: 'sip', device: null });
  });

  it('writes the device fields it reads', () => {
    const body = deviceBody({ type: 'sip-tls', device: { mac: 'AA', model: null } });
    expect(body).toEqual({ 'device-provisioning-sip-transport-protocol': 'tls', 'device-provisioning-mac-address': 'AA', 'device-models-model': '' });
    expect(extensionOf('1', body, null)).toMatchObject({ type: 'sip-tls', device: { mac: 'AA', model: null } });
  });
});

describe('call queues', () => {
  it('round-trips every mappable routing and refuses balanced', () => {
    for (const routing of ['simultaneous', 'round-robin', 'serial', 'longest-idle'] as const) {
      expect(routingOf({ 'callqueue-dispatch-type': dispatchTypeFor(routing, 'd') })).toBe(routing);
    }
    expect(() => dispatchTypeFor('balanced', 'department["Sales"]')).toThrow(/no dispatch type for routing "balanced"/);
    expect(routingOf({ 'callqueue-dispatch-type': 'Linear Cascade' })).toBe('serial');
    expect(routingOf({ 'callqueue-dispatch-type': 'Call Park' })).toBe('simultaneous');
  });

  it('reads user agents of the domain only', () => {
    expect(agentExtension({ 'callqueue-agent-id': '101@example.com' }, 'example.com')).toBe('101');
    expect(agentExtension({ 'callqueue-agent-id': 'sip:101a@example.com' }, 'example.com')).toBeNull();
    expect(agentExtension({ 'callqueue-agent-id': '101@other.com' }, 'example.com')).toBeNull();
  });
});

describe('timeframes', () => {
  it('round-trips weekly hours through one days-of-week entry (hhmm)', () => {
    const weekly = week({ mon: ['08:00-12:00', '13:00-17:00'], fri: ['09:30-16:45'], sun: ['00:00-24:00'] });
    const entry = dowEntry(weekly, 's');
    expect(entry['timeframe-weekly-monday-begin-time-2']).toBe('1300');
    expect(entry['timeframe-weekly-tuesday-begin-time-1']).toBe('');
    expect(entry['timeframe-recurrence-type']).toBe('weekly');
    expect(weeklyOf({ 'timeframe-days-of-week-array': [entry] })).toEqual(weekly);
  });

  it('refuses more than two periods a day', () => {
    expect(() => dowEntry(week({ tue: ['08:00-09:00', '10:00-11:00', '12:00-13:00'] }), 'schedule["S"]')).toThrow(/at most two periods/);
  });

  it('tolerates a timeframe without entries', () => {
    expect(weeklyOf({})).toEqual(week());
  });
});

describe('receiveCalls from answer rules', () => {
  const dnd = { 'time-frame': '*', enabled: 'yes', 'do-not-disturb': { enabled: 'yes' }, order: 1 };
  it('always without a do-not-disturb default rule', () => {
    expect(receiveCallsOf([])).toBe('always');
    expect(receiveCallsOf([{ ...dnd, 'do-not-disturb': { enabled: 'no' } }])).toBe('always');
  });
  it('never with only the do-not-disturb default rule', () => {
    expect(receiveCallsOf([dnd])).toBe('never');
  });
  it('the schedule of the plain rule above it', () => {
    expect(receiveCallsOf([{ 'time-frame': 'Office hours', enabled: 'yes', order: 0 }, dnd])).toBe('Office hours');
  });
  it('ignores forwarding and disabled rules', () => {
    const forward = { 'time-frame': 'Lunch', enabled: 'yes', 'forward-always': { enabled: 'yes', parameters: ['200'] }, order: 0 };
    const off = { 'time-frame': 'Night', enabled: 'no', order: 0 };
    expect(receiveCallsOf([forward, off, dnd])).toBe('never');
  });
});
