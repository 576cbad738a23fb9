/**
 * For every API provider: apply the harness's org to its emulator (or sandbox), import it, and plan the
 * imported file against the same live state: zero actions.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import.js';
import { plan } from '../../src/cli/commands/plan.js';
import { memoryIO } from '../../src/cli/io.js';
import { EXIT } from '../../src/errors.js';
import { converge } from '../conformance/converge.js';
import { tmpDir } from '../helpers/tmp.js';
import { HARNESSES, expressible, importOptions, importSource, read } from './harnesses.js';

const planOpts = { format: 'text' as const, detailedExitcode: true, targets: [], resendInvites: false, force: false, noColor: true };

describe.each(HARNESSES.map((h) => [h.type, h] as const))('import round trip: %s', (_type, harness) => {
  it('import, then plan against the same live state: no changes', async () => {
    const vendor = await harness.start();
    const provider = await vendor.createProvider();
    try {
      await converge(provider, expressible(harness.org(vendor.config)));
      const dir = await tmpDir('ringform-import-');
      const io = memoryIO({ cwd: dir });
      const code = await importCommand({ ...importOptions, source: importSource(vendor.config), out: 'org.yaml' }, io);
      expect(code, io.err()).toBe(EXIT.ok);
      const text = await read(dir, 'org.yaml');
      expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+org\.schema\.json$/);

      vendor.clearRequests();
      const planIO = memoryIO({ cwd: dir });
      const planned = await plan({ file: path.join(dir, 'org.yaml'), ...planOpts }, planIO);
      expect(planIO.out(), text).toContain('No changes.');
      expect(planned).toBe(EXIT.ok);
      expect((vendor.requests() ?? []).filter((r) => !r.startsWith('GET '))).toEqual([]);
    } finally {
      await provider.close?.();
      await vendor.close();
    }
  });
});
