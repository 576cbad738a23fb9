/**
 * Where `import` reads from, given on the command line, and the `provider:` section it writes. Paths on
 * the command line (the sandbox state file, a credentials file) are relative to the working folder; in
 * org.yaml they are relative to org.yaml's folder, so they are rewritten for the written file.
 */
import path from 'node:path';
import type { CredentialSource, ProviderConfig, ProviderType } from '../model/org.js';

export interface ImportSource {
  type: ProviderType;
  endpoint: string | null;
  domain: string | null;
  /** Names of environment variables and a credentials file path: never a secret. */
  credentials: CredentialSource;
  /** `provider.vendor[type]`: settings the provider needs to read (e.g. MyOperator's roleIds). */
  vendor?: Record<string, unknown>;
}

const CREDENTIAL_KEYS = ['tokenEnv', 'usernameEnv', 'passwordEnv', 'clientIdEnv', 'clientSecretEnv', 'file'] as const;

/** The provider config to read live state with; relative paths resolve against `cwd`. */
export function sourceConfig(source: ImportSource, cwd: string): ProviderConfig {
  return { ...source, vendor: source.vendor ?? {}, baseDir: cwd };
}

/** The `provider:` section of the written org.yaml, for a file written in `outDir`. */
export function writtenProvider(source: ImportSource, cwd: string, outDir: string): Record<string, unknown> {
  const rebase = (p: string) => (path.isAbsolute(p) ? p : path.relative(outDir, path.resolve(cwd, p)).split(path.sep).join('/'));
  const endpoint = source.endpoint === null ? undefined : source.type === 'sandbox' ? rebase(source.endpoint) : source.endpoint;
  const credentials: Record<string, string> = {};
  for (const key of CREDENTIAL_KEYS) {
    const value = source.credentials[key];
    if (value !== null) credentials[key] = key === 'file' ? rebase(value) : value;
  }
  return Object.fromEntries(
    Object.entries({
      type: source.type,
      endpoint,
      domain: source.domain ?? undefined,
      credentials: Object.keys(credentials).length > 0 ? credentials : undefined,
      vendor: source.vendor && Object.keys(source.vendor).length > 0 ? { [source.type]: source.vendor } : undefined,
    }).filter(([, v]) => v !== undefined),
  );
}

/** For the header comment: `netsapiens https://… (domain acme)`. */
export function describeSource(source: ImportSource, target: string | null): string {
  return `${source.type} ${target ?? source.endpoint ?? '(default endpoint)'}`;
}
