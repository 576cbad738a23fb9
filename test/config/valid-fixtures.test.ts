/**
 * Valid files load with no diagnostics but coverage findings (RF32x, which describe the org rather than fault
 * it): examples/org.yaml (one gap on purpose) and test/fixtures/valid.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../src/config/load.js';
import { packagePath } from '../../src/paths.js';

const dir = path.join(import.meta.dirname, '../fixtures/valid');
const files = [
  packagePath('examples/org.yaml'),
  ...(await readdir(dir)).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f)),
];

describe('valid files', () => {
  it.each(files.map((f) => [path.relative(packagePath(''), f), f]))('%s', async (_name, file) => {
    const result = await loadOrg(file);
    expect(result.diagnostics.filter((d) => !/^RF32\d$/.test(d.code))).toEqual([]);
    expect(result.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(result.ok).toBe(true);
  });
});

describe('examples/org.yaml', () => {
  it('uses every feature the brief asks of it', async () => {
    const result = await loadOrg(packagePath('examples/org.yaml'));
    if (!result.ok) throw new Error('invalid');
    const { org } = result;
    expect(org.users.length).toBeGreaterThanOrEqual(12);
    expect(org.departments).toHaveLength(3);
    expect(org.schedules).toHaveLength(3);
    expect(org.roles).toHaveLength(1);
    expect(new Set(org.extensions.map((e) => e.type))).toEqual(new Set(['web', 'sip', 'sip-tls']));
    expect(org.extensions.some((e) => e.device !== null && e.forceLogin === false)).toBe(true);
    expect(org.users.some((u) => u.role === 'team-lead')).toBe(true);
    expect(org.users.some((u) => !u.panelAccess)).toBe(true);
    expect(org.users.some((u) => u.status === 'disabled')).toBe(true);
    expect(org.users.some((u) => u.invite === 'never')).toBe(true);
    expect(org.users.some((u) => u.previously.length > 0)).toBe(true);
    expect(new Set(org.departments.map((d) => d.routing)).size).toBe(3);
    expect(org.provider).toMatchObject({ type: 'sandbox', endpoint: '.ringform/sandbox.json', vendor: { seed: 'sandbox-seed.json' } });
  });
});
