/** Plans as emitted must match schemas/plan.schema.json exactly (closed kinds, no stray properties). */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import { manual, replace, unsupported } from '../../src/model/capabilities.js';
import { caps, live, org, planOf } from './builders.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/plan.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv.default({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

const json = (plan: Plan) => JSON.parse(JSON.stringify(plan)) as Record<string, unknown>;

const plans: Record<string, () => Plan> = {
  fresh: () =>
    planOf(
      org().role('lead', { base: 'supervisor' }).schedule('hours').user('a@x', { extension: '101', role: 'lead', receiveCalls: 'hours' }).department('D', { members: ['a@x'] }),
      live(),
    ),
  swapAndDeletes: () =>
    planOf(
      org().prune({ users: true, members: true }).guards({ maxDeletes: 0, protectedUsers: ['gone@x'] }).user('a@x', { extension: '102' }).user('b@x', { extension: '101' }).department('D', { members: ['a@x'] }),
      live().user('a@x', { extension: '101' }).user('b@x', { extension: '102' }).user('gone@x', {}, { inviteStatus: 'pending' }).department('D', { members: ['a@x', 'gone@x'] }),
    ),
  capabilities: () =>
    planOf(
      org().ignore({ name: 'Test*' }).user('a@x', { name: 'Ann', phone: '+1' }).extension('101', { type: 'sip' }).department('D', { routing: 'serial', members: ['a@x'] }),
      live().user('a@x').extension('101').department('D').department('Test queue'),
      {
        caps: caps()
          .field('user', 'phone', unsupported('no phone'))
          .field('extension', 'type', replace('fixed at creation'))
          .field('department', 'routing', manual('panel only', 'Set {name}: {changes}'))
          .operation('member', 'create', unsupported('no members API'))
          .operation('schedule', 'read', unsupported('no schedules API'))
          .build(),
      },
    ),
};

describe('schemas/plan.schema.json', () => {
  it.each(Object.keys(plans))('accepts the %s plan', (name) => {
    const plan = json(plans[name]!());
    expect(validate(plan), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('covers every action kind across the sample plans', () => {
    const kinds = new Set(Object.values(plans).flatMap((p) => p().actions.map((a) => a.kind)));
    expect([...kinds].sort()).toEqual(['add-member', 'cancel-invite', 'create', 'delete', 'invite', 'manual', 'remove-member', 'replace', 'update']);
  });

  it('rejects unknown kinds, stray properties and bad ids', () => {
    const plan = json(plans['fresh']!());
    const actions = plan['actions'] as Array<Record<string, unknown>>;
    expect(validate({ ...plan, actions: [{ ...actions[0], kind: 'destroy' }] })).toBe(false);
    expect(validate({ ...plan, actions: [{ ...actions[0], extra: 1 }] })).toBe(false);
    expect(validate({ ...plan, actions: [{ ...actions[0], id: '0' }] })).toBe(false);
    expect(validate({ ...plan, surprise: true })).toBe(false);
  });
});
