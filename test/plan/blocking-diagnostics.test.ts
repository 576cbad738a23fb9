/**
 * Blocking diagnostics (blocking.ts) and seats (seats.ts), in-process: which actions a vendor constraint is
 * checked on (a create or replace: every constraint; an update: the `declared` ones; nothing else), the
 * user it is checked against (org.yaml's, by email in any case), the diagnostic's fix and position, and the
 * seat count before → after with the limit's diagnostic. The CLI and emulator tests (plan-never-lies,
 * providers/*) prove the same end to end; these can see a mutant.
 */
import { describe, expect, it } from 'vitest';
import type { AccountFacts, SeatFacts } from '../../src/model/constraints.js';
import type { Org, ProviderType, User } from '../../src/model/org.js';
import type { OrgOrigin } from '../../src/model/origin.js';
import { SEAT_LIMIT } from '../../src/model/vendor-constraints/seats.js';
import { blockingDiagnostics } from '../../src/plan/blocking.js';
import { seatBlocking, seatChange } from '../../src/plan/seats.js';
import type { Action } from '../../src/plan/types.js';
import { createA, deleteA, inviteA, replaceA, updateA } from '../helpers/actions.js';
import { user } from '../helpers/model.js';
import { org } from './builders.js';

function orgOf(type: ProviderType, users: User[], vendor: Record<string, unknown> = {}): Org {
  const built = org().build();
  return { ...built, provider: { ...built.provider, type, vendor }, users };
}

const origin = (lines: Record<string, number>, at?: (email: string, field: string) => { line: number; column: number } | undefined): OrgOrigin => ({
  file: 'org.yaml',
  lines,
  ...(at ? { userPosition: at } : {}),
});

const codes = (found: ReturnType<typeof blockingDiagnostics>) => found.map((b) => `${b.code} ${b.address}`);

describe('blocking diagnostics', () => {
  // MyOperator: RF420 (declared: receiveCalls must be always/never), RF421 (create: needs a phone).
  const noPhone = user('a@x.test', { receiveCalls: 'office', phone: null });

  it('check every constraint on a create or a replace, only the declared ones on an update, none on other actions', () => {
    const desired = orgOf('myoperator', [noPhone]);
    expect(codes(blockingDiagnostics([createA('user', noPhone)], desired, undefined))).toEqual(['RF420 user["a@x.test"]', 'RF421 user["a@x.test"]']);
    expect(codes(blockingDiagnostics([replaceA('user', noPhone, { extension: '102' })], desired, undefined))).toEqual(['RF420 user["a@x.test"]', 'RF421 user["a@x.test"]']);
    expect(codes(blockingDiagnostics([updateA('user', noPhone, { name: 'A' })], desired, undefined))).toEqual(['RF420 user["a@x.test"]']);
    expect(codes(blockingDiagnostics([inviteA('a@x.test'), deleteA('user', noPhone)], desired, undefined))).toEqual([]);
  });

  it('check the user org.yaml declares, found by email in any case; an action on no declared user is skipped', () => {
    const desired = orgOf('myoperator', [user('A@X.test', { receiveCalls: 'always', phone: '+919800000000' })]);
    // The action's record lacks a phone, org.yaml's user has one: org.yaml's is checked.
    expect(blockingDiagnostics([createA('user', user('a@x.test', { phone: null }))], desired, undefined)).toEqual([]);
    expect(blockingDiagnostics([createA('user', user('other@x.test', { phone: null }))], desired, undefined)).toEqual([]);
    const declaredNoPhone = orgOf('myoperator', [user('A@X.test', { receiveCalls: 'always', phone: null })]);
    expect(codes(blockingDiagnostics([createA('user', user('a@x.test'))], declaredNoPhone, undefined))).toEqual(['RF421 user["a@x.test"]']);
  });

  it('checks nothing for a vendor without constraints, and nothing but users', () => {
    expect(blockingDiagnostics([createA('user', noPhone)], orgOf('sandbox', [noPhone]), undefined)).toEqual([]);
    const desired = orgOf('myoperator', [noPhone]);
    expect(blockingDiagnostics([createA('department', { name: 'a@x.test' })], desired, undefined)).toEqual([]);
  });

  it('give the message, the constraint\'s fix, its source, and the position of the user\'s field', () => {
    const desired = orgOf('myoperator', [noPhone]);
    const at = origin({ users: 4 }, (email, field) => (email === 'a@x.test' ? { line: field === 'phone' ? 7 : 9, column: 5 } : undefined));
    const [found] = blockingDiagnostics([createA('user', noPhone)], desired, undefined, at).filter((b) => b.code === 'RF421');
    expect(found).toEqual({
      code: 'RF421',
      message: 'a has no phone: MyOperator needs one to create a user',
      fix: 'Set `phone` (E.164) on the user.',
      address: 'user["a@x.test"]',
      source: expect.stringContaining('docs/vendors/myoperator.md#creating-a-user'),
      position: { file: 'org.yaml', line: 7, column: 5 },
    });
    // Without an origin, or without a position for the user, no position.
    expect(blockingDiagnostics([createA('user', noPhone)], desired, undefined)[0]).not.toHaveProperty('position');
    expect(blockingDiagnostics([createA('user', noPhone)], desired, undefined, origin({ users: 4 }, () => undefined))[0]).not.toHaveProperty('position');
    expect(blockingDiagnostics([createA('user', noPhone)], desired, undefined, origin({ users: 4 }))[0]).not.toHaveProperty('position');
  });

  it('point at `provider:` for an account-wide fix, with the violation\'s own fix, given the account facts', () => {
    // Smartflo RF401: no caller id, and the account has two numbers.
    const u = user('a@x.test', { phone: '+919800000000' });
    const desired = orgOf('smartflo', [u]);
    const account: AccountFacts = { numbers: [{ id: '1', e164: '+912240001000' }, { id: '2', e164: '+912240001001' }] };
    const at = origin({ provider: 2, users: 10 }, () => ({ line: 11, column: 3 }));
    const found = blockingDiagnostics([createA('user', u)], desired, account, at);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'RF401',
      fix: 'Choose the caller id: set users[].callerIds (or provider.vendor.smartflo.caller_id, for every new user) to one of +912240001000, +912240001001.',
      position: { file: 'org.yaml', line: 2, column: 1 },
    });
    // provider: not written: the user's position.
    expect(blockingDiagnostics([createA('user', u)], desired, account, origin({ users: 10 }, () => ({ line: 11, column: 3 })))[0]!.position).toEqual({ file: 'org.yaml', line: 11, column: 3 });
    // Without the account facts the constraint is not checked.
    expect(blockingDiagnostics([createA('user', u)], desired, undefined, at)).toEqual([]);
  });
});

