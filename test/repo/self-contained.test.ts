/**
 * The repository stands on its own: a clone with nothing beside it builds, tests and runs. No source, test,
 * bench or script file may refer to the team's shared folder outside the repository, and the vendor spec the
 * NetSapiens emulator validates against ships inside the package.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { NETSAPIENS_SPEC_FILE, netsapiensValidator } from '../../src/emulators/netsapiens/spec.js';

const SCANNED = ['src', 'test', 'bench', 'scripts', '.ci', 'bin', 'examples'];
// Built from parts so that this file does not match itself.
const OUTSIDE = new RegExp(['\\.\\.', 'shared'].join('[\\\\/]'));

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('the repository stands on its own', () => {
  it('no file under src, test, bench, scripts, .ci, bin or examples refers to a folder beside the repository', () => {
    const offenders = SCANNED.flatMap((d) => filesUnder(path.join(PACKAGE_ROOT, d)))
      .filter((f) => OUTSIDE.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(PACKAGE_ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('the NetSapiens OpenAPI spec is inside the package, listed in package.json files, and loads', () => {
    expect(path.relative(PACKAGE_ROOT, NETSAPIENS_SPEC_FILE)).toBe(path.join('specs', 'netsapiens-api-v2.openapi.json'));
    const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('specs');
    const loaded = netsapiensValidator();
    expect('validator' in loaded, 'error' in loaded ? loaded.error.message : '').toBe(true);
  });
});
