/**
 * The apply lock of one vendor organisation, taken before anything reads live state: keyed by the
 * organisation's identity (provider type, endpoint, domain; the sandbox by its state file's absolute
 * path), never by the folder org.yaml sits in, so two checkouts of one organisation exclude each other.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadOrgOrThrow } from '../config/load.js';
import type { ProviderConfig } from '../model/org.js';
import { readSavedPlan } from '../plan/saved.js';
import { DEFAULT_SANDBOX_STATE } from '../providers/sandbox/index.js';
import { acquireLock, describeHolder, lockRoot, type ReleaseLock } from './lock.js';

/** `netsapiens https://api.example.com/ns-api/v2 acme.example`; `sandbox /abs/state.json`. */
export function orgLockKey(config: ProviderConfig): string {
  if (config.type === 'sandbox') return `sandbox ${path.resolve(config.baseDir, config.endpoint ?? DEFAULT_SANDBOX_STATE)}`;
  return [config.type, normaliseEndpoint(config.endpoint), config.domain ?? '(default domain)'].join(' ');
}

/** Same origin and path whatever the spelling: lower-case scheme and host, no default port, no trailing `/`. */
function normaliseEndpoint(endpoint: string | null): string {
  if (endpoint === null) return '(default endpoint)';
  try {
    const url = new URL(endpoint);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return endpoint;
  }
}

export interface OrgLockOptions {
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Told once when another apply holds the lock and we wait for it. */
  say?: (line: string) => void;
}

/** Locks the organisation an org.yaml (or a saved plan's org.yaml) manages. Reads no live state. */
export async function lockOrgOf(file: string, opts: OrgLockOptions): Promise<ReleaseLock> {
  // Only the provider is needed here; coverage findings are checked after the live read (shell/make-plan.ts), as plan does.
  const { org } = await loadOrgOrThrow(await orgFileOf(file), { coverageAfterRead: true });
  return acquireLock(lockRoot(opts.env), orgLockKey(org.provider), {
    timeoutMs: opts.timeoutMs,
    onWait: (id, holder) => opts.say?.(`Waiting up to ${Math.ceil(opts.timeoutMs / 1000)}s for the lock ${id}: ${describeHolder(holder)}\n`),
  });
}

async function orgFileOf(file: string): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null || !text.trimStart().startsWith('{')) return file;
  try {
    if ((JSON.parse(text) as { format?: unknown }).format !== 'ringform-saved-plan') return file;
  } catch {
    return file;
  }
  const saved = await readSavedPlan(file);
  return path.resolve(path.dirname(file), saved.orgFile);
}
