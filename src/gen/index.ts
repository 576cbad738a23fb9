import { packagePath } from '../paths.js';
import { docPath, LEDGERS, vendorPage } from './evidence.js';
import { readme, README_PATH } from './readme.js';
import { orgValidatorCode } from './org-validator.js';
import { writtenTypes } from './types.js';

export interface GeneratedFile {
  path: string;
  content: string;
}

/**
 * Every generated file with the content it should have now. README.md appears once: its generated sections
 * (org-fields, error-codes) are filled by `readme()`; add further README sections there, not as a second entry.
 */
export async function generatedFiles(): Promise<GeneratedFile[]> {
  return [
    { path: packagePath('src/config/written.generated.ts'), content: await writtenTypes() },
    { path: packagePath('src/config/org-schema.generated.ts'), content: orgValidatorCode() },
    { path: README_PATH, content: await readme() },
    ...(await Promise.all(LEDGERS.map(async ({ vendor, ledger }) => ({ path: docPath(vendor), content: await vendorPage(vendor, ledger) })))),
  ];
}
