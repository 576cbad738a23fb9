import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/engine.js';
import { renderManifest } from '../../src/apply/manifest.js';
import { emptyLiveOrg } from '../../src/model/live.js';
import { createA, inviteA, manualA, memberA, planOf } from '../helpers/actions.js';
import { createFakeProvider } from '../helpers/fake-provider.js';
import { department, user } from '../helpers/model.js';

async function sampleManifest() {
  const actions = [
    createA('user', user('a@x.com'), { id: '1' }),
    createA('user', user('b@x.com'), { id: '2' }),
    createA('department', department('Q'), { id: '3' }),
    memberA('add-member', 'Q', 'b@x.com', 1, { id: '4', dependsOn: ['2', '3'] }),
    inviteA('b@x.com', { id: '5', dependsOn: ['2'] }),
    manualA('user["old@x.com"]', ['Open Users.', 'Delete old@x.com.'], { id: '6' }),
    createA('user', user('c@x.com'), { id: '7' }),
  ];
  const provider = createFakeProvider({ failOn: ['user["b@x.com"]'] });
  return applyPlan(planOf(actions), provider, { live: emptyLiveOrg() });
}

describe('renderManifest', () => {
  it('lists what needs attention, manual steps numbered, then one count line', async () => {
    const text = renderManifest(await sampleManifest(), { color: false });
    expect(text).toBe(
      [
        '✗ failed  user["b@x.com"] (create): 500 server error: could not apply user["b@x.com"]',
        '- skipped member["Q"]["b@x.com"] (add-member): depends on failed action 2 user["b@x.com"]',
        '- skipped user["b@x.com"] (invite): depends on failed action 2 user["b@x.com"]',
        '! manual  user["old@x.com"] (delete by hand): the API cannot delete users',
        '    1. Open Users.',
        '    2. Delete old@x.com.',
        'Apply complete: 3 succeeded, 1 failed, 2 skipped, 1 manual.',
        '',
      ].join('\n'),
    );
  });

  it('is one line when everything succeeded, and colours only on request', async () => {
    const manifest = await applyPlan(planOf([createA('user', user('a@x.com'))]), createFakeProvider(), { live: emptyLiveOrg() });
    expect(renderManifest(manifest, { color: false })).toBe('Apply complete: 1 succeeded, 0 failed, 0 skipped, 0 manual.\n');
    const coloured = renderManifest(await sampleManifest(), { color: true });
    expect(coloured).toContain('\u001b[');
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(renderManifest(await sampleManifest(), { color: false }));
  });
});
