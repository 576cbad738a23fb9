/**
 * The lines a guard names (src/config/origin.ts): each collection's key and its prune setting, as written;
 * a key not written is absent. With them, the nearly-all guard names the file, the lines and the fix.
 */
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../src/config/load.js';
import { computePlan } from '../../src/plan/compute.js';
import { fullCapabilities } from '../../src/model/capabilities.js';
import { live } from '../plan/builders.js';
import { dedent, writeTmp } from './tmp.js';

const text = dedent(`
  version: 1
  provider:
    type: sandbox
  settings:
    prune:
      extensions: false
      users: true
  roles: []
  users: []
`);

describe('org origin', () => {
  it('records the line of each collection key and prune setting written, and no other', async () => {
    const file = await writeTmp('org.yaml', text);
    const result = await loadOrg(file);
    if (!result.ok) throw new Error('expected a valid org');
    expect({ file: result.origin.file, lines: result.origin.lines }).toEqual({ file, lines: { provider: 2, 'settings.prune.extensions': 6, 'settings.prune.users': 7, roles: 8, users: 9 } });
  });

  it('lets the nearly-all guard name the file and both lines', async () => {
    const file = await writeTmp('org.yaml', text);
    const result = await loadOrg(file);
    if (!result.ok) throw new Error('expected a valid org');
    const current = live().user('a@x').user('b@x').user('c@x').build();
    const plan = computePlan({ desired: result.org, live: current, capabilities: fullCapabilities(), options: { resendInvites: false, targets: [] }, provider: { type: 'sandbox', target: null }, origin: result.origin });
    expect(plan.guards.map((g) => g.message)).toEqual([
      `the plan deletes all 3 users, all or nearly all of them (\`users:\` at ${file}:9 with \`prune.users: true\` at ${file}:7); declare the users to keep, or run again with --force if this is intended`,
    ]);
  });
});
