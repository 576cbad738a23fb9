/**
 * Generates code and docs from their sources of truth. `npm run gen` writes them; tests call the same
 * functions and fail when the committed files are stale.
 */
import { writeFile } from 'node:fs/promises';
import { generatedFiles } from '../src/gen/index.js';

for (const file of await generatedFiles()) {
  await writeFile(file.path, file.content);
  console.log(`wrote ${file.path}`);
}
