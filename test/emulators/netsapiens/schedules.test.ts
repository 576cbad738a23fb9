import { describe, expect, it } from 'vitest';
import { DOMAIN, alice, start } from './helpers.js';

const timeframes = `/domains/${DOMAIN}/timeframes`;
const seed = { domains: { [DOMAIN]: { users: [alice()] } } };

/** A TimeframeDOW entry with every field the spec marks required. */
const weekdays = {
  'timeframe-weekly-monday-begin-time-1': '0900', 'timeframe-weekly-monday-end-time-1': '1700',
  'timeframe-weekly-friday-begin-time-1': '0900', 'timeframe-weekly-friday-end-time-1': '1600',
  'timeframe-recurrence-type': 'weekly', 'timeframe-recurrence-begin-date': '', 'timeframe-recurrence-custom-interval': '',
  'timeframe-recurrence-custom-interval-count': '', 'timeframe-recurrence-custom-interval-option': '',
  'timeframe-recurrence-end-option': '', 'timeframe-recurrence-end-date': '',
};
const newYear = {
  'timeframe-specific-dates-begin-date': '20290101', 'timeframe-specific-dates-begin-time': '0000',
  'timeframe-specific-dates-end-date': '20290102', 'timeframe-specific-dates-end-time': '2359',
  'timeframe-recurrence-type': 'doesNotRecur', 'timeframe-recurrence-custom-interval': '',
  'timeframe-recurrence-custom-interval-count': '', 'timeframe-recurrence-custom-interval-option': '',
  'timeframe-recurrence-end-option': '', 'timeframe-recurrence-end-date': '',
};

describe('NetSapiens emulator: timeframes', () => {
  it('creates a days-of-week timeframe with generated ids, updates it, deletes it', async () => {
    const emu = await start({ seed });
    const created = await emu.call('POST', timeframes, {
      synchronous: 'yes', 'timeframe-name': 'Office hours', 'timeframe-type': 'days-of-week', 'timeframe-days-of-week-array': [weekdays],
    });
    expect(created.status).toBe(200);
    const id = created.body['timeframe-id'] as string;
    expect(created.body).toMatchObject({ 'timeframe-name': 'Office hours', 'timeframe-type': 'days-of-week', domain: DOMAIN });
    const entry = created.body['timeframe-days-of-week-array'][0];
    expect(entry).toMatchObject({ 'timeframe-weekly-monday-begin-time-1': '0900', 'timeframe-parent-id': id, 'ordinal-order': 0 });
    expect(entry['timeframe-id']).toEqual(expect.any(String));

    const update = await emu.call('PUT', `${timeframes}/${id}`, {
      'update-only': 'yes', 'timeframe-days-of-week-array': [{ ...weekdays, 'timeframe-weekly-monday-begin-time-1': '0800' }],
    });
    expect(update.status).toBe(200);
    const got = (await emu.call('GET', `${timeframes}/${id}`)).body;
    expect(got['timeframe-days-of-week-array']).toHaveLength(1);
    expect(got['timeframe-days-of-week-array'][0]['timeframe-weekly-monday-begin-time-1']).toBe('0800');

    expect((await emu.call('POST', timeframes, { 'timeframe-name': 'Office hours', 'timeframe-type': 'always' })).status).toBe(409);
    expect((await emu.call('DELETE', `${timeframes}/${id}`)).status).toBe(202);
    expect(await emu.call('GET', `${timeframes}/${id}`)).toMatchObject({ status: 404, body: { code: 404 } });
    expect(emu.log.violations()).toEqual([]);
  });

  it('adds and deletes specific-date entries by child_id; rejects arrays of another type', async () => {
    const emu = await start({ seed });
    const tf = (await emu.call('POST', timeframes, {
      synchronous: 'yes', 'timeframe-name': 'Closures', 'timeframe-type': 'specific-dates', 'timeframe-specific-dates-array': [newYear],
    })).body;
    const id = tf['timeframe-id'];
    expect((await emu.call('POST', `${timeframes}/${id}`, { 'timeframe-specific-dates-array': [{ ...newYear, 'timeframe-specific-dates-begin-date': '20291225' }] })).status).toBe(202);
    const two = (await emu.call('GET', `${timeframes}/${id}`)).body['timeframe-specific-dates-array'];
    expect(two).toHaveLength(2);
    expect((await emu.call('DELETE', `${timeframes}/${id}`, { child_id: two[0]['timeframe-id'] })).status).toBe(202);
    expect((await emu.call('GET', `${timeframes}/${id}`)).body['timeframe-specific-dates-array']).toHaveLength(1);
    expect((await emu.call('POST', `${timeframes}/${id}`, { 'timeframe-days-of-week-array': [weekdays] })).status).toBe(400);
    expect((await emu.call('GET', timeframes)).body).toHaveLength(1);
  });
});

describe('NetSapiens emulator: answer rules', () => {
  it('creates rules keyed by timeframe name, updates, orders, deletes', async () => {
    const emu = await start({ seed: { domains: { [DOMAIN]: { users: [alice()], timeframes: [{ 'timeframe-name': 'Holidays', 'timeframe-type': 'always' }] } } } });
    const rules = `/domains/${DOMAIN}/users/1001/answerrules`;
    expect((await emu.call('POST', rules, { 'time-frame': 'Nope', enabled: 'yes' })).status).toBe(404);
    const rule = { 'time-frame': 'Holidays', enabled: 'yes', 'forward-always': { enabled: 'yes', parameters: ['2000'] } };
    const created = await emu.call('POST', rules, { synchronous: 'yes', ...rule });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ ...rule, user: '1001', domain: DOMAIN, order: 0, 'is-active': true });
    expect((await emu.call('POST', rules, rule)).status).toBe(409);
    expect((await emu.call('POST', rules, { 'time-frame': '*', enabled: 'maybe' })).status).toBe(400);
    expect((await emu.call('POST', rules, { 'time-frame': '*', enabled: 'yes', 'new-position': 'top' })).status).toBe(202);
    expect((await emu.call('GET', rules)).body.map((r: { 'time-frame': string }) => r['time-frame'])).toEqual(['*', 'Holidays']);

    expect((await emu.call('PUT', `${rules}/Holidays`, { enabled: 'no', 'do-not-disturb': { enabled: 'yes' } })).status).toBe(202);
    const got = (await emu.call('GET', `${rules}/Holidays`)).body;
    expect(got).toMatchObject({ enabled: 'no', 'do-not-disturb': { enabled: 'yes' }, 'forward-always': { enabled: 'yes' } });
    expect((await emu.call('GET', `${rules}/count`)).body).toEqual({ total: 2 });
    expect((await emu.call('DELETE', `${rules}/Holidays`)).status).toBe(202);
    expect((await emu.call('GET', `${rules}/Holidays`)).status).toBe(404);
  });
});

describe('NetSapiens emulator: welcome email', () => {
  it('records the email in state without sending anything', async () => {
    const emu = await start({ seed });
    const res = await emu.call('POST', `/domains/${DOMAIN}/users/1001/email`, { template: 'welcome_email.php', subject: 'New Account Setup' });
    expect(res.status).toBe(200);
    expect(emu.state.emails).toEqual([
      expect.objectContaining({ domain: DOMAIN, user: '1001', to: 'alice@acme.example', template: 'welcome_email.php', subject: 'New Account Setup' }),
    ]);
    expect((await emu.call('POST', `/domains/${DOMAIN}/users/9999/email`, { template: 't', subject: 's' })).status).toBe(404);
  });
});
