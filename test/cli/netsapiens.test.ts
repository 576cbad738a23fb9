/**
 * The README's NetSapiens walk-through, end to end through the CLI's command functions: plan → apply →
 * plan against the emulator, over real HTTP on 127.0.0.1.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apply } from '../../src/cli/commands/apply.js';
import { plan } from '../../src/cli/commands/plan.js';
import { drift } from '../../src/cli/commands/drift.js';
import { memoryIO } from '../../src/shell/io.js';
import { startNetsapiensEmulator } from '../../src/emulators/netsapiens/index.js';
import { createUser } from '../../src/emulators/netsapiens/users.js';
import { EXIT } from '../../src/errors.js';
import { tmpDir } from '../helpers/tmp.js';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
  delete process.env['NS_API_KEY'];
});

describe('ringform against `ringform emulate netsapiens`', () => {
  it('plans, applies, and then plans no changes; every request matches the vendor spec', async () => {
    const emu = await startNetsapiensEmulator({ port: 0, tokens: ['demo-key'], strict: true });
    stops.push(() => emu.close());
    const dir = await tmpDir();
    const example = await readFile(path.join(import.meta.dirname, '../../examples/netsapiens/org.yaml'), 'utf8');
    await writeFile(path.join(dir, 'org.yaml'), example.replace('http://127.0.0.1:18080/ns-api/v2', emu.url));
    process.env['NS_API_KEY'] = 'demo-key';
    const opts = { file: 'org.yaml', format: 'text' as const, detailedExitcode: true, targets: [], resendInvites: false, force: false, noColor: true };

    const first = memoryIO({ cwd: dir });
    expect(await plan(opts, first)).toBe(EXIT.changes);
    expect(first.out()).toContain('Plan: 11 to create');

    const applied = memoryIO({ cwd: dir });
    expect(await apply({ file: 'org.yaml', autoApprove: true, force: false, parallelism: 4, targets: [], resendInvites: false, noColor: true }, applied)).toBe(EXIT.ok);
    expect(applied.out()).toContain('0 failed');

    const second = memoryIO({ cwd: dir });
    expect(await plan(opts, second)).toBe(EXIT.ok);
    expect(second.out()).toContain('No changes.');
    expect(emu.log.violations()).toEqual([]);
    expect(first.out() + applied.out() + second.out() + first.err() + applied.err()).not.toContain('demo-key');
  });

  it('plan reads in detail only what org.yaml manages, and drift --since-plan sees the same live state', async () => {
    const emu = await startNetsapiensEmulator({ port: 0, tokens: ['demo-key'], strict: true });
    stops.push(() => emu.close());
    const dir = await tmpDir();
    const example = await readFile(path.join(import.meta.dirname, '../../examples/netsapiens/org.yaml'), 'utf8');
    await writeFile(path.join(dir, 'org.yaml'), example.replace('http://127.0.0.1:18080/ns-api/v2', emu.url));
    process.env['NS_API_KEY'] = 'demo-key';
    const applied = memoryIO({ cwd: dir });
    expect(await apply({ file: 'org.yaml', autoApprove: true, force: false, parallelism: 4, targets: [], resendInvites: false, noColor: true }, applied)).toBe(EXIT.ok);
    // Someone adds three users in the portal: org.yaml does not declare them (prune off).
    const domain = emu.state.requireDomain('example.com');
    for (const n of ['3001', '3002', '3003']) {
      createUser(emu.state, domain, { user: n, 'name-first-name': 'Walk', 'name-last-name': `In ${n}`, 'email-address': `walkin${n}@example.com`, 'user-scope': 'Basic User' });
    }
    emu.log.clear();
    const opts = { file: 'org.yaml', format: 'text' as const, detailedExitcode: true, targets: [], resendInvites: false, force: false, noColor: true };
    const planned = memoryIO({ cwd: dir });
    expect(await plan({ ...opts, out: 'plan.json' }, planned)).toBe(EXIT.ok);
    const rulesRead = emu.log.requests().flatMap((r) => /\/users\/([^/]+)\/answerrules$/.exec(r.path)?.[1] ?? []).sort();
    // Priya and Rahul declare receiveCalls; Arjun and Kavya leave it out; the walk-ins are not declared.
    expect(rulesRead).toEqual(['1001', '1004']);
    const drifted = memoryIO({ cwd: dir });
    expect(await drift({ file: 'org.yaml', format: 'json', verbose: false, sincePlan: 'plan.json' }, drifted)).toBe(EXIT.ok);
    expect(JSON.parse(drifted.out()).baseline.note).toBe('live state is exactly what the plan saw: nothing changed at the vendor since it was made');
  });
});
