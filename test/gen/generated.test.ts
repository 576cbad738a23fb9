/**
 * Generated files are committed; this fails when one is stale (run `npm run gen`). Covers
 * src/config/written.generated.ts and the README's org-fields and error-codes sections.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../src/gen/index.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

describe('generated files are up to date', async () => {
  for (const file of await generatedFiles()) {
    it(path.relative(PACKAGE_ROOT, file.path), async () => {
      const committed = await readFile(file.path, 'utf8');
      expect(committed, 'stale: run `npm run gen`').toBe(file.content);
    });
  }
});
