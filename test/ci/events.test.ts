/** `apply --json` (an event stream for CI) and `--verbose` (the vendor request log, credentials redacted). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apply } from '../../src/cli/commands/apply.js';
import { importCommand } from '../../src/cli/commands/import.js';
import { plan } from '../../src/cli/commands/plan.js';
import { memoryIO } from '../../src/shell/io.js';
import { triage } from '../../src/cli/triage.js';
import { EXIT } from '../../src/errors.js';
import { converge } from '../conformance/converge.js';
import { netsapiensHarness } from '../conformance/netsapiens.harness.js';
import { tmpDir } from '../helpers/tmp.js';
import { workspace } from '../cli/workspace.js';
import { expressible, importOptions, importSource } from '../import/harnesses.js';

const ORG = `users:
  - email: asha@example.com
    name: Asha Rao
    extension: "101"
departments:
  - name: Sales
    extension: "200"
    members: [asha@example.com]
`;
const applyOpts = { file: 'org.yaml', autoApprove: true, force: false, parallelism: 2, targets: [], resendInvites: false, noColor: true };

describe('apply --json', () => {
  it('writes one JSON object per line: plan, each action started and finished, manifest', async () => {
    const ws = await workspace(ORG);
    const io = ws.io();
    expect(await apply({ ...applyOpts, json: true }, io)).toBe(EXIT.ok);
    const events = io.out().trimEnd().split('\n').map((l) => JSON.parse(l) as { type: string; id?: string; counts?: Record<string, number> });
    expect(events[0]).toMatchObject({ type: 'plan', actions: 5, provider: { type: 'sandbox' } });
    expect(events.at(-1)).toMatchObject({ type: 'manifest', counts: { succeeded: 5, failed: 0 } });
    const actions = events.slice(1, -1);
    expect(actions.filter((e) => e.type === 'action-started')).toHaveLength(5);
    expect(actions.filter((e) => e.type === 'action-succeeded')).toHaveLength(5);
    for (const e of actions.filter((x) => x.type === 'action-succeeded')) {
      expect(actions.findIndex((x) => x.type === 'action-started' && x.id === e.id)).toBeLessThan(actions.indexOf(e));
    }
  });

  it('needs --auto-approve', async () => {
    const ws = await workspace(ORG);
    const io = ws.io();
    expect(await apply({ ...applyOpts, autoApprove: false, json: true }, io).catch((e: unknown) => triage(e, io))).toBe(EXIT.error);
    expect(io.err()).toContain('--auto-approve');
  });

  it('a saved plan needs no --auto-approve: it never asks', async () => {
    const ws = await workspace(ORG);
    await plan({ file: 'org.yaml', format: 'text', detailedExitcode: false, targets: [], resendInvites: false, force: false, noColor: true, out: 'plan.json' }, ws.io());
    const io = ws.io();
    expect(await apply({ ...applyOpts, file: 'plan.json', autoApprove: false, json: true }, io).catch((e: unknown) => triage(e, io)), io.err()).toBe(EXIT.ok);
    const events = io.out().trim().split('\n').map((l) => JSON.parse(l) as { type: string });
    expect(events.at(-1)?.type).toBe('manifest');
  });
});

describe('--verbose', () => {
  it('logs method, path, status and duration of each vendor request on stderr, never the token', async () => {
    const vendor = await netsapiensHarness.start();
    const provider = await vendor.createProvider();
    try {
      await converge(provider, expressible(netsapiensHarness.org(vendor.config)));
      const dir = await tmpDir('ringform-verbose-');
      const env = { [vendor.config.credentials.tokenEnv!]: process.env[vendor.config.credentials.tokenEnv!]! };
      const importIO = memoryIO({ cwd: dir, env });
      await importCommand({ ...importOptions, verbose: true, source: importSource(vendor.config), out: 'org.yaml' }, importIO);
      const io = memoryIO({ cwd: dir, env });
      const code = await plan({ file: path.join(dir, 'org.yaml'), format: 'text', detailedExitcode: true, targets: [], resendInvites: false, force: false, noColor: true, verbose: true }, io);
      expect(code).toBe(EXIT.ok);
      for (const err of [importIO.err(), io.err()]) {
        expect(err).toMatch(/^GET \/domains\/example\.com\/users\S* 200 \d+ ms$/m);
        expect(err).not.toContain(env[vendor.config.credentials.tokenEnv!]);
      }
    } finally {
      await provider.close?.();
      await vendor.close();
    }
  });
});
