import { describe, expect, it } from 'vitest';
import { joinPhone, readUser, settingsOf, splitPhone } from '../../../src/providers/myoperator/mapper.js';

const settings = settingsOf({ roleIds: { agent: 1, admin: '3' } });

describe('MyOperator mapper', () => {
  it('splits an E.164 phone into country_code and a 10-digit contact_number', () => {
    expect(splitPhone('+919876543210', 'u')).toEqual({ country_code: '91', contact_number: '9876543210' });
    expect(splitPhone('+14155550100', 'u')).toEqual({ country_code: '1', contact_number: '4155550100' });
    expect(() => splitPhone('+9198765', 'user["a@x"]')).toThrow(/user\["a@x"\]: MyOperator needs the phone as \+ country code and a 10-digit number/);
  });

  it('joins the phone back, with the configured country code when the list has none', () => {
    expect(joinPhone({ contact_number: '9876543210' }, settings)).toBe('+919876543210');
    expect(joinPhone({ contact_number: '4155550100', country_code: '+1' }, settingsOf({ countryCode: '44' }))).toBe('+14155550100');
    expect(joinPhone({ contact_number: '' }, settings)).toBeNull();
  });

  it('reads a listed user: uuid as id, raw ids kept, flags as strings', () => {
    const wire = { user_id: '77', uuid: 'abc', name: 'Asha', email: 'Asha@Example.com', contact_number: '9876543210', extension: '101', role_id: '3', is_active: '0', is_enabled: '0' };
    expect(readUser(wire, settings)).toEqual({
      id: 'abc',
      raw: { user_id: '77', uuid: 'abc' },
      // "Pending Invite" / "Active" is not in the public API: the invite state is unknown (reported unverified).
      inviteStatus: 'unknown',
      data: {
        email: 'asha@example.com', name: 'Asha', phone: '+919876543210', extension: '101', role: 'admin', panelAccess: false,
        status: 'active', receiveCalls: 'never', forwarding: null, voicemail: null, invite: 'auto', previously: [], vendor: {},
        loginId: null, loginBasedCalling: false, callerIds: [], agentGroups: [], reportsOf: 'all', allowedIps: [],
      },
    });
  });

  it('checks provider.vendor.myoperator settings', () => {
    expect(() => settingsOf({ countryCode: 'India' })).toThrow(/countryCode "India" must be 1–3 digits/);
    expect(() => settingsOf({ roleIds: ['agent'] })).toThrow(/roleIds must map role names/);
  });
});
