import { readFileSync } from 'node:fs';
import { packagePath } from './paths.js';

/** The package version, from package.json. */
export const RINGFORM_VERSION: string = (
  JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }
).version;
