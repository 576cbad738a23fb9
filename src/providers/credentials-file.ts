/**
 * A credentials file (`provider.credentials.file`) that others on the machine can read is allowed (ringform
 * cannot know who they are) but warned about, with the fix. POSIX modes only; Windows has no such bits.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ProviderConfig } from '../model/org.js';

export async function credentialsFileWarning(config: ProviderConfig, platform: NodeJS.Platform = process.platform): Promise<string | null> {
  if (config.credentials.file === null || platform === 'win32') return null;
  const file = path.resolve(config.baseDir, config.credentials.file);
  const info = await stat(file).catch(() => null);
  if (info === null || (info.mode & 0o044) === 0) return null;
  const who = info.mode & 0o004 ? 'every user on this machine' : 'its group';
  const mode = (info.mode & 0o777).toString(8).padStart(4, '0');
  return `the credentials file ${config.credentials.file} (provider.credentials.file) can be read by ${who} (mode ${mode}). Fix: chmod 600 ${file}`;
}
