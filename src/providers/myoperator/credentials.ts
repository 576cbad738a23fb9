/**
 * The MyOperator API token (panel: Manage → API integration → Public API token; docs/vendors/myoperator.md#authentication): from
 * the environment variable `provider.credentials.tokenEnv` names, else `"token"` in the JSON file
 * `provider.credentials.file` (relative to org.yaml). Never echoed in an error.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RingformError } from '../../errors.js';
import type { ProviderConfig } from '../../model/org.js';

export function resolveToken(config: ProviderConfig, env: NodeJS.ProcessEnv = process.env): string {
  const c = config.credentials;
  if (c.tokenEnv !== null) {
    const value = env[c.tokenEnv];
    if (!value) throw new RingformError(`myoperator: environment variable ${c.tokenEnv} (provider.credentials.tokenEnv in org.yaml) is not set`);
    return value;
  }
  if (c.file !== null) return tokenFromFile(path.resolve(config.baseDir, c.file), c.file);
  throw new RingformError(
    'myoperator: no API token: set provider.credentials.tokenEnv (or credentials.file, a JSON file with "token") in org.yaml; ' +
      'the token is in the panel under Manage → API integration → Public API token',
  );
}

function tokenFromFile(file: string, shown: string): string {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // Never echo the content: it holds the secret.
    throw new RingformError(`myoperator: cannot read the credentials file ${shown} (provider.credentials.file): ${code ?? 'not valid JSON'}`);
  }
  const token = (data as Record<string, unknown> | null)?.token;
  if (typeof token !== 'string' || token === '') throw new RingformError(`myoperator: the credentials file ${shown} has no "token"`);
  return token;
}
