/**
 * Vendor migration: import from one provider's emulator, point `provider:` at another, apply there, and the
 * plan against the new vendor is empty. Every ordered pair of harnesses; the org is the target's harness
 * org (what the target can do through its API), first applied to the source.
 */
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { apply } from '../../src/cli/commands/apply.js';
import { importCommand } from '../../src/cli/commands/import.js';
import { plan } from '../../src/cli/commands/plan.js';
import { memoryIO } from '../../src/cli/io.js';
import { writtenProvider } from '../../src/import/provider.js';
import { EXIT } from '../../src/errors.js';
import { converge } from '../conformance/converge.js';
import { tmpDir } from '../helpers/tmp.js';
import { HARNESSES, expressible, importOptions, importSource, read } from './harnesses.js';

const pairs = HARNESSES.flatMap((from) => HARNESSES.filter((to) => to !== from).map((to) => [`${from.type} → ${to.type}`, from, to] as const));

describe.each(pairs)('migration %s', (_name, from, to) => {
  it('import from one vendor, apply to the other: the plan there is then empty', async () => {
    const source = await from.start();
    const target = await to.start();
    const sourceProvider = await source.createProvider();
    try {
      await converge(sourceProvider, expressible(to.org(target.config)));
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
      const planned = await plan({ file: 'org.yaml', format: 'json', detailedExitcode: true, targets: [], resendInvites: false, force: false, noColor: true }, planIO);
      expect(JSON.parse(planIO.out()).actions).toEqual([]);
      expect(planned).toBe(EXIT.ok);
    } finally {
      await sourceProvider.close?.();
      await source.close();
      await target.close();
    }
  });
});
