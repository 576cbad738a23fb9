import { packagePath } from '../paths.js';
import { writtenTypes } from './types.js';

export interface GeneratedFile {
  path: string;
  content: string;
}

/** Every generated file with the content it should have now. */
export async function generatedFiles(): Promise<GeneratedFile[]> {
  return [{ path: packagePath('src/config/written.generated.ts'), content: await writtenTypes() }];
}
