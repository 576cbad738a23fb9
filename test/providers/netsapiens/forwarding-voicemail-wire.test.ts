/** The pure NetSapiens mapping of `forwarding` (answer-rule features) and `voicemail` (User fields), issue 19. */
import { describe, expect, it } from 'vitest';
import { noForwarding } from '../../../src/model/org.js';
import { featureBodies, forwardingOf, noAnswerSeconds, targetOf, targetParameter } from '../../../src/providers/netsapiens/forwarding-wire.js';
import { receiveCallsOf } from '../../../src/providers/netsapiens/mapper.js';
import { voicemailOf, withoutPin } from '../../../src/providers/netsapiens/voicemail.js';

describe('forward targets', () => {
  it('voicemail is the user\'s own box; a number is its E.164 digits (the spec example 18005551234 has no plus)', () => {
    expect(targetParameter('voicemail', '1001')).toBe('vmail_1001');
    expect(targetParameter('+919876543210', '1001')).toBe('919876543210');
    expect(targetOf('vmail_1001', '1001')).toBe('voicemail');
    expect(targetOf(18005551234, '1001')).toBe('+18005551234');
    // Targets org.yaml cannot name are kept as read, so they show as a difference (and import leaves them out).
    expect(targetOf('vmail_2002', '1001')).toBe('vmail_2002');
    expect(targetOf('queue_234', '1001')).toBe('queue_234');
  });

  it('every forward feature is sent, off when not forwarded', () => {
    expect(featureBodies({ ...noForwarding(), busy: 'voicemail', noAnswer: { to: '+18005550100', after: 25 } }, '1001')).toEqual({
      'forward-always': { enabled: 'no' },
      'forward-on-busy': { enabled: 'yes', parameters: ['vmail_1001'] },
      'forward-no-answer': { enabled: 'yes', parameters: ['18005550100'] },
      'forward-when-unregistered': { enabled: 'no' },
    });
  });
});

describe('forwarding read from answer rules', () => {
  const rules = [
    { 'time-frame': '*', enabled: 'yes', order: 2, 'do-not-disturb': { enabled: 'yes' }, 'forward-on-busy': { enabled: 'yes', parameters: ['vmail_1001'] } },
    { 'time-frame': 'lunch', enabled: 'yes', order: 1, 'forward-always': { enabled: 'yes', parameters: ['919812345678'] } },
    { 'time-frame': 'night', enabled: 'yes', order: 0, 'forward-no-answer': { enabled: 'yes', parameters: ['vmail_1001'] } },
    // A disabled rule and a rule with only a feature ringform does not manage are not forwarding.
    { 'time-frame': 'weekend', enabled: 'no', order: 3, 'forward-always': { enabled: 'yes', parameters: ['vmail_1001'] } },
    { 'time-frame': 'evenings', enabled: 'yes', order: 4, 'simultaneous-ring': { enabled: 'yes', parameters: ['1002'] } },
    // A plain rule (no feature on): call hours (receiveCalls), not forwarding.
    { 'time-frame': 'office', enabled: 'yes', order: 5, 'forward-always': { enabled: 'no' } },
  ];

  it('the default rule is the top level; the other rules are schedules in priority order; the no-answer time is the user\'s', () => {
    expect(forwardingOf(rules, { 'ring-no-answer-timeout-seconds': 35 }, '1001')).toEqual({
      always: null,
      busy: 'voicemail',
      noAnswer: null,
      unregistered: null,
      schedules: [
        { schedule: 'night', always: null, busy: null, noAnswer: { to: 'voicemail', after: 35 }, unregistered: null },
        { schedule: 'lunch', always: '+919812345678', busy: null, noAnswer: null, unregistered: null },
      ],
    });
  });

  it('forwarding features do not change what receiveCalls reads (do-not-disturb on the default rule, no plain rule)', () => {
    expect(receiveCallsOf(rules)).toBe('office');
  });

  it('the no-answer seconds of a forwarding', () => {
    expect(noAnswerSeconds(noForwarding())).toBeNull();
    expect(noAnswerSeconds({ ...noForwarding(), schedules: [{ schedule: 's', always: null, busy: null, noAnswer: { to: 'voicemail', after: 40 }, unregistered: null }] })).toBe(40);
  });
});

describe('voicemail read from the User', () => {
  it('enabled unless "no"; email attach for any att* behaviour, notify for a link, none when the alert is off', () => {
    expect(voicemailOf({})).toEqual({ enabled: true, email: 'none', pin: null });
    expect(voicemailOf({ 'voicemail-enabled': 'no' }).enabled).toBe(false);
    const email = (alert: string, behavior: string) => voicemailOf({ 'email-send-alert-new-voicemail-enabled': alert, 'email-send-alert-new-voicemail-behavior': behavior }).email;
    expect(email('yes', 'attnew')).toBe('attach');
    expect(email('yes', 'briefatttrash')).toBe('attach');
    expect(email('yes', 'yes')).toBe('notify');
    expect(email('yes', 'brief')).toBe('notify');
    expect(email('no', 'attnew')).toBe('none');
    expect(email('yes', 'no')).toBe('none');
  });

  it('a PIN reads as set, its value nowhere; withoutPin drops it from what may be kept', () => {
    const wire = { user: '1001', 'voicemail-login-pin': '4455' };
    expect(voicemailOf(wire).pin).toEqual({ set: true });
    expect(JSON.stringify(voicemailOf(wire))).not.toContain('4455');
    expect(withoutPin(wire)).toEqual({ user: '1001' });
  });
});
