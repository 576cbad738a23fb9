/** README.md with its generated sections filled; everything outside the markers is left as written. */
import { readFile } from 'node:fs/promises';
import { packagePath } from '../paths.js';
import { capabilityMatrixSection, replaceCapabilityMatrix } from './capability-matrix.js';
import { errorCodesSection } from './error-codes.js';
import { ensureSectionAfter, replaceSection } from './markdown.js';
import { orgFieldsSection } from './org-fields.js';

export const README_PATH = packagePath('README.md');

export async function readme(): Promise<string> {
  let text = await readFile(README_PATH, 'utf8');
  text = replaceSection(text, 'org-fields', await orgFieldsSection());
  text = ensureSectionAfter(text, 'error-codes', '## Error codes', 'org-fields');
  text = replaceSection(text, 'error-codes', errorCodesSection());
  text = replaceCapabilityMatrix(text, capabilityMatrixSection());
  return text;
}
