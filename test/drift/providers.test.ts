/**
 * Drift against every API provider's emulator: the org is applied and imported to org.yaml (committed), then
 * a user is renamed through the vendor's API behind ringform's back and org.yaml changes a department
 * without applying. Drift exits 2, classifies both changes against --since-ref, and sends only GETs.
 */
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import.js';
import { drift } from '../../src/cli/commands/drift.js';
import { memoryIO } from '../../src/cli/io.js';
import type { DriftReport } from '../../src/drift/types.js';
import { EXIT } from '../../src/errors.js';
import { converge } from '../conformance/converge.js';
import { tmpDir } from '../helpers/tmp.js';
import { HARNESSES, expressible, importOptions, importSource, read } from '../import/harnesses.js';
import { commitAll, initRepo } from './git.js';

describe.each(HARNESSES.map((h) => [h.type, h] as const))('drift: %s', (_type, harness) => {
  it('in sync → 0; a change behind ringform’s back → 2, classified; reads only', async () => {
    const vendor = await harness.start();
    const provider = await vendor.createProvider();
    try {
      const desired = expressible(harness.org(vendor.config));
      await converge(provider, desired);
      const dir = await tmpDir('ringform-drift-');
      await importCommand({ ...importOptions, source: importSource(vendor.config), out: 'org.yaml' }, memoryIO({ cwd: dir }));
      initRepo(dir);
      commitAll(dir, 'imported');
      const run = async (extra: { sinceRef?: string } = {}) => {
        const io = memoryIO({ cwd: dir });
        const code = await drift({ file: 'org.yaml', format: 'json', verbose: false, ...extra }, io);
        return { code, report: JSON.parse(io.out()) as DriftReport };
      };
      expect((await run()).code).toBe(EXIT.ok);

      const rename = harness.mutations.find((m) => m.kind === 'user' && m.field === 'name')!;
      const renamed = structuredClone(desired);
      rename.apply(renamed);
      await converge(provider, renamed);
      const doc = parseDocument(await read(dir, 'org.yaml'));
      doc.setIn(['departments', 0, 'ringTimeout'], 47);
      await writeFile(path.join(dir, 'org.yaml'), doc.toString());

      vendor.clearRequests();
      const { code, report } = await run({ sinceRef: 'HEAD' });
      expect(code).toBe(EXIT.changes);
      const byField = Object.fromEntries(report.items.map((i) => [`${i.resource}.${i.field}`, i.origin]));
      expect(byField).toEqual({ 'user.name': 'outside', 'department.ringTimeout': 'unapplied' });
      const user = report.items.find((i) => i.field === 'name')!;
      expect(user.declared).toBe(desired.users.find((u) => user.address.includes(u.email))!.name);
      expect((vendor.requests() ?? []).filter((r) => !r.startsWith('GET '))).toEqual([]);
    } finally {
      await provider.close?.();
      await vendor.close();
    }
  });
});
