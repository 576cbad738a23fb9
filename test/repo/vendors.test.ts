/**
 * One vendor list (src/model/vendors.ts) and everything that must cover it: a vendor added there and
 * forgotten elsewhere fails here, by name.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMULATED_VENDORS, VENDORS } from '../../src/model/vendors.js';
import { PROVIDER_TYPES } from '../../src/model/org.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { VENDORS as MATRIX_VENDORS } from '../../src/gen/capability-matrix.js';
import { HARNESSES } from '../import/harnesses.js';

const at = (...parts: string[]) => existsSync(path.join(PACKAGE_ROOT, ...parts));
/** Vendors whose API ringform calls (Squaretalk publishes none: ringform reads a CSV export). */
const API_VENDORS = VENDORS.filter((v) => v.type !== 'squaretalk').map((v) => v.type);

describe('the vendor list', () => {
  it('is the provider types org.yaml accepts, and the README matrix columns', () => {
    expect(PROVIDER_TYPES).toEqual(VENDORS.map((v) => v.type));
    expect(MATRIX_VENDORS.map((v) => [v.type, v.title])).toEqual(VENDORS.map((v) => [v.type, v.title]));
  });

  it('every API vendor has a conformance harness, an import harness and a reliability vendor', () => {
    expect(HARNESSES.map((h) => h.type).sort()).toEqual([...API_VENDORS].sort());
    for (const type of API_VENDORS) {
      expect(at('test', 'conformance', `${type}.test.ts`), `conformance ${type}`).toBe(true);
      expect(at('test', 'reliability', 'vendors', `${type}.ts`), `reliability ${type}`).toBe(true);
    }
  });

  it('every emulated vendor has an emulator and an example seed; every vendor but the sandbox has a facts page', () => {
    for (const type of EMULATED_VENDORS) {
      expect(at('src', 'emulators', type, 'index.ts'), `emulator ${type}`).toBe(true);
      expect(at('examples', 'emulate', `${type}-seed.json`), `seed ${type}`).toBe(true);
    }
    for (const v of VENDORS.filter((x) => x.type !== 'sandbox')) expect(at('docs', 'vendors', `${v.type}.md`), `docs ${v.type}`).toBe(true);
  });
});