describe('seats', () => {
  const facts = (s: Partial<SeatFacts>): AccountFacts => ({ seats: { used: 3, limit: 5, what: 'active users', limitSource: 'org.yaml seatLimit', everyCreateTakesASeat: false, ...s } });
  const pro = (email: string) => createA('user', user(email, { panelAccess: true }));
  const callOnly = (email: string) => createA('user', user(email, { panelAccess: false }));

  it('count the users created with panel access, or every user where every create takes a seat', () => {
    const actions: Action[] = [pro('a@x.test'), callOnly('b@x.test'), createA('extension', { number: '101' }), updateA('user', user('c@x.test'), { panelAccess: true }), inviteA('a@x.test')];
    expect(seatChange(actions, facts({}))).toEqual({ before: 3, after: 4, limit: 5, what: 'active users', limitSource: 'org.yaml seatLimit' });
    expect(seatChange(actions, facts({ everyCreateTakesASeat: true }))!.after).toBe(5);
  });

  it('say nothing without seat facts, or when nothing takes a seat and the account is within its limit', () => {
    expect(seatChange([pro('a@x.test')], undefined)).toBeUndefined();
    expect(seatChange([pro('a@x.test')], {})).toBeUndefined();
    expect(seatChange([callOnly('a@x.test')], facts({}))).toBeUndefined();
    expect(seatChange([], facts({ limit: null }))).toBeUndefined();
    expect(seatChange([], facts({ used: 5, limit: 5 }))).toBeUndefined();
  });

  it('show an account already over its limit even when nothing takes a seat', () => {
    expect(seatChange([], facts({ used: 6, limit: 5 }))).toEqual({ before: 6, after: 6, limit: 5, what: 'active users', limitSource: 'org.yaml seatLimit' });
  });

  it('block a plan that goes over a known limit, saying by how many, at the users key', () => {
    const actions = [updateA('user', user('z@x.test'), { name: 'Z' }), createA('extension', { number: '101' }), pro('a@x.test'), pro('b@x.test'), pro('c@x.test')];
    const change = seatChange(actions, facts({}))!;
    expect(change.after).toBe(6);
    expect(seatBlocking(change, actions, origin({ users: 12 }))).toEqual([
      {
        code: SEAT_LIMIT.code,
        message: 'the plan needs 6 seats (active users) and the account has 5 (org.yaml seatLimit): 1 too many',
        fix: SEAT_LIMIT.hint,
        address: 'user["a@x.test"]',
        source: SEAT_LIMIT.source,
        position: { file: 'org.yaml', line: 12, column: 1 },
      },
    ]);
    expect(seatBlocking(change, actions)[0]).not.toHaveProperty('position');
    expect(seatBlocking(change, actions, origin({}))[0]).not.toHaveProperty('position');
  });

  it('do not block at the limit, without a limit, without a change, or when the plan adds no seat', () => {
    const two = [pro('a@x.test'), pro('b@x.test')];
    expect(seatBlocking(seatChange(two, facts({})), two)).toEqual([]);
    expect(seatBlocking(seatChange(two, facts({ limit: null })), two)).toEqual([]);
    expect(seatBlocking(undefined, two)).toEqual([]);
    expect(seatBlocking(seatChange([], facts({ used: 6 })), [])).toEqual([]);
  });

  it('name the seats of a plan over the limit whose creates are all manual steps at `user`', () => {
    const change = { before: 5, after: 6, limit: 5, what: 'active users', limitSource: 'panel' };
    expect(seatBlocking(change, [])[0]!.address).toBe('user');
  });
});
