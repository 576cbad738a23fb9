import { describe, expect, it } from 'vitest';
import type { InviteStatus } from '../../src/model/live.js';
import { live, org, planOf, summary } from './builders.js';

const liveWith = (inviteStatus: InviteStatus, fields = {}) => live().user('a@x', fields, { inviteStatus });

describe('invites', () => {
  it('invites a new user with panel access once, after creating it', () => {
    const plan = planOf(org().user('a@x'), live());
    expect(summary(plan)).toEqual(['create user["a@x"]', 'invite user["a@x"]']);
    expect(plan.actions[1]).toMatchObject({ email: 'a@x', name: 'a', dependsOn: ['1'], reason: 'new user with panel access' });
  });

  it('does not invite users without panel access, disabled users, or invite: never', () => {
    const desired = org().user('a@x', { panelAccess: false }).user('b@x', { status: 'disabled' }).user('c@x', { invite: 'never' });
    expect(summary(planOf(desired, live()))).toEqual(['create user["a@x"]', 'create user["b@x"]', 'create user["c@x"]']);
  });

  it('invites a live user never invited', () => {
    const plan = planOf(org().user('a@x'), liveWith('none'));
    expect(summary(plan)).toEqual(['invite user["a@x"]']);
    expect(plan.actions[0]!.reason).toBe('has panel access but was never invited');
  });

  it('leaves pending invites alone unless asked to resend', () => {
    expect(planOf(org().user('a@x'), liveWith('pending')).actions).toEqual([]);
    expect(summary(planOf(org().user('a@x'), liveWith('pending'), { resendInvites: true }))).toEqual(['invite user["a@x"]']);
    expect(planOf(org().user('a@x'), liveWith('accepted'), { resendInvites: true }).actions).toEqual([]);
  });

  it('invites after the update that grants panel access', () => {
    const plan = planOf(org().user('a@x'), liveWith('none', { panelAccess: false }));
    expect(summary(plan)).toEqual(['update user["a@x"]', 'invite user["a@x"]']);
    expect(plan.actions[1]!.dependsOn).toEqual(['1']);
  });

  it('cancels a pending invite before deleting the user or removing panel access', () => {
    const deleting = planOf(org().prune({ users: true }), liveWith('pending'));
    expect(summary(deleting)).toEqual(['cancel-invite user["a@x"]', 'delete user["a@x"]']);
    expect(deleting.actions[1]!.dependsOn).toEqual(['1']);
    const revoking = planOf(org().user('a@x', { panelAccess: false }), liveWith('pending'));
    expect(summary(revoking)).toEqual(['cancel-invite user["a@x"]', 'update user["a@x"]']);
    expect(revoking.actions[1]!.dependsOn).toEqual(['1']);
    expect(planOf(org().prune({ users: true }), liveWith('accepted')).actions.map((a) => a.kind)).toEqual(['delete']);
  });
});
