/**
 * A voicemail PIN is written, never read back (model/fields.ts `writeOnly`): the planner compares it by presence,
 * and only when org.yaml names one, so an import (which cannot write the PIN) plans nothing, and a PIN that changed
 * only in the environment plans nothing either.
 */
import { describe, expect, it } from 'vitest';
import { diffFields } from '../../src/plan/fields.js';
import { user } from '../helpers/model.js';

const live = (pin: unknown) => user('a@x.com', { voicemail: { enabled: true, email: 'attach', pin: pin as never } }) as unknown as Record<string, unknown>;
const fieldsChanged = (before: Record<string, unknown>, after: Record<string, unknown>) => diffFields('user', before, after).map((c) => c.field);

describe('voicemail PIN compared by presence', () => {
  it('a desired PIN against a vendor without one: voicemail changes', () => {
    expect(fieldsChanged(live(null), live({ env: 'A_PIN' }))).toEqual(['voicemail']);
  });

  it('a desired PIN against one set on the vendor: no change, whatever its value', () => {
    expect(fieldsChanged(live({ set: true }), live({ env: 'A_PIN' }))).toEqual([]);
    expect(fieldsChanged(live({ set: true }), live({ credential: 'aPin' }))).toEqual([]);
  });

  it('no PIN declared: the vendor may hold one or not, nothing changes', () => {
    expect(fieldsChanged(live({ set: true }), live(null))).toEqual([]);
    expect(fieldsChanged(live(null), live(null))).toEqual([]);
  });

  it('no PIN declared while another key changes: the change keeps the live PIN, as apply does (review F10)', () => {
    const after = { ...live(null), voicemail: { enabled: true, email: 'notify', pin: null } };
    expect(diffFields('user', live({ set: true }), after)).toEqual([
      { field: 'voicemail', before: { enabled: true, email: 'attach', pin: { set: true } }, after: { enabled: true, email: 'notify', pin: { set: true } } },
    ]);
    // No PIN live, none declared: none after.
    expect(diffFields('user', live(null), after)[0]!.after).toEqual({ enabled: true, email: 'notify', pin: null });
  });

  it('no voicemail declared (null) is never compared: the vendor keeps its own settings', () => {
    const none = { ...live(null), voicemail: null };
    expect(fieldsChanged(live({ set: true }), none)).toEqual([]);
    // forwarding: null is a state (no forward at all), so it does compare.
    const forwards = { ...live(null), forwarding: { always: 'voicemail', busy: null, noAnswer: null, unregistered: null, schedules: [] } };
    expect(fieldsChanged(forwards, { ...live(null), forwarding: null })).toEqual(['forwarding']);
  });

  it('the other voicemail keys still compare by value', () => {
    const before = live({ set: true });
    const after = { ...live({ env: 'A_PIN' }), voicemail: { enabled: true, email: 'notify', pin: { env: 'A_PIN' } } };
    const changes = diffFields('user', before, after);
    expect(changes.map((c) => c.field)).toEqual(['voicemail']);
    // The change carries the reference (a name), never a value.
    expect(changes[0]!.after).toEqual({ enabled: true, email: 'notify', pin: { env: 'A_PIN' } });
  });
});
