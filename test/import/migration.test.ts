/**
 * Vendor migration: import from one provider, point `provider:` at another, apply there, and the plan
 * against the new vendor is empty. Every provider migrates to the sandbox (which can do everything), and
 * the sandbox to every provider, with that provider's harness org (what it can do through its API). A
 * target that needs manual steps for the org cannot be migrated to automatically: the test says so and
 * skips. The CLI path (import, edit provider:, apply, plan) runs for NetSapiens → sandbox below.
 */
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { apply } from '../../src/cli/commands/apply.js';
import { importCommand } from '../../src/cli/commands/import.js';
import { plan } from '../../src/cli/commands/plan.js';
import { memoryIO } from '../../src/shell/io.js';
import { writtenProvider } from '../../src/import/provider.js';
import { EXIT } from '../../src/errors.js';
import { applyTo, converge, planAgainst } from '../conformance/converge.js';
import { netsapiensHarness } from '../conformance/netsapiens.harness.js';
import { sandboxHarness } from '../conformance/sandbox.harness.js';
import type { Harness } from '../conformance/harness.js';
import { tmpDir } from '../helpers/tmp.js';
import { HARNESSES, expressible, importOptions, importSource, importVia, read } from './harnesses.js';

const others = HARNESSES.filter((h) => h !== sandboxHarness);
const pairs: Array<[string, Harness, Harness]> = [
  ...others.map((h): [string, Harness, Harness] => [`${h.type} → sandbox`, h, sandboxHarness]),
  ...others.map((h): [string, Harness, Harness] => [`sandbox → ${h.type}`, sandboxHarness, h]),
];

describe.each(pairs)('migration %s', (_name, from, to) => {
  it('import from one vendor, apply to the other: the plan there is then empty', async () => {
    const source = await from.start();
    const target = await to.start();
    const sourceProvider = await source.createProvider();
    const targetProvider = await target.createProvider();
    try {
      const wanted = expressible((to === sandboxHarness ? from : to).org(source.config));
      await converge(sourceProvider, wanted);
      const { org } = await importVia(sourceProvider, source.config);
      const moved = { ...org, provider: target.config };
      const first = await planAgainst(targetProvider, moved);
      expect(first.actions.length).toBeGreaterThan(0);
      // A vendor with manual parts (Smartflo, MyOperator) ends with only its manual steps left.
      const { manifest } = await applyTo(targetProvider, moved);
      expect(manifest.counts.failed).toBe(0);
      const second = await planAgainst(targetProvider, moved);
      expect(second.actions.filter((a) => a.kind !== 'manual').map((a) => `${a.kind} ${a.address}`)).toEqual([]);
      if (!first.actions.some((a) => a.kind === 'manual')) expect(second.actions).toEqual([]);
    } finally {
      await sourceProvider.close?.();
      await targetProvider.close?.();
      await source.close();
      await target.close();
    }
  });
});

describe('migration through the CLI', () => {
  it('ringform import from NetSapiens, change provider: to the sandbox, apply, plan: no changes', async () => {
    const source = await netsapiensHarness.start();
    const target = await sandboxHarness.start();
    const provider = await source.createProvider();
    try {
      await converge(provider, expressible(netsapiensHarness.org(source.config)));
      const dir = await tmpDir('ringform-migrate-');
      const io = memoryIO({ cwd: dir });
      expect(await importCommand({ ...importOptions, source: importSource(source.config), out: 'org.yaml' }, io), io.err()).toBe(EXIT.ok);
      const doc = parseDocument(await read(dir, 'org.yaml'));
      doc.set('provider', doc.createNode(writtenProvider(importSource(target.config), dir, dir)));
      await writeFile(path.join(dir, 'org.yaml'), doc.toString());

      const applyIO = memoryIO({ cwd: dir });
      const applied = await apply({ file: 'org.yaml', autoApprove: true, force: false, parallelism: 4, targets: [], resendInvites: false, noColor: true }, applyIO);
      expect(applied, applyIO.out() + applyIO.err()).toBe(EXIT.ok);
      expect(applyIO.out()).toMatch(/Plan: [1-9]\d* to create/);
      const planIO = memoryIO({ cwd: dir });
      const planned = await plan({ file: 'org.yaml', format: 'text', detailedExitcode: true, targets: [], resendInvites: false, force: false, noColor: true }, planIO);
      expect(planIO.out()).toContain('No changes.');
      expect(planned).toBe(EXIT.ok);
    } finally {
      await provider.close?.();
      await source.close();
      await target.close();
    }
  });
});
