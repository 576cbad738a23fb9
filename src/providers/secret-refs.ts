/**
 * Secrets org.yaml refers to by name (issue 19: a voicemail PIN, `pin: {env: NAME}` or `pin: {credential: KEY}`),
 * resolved only at apply time, by the provider that sends them. The value is registered with the provider's
 * Redactor before it goes anywhere, so no log, error or request record can show it; errors name the source
 * (the variable, the file key), never the value.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RingformError } from '../errors.js';
import type { ProviderConfig, SecretRef } from '../model/org.js';
import type { Redactor } from './http/redact.js';

/** A voicemail PIN as vendors take it: digits only. 4 to 10: short enough to dial, long enough to redact (Redactor masks ≥ 4). */
const PIN = /^[0-9]{4,10}$/;

export class SecretResolver {
  private file: Record<string, unknown> | null = null;

  constructor(
    private readonly config: ProviderConfig,
    private readonly env: NodeJS.ProcessEnv,
    private readonly redactor: Redactor,
  ) {}

  /** The PIN `ref` names, registered as a secret. `who` is the org.yaml place (`user["a@b"].voicemail.pin`). */
  pin(ref: SecretRef, who: string): string {
    const value = this.value(ref, who);
    this.redactor.add(value);
    if (!PIN.test(value)) throw new RingformError(`${who}: the PIN from ${describe(ref)} is not 4 to 10 digits. Fix: set it to digits only, e.g. a 6-digit number.`);
    return value;
  }

  private value(ref: SecretRef, who: string): string {
    if ('set' in ref) throw new RingformError(`${who}: a PIN read from the vendor cannot be written back; name an environment variable ({env: NAME}) or a credentials-file key ({credential: KEY})`);
    if ('env' in ref) {
      const value = this.env[ref.env];
      if (!value) throw new RingformError(`${who}: environment variable ${ref.env} is not set. Fix: export ${ref.env} before running ringform apply.`);
      return value;
    }
    const value = this.credentialsFile(who)[ref.credential];
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new RingformError(`${who}: the credentials file ${this.config.credentials.file} has no "${ref.credential}". Fix: add "${ref.credential}": "<digits>" to it.`);
    }
    return String(value);
  }

  private credentialsFile(who: string): Record<string, unknown> {
    if (this.file) return this.file;
    const shown = this.config.credentials.file;
    if (shown === null) throw new RingformError(`${who}: {credential: …} needs provider.credentials.file in org.yaml (a JSON file holding the key)`);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path.resolve(this.config.baseDir, shown), 'utf8'));
    } catch (err) {
      // Never echo the content: it holds secrets.
      throw new RingformError(`${who}: cannot read the credentials file ${shown} as JSON (${(err as NodeJS.ErrnoException).code ?? 'not valid JSON'})`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new RingformError(`${who}: the credentials file ${shown} must hold a JSON object`);
    this.file = data as Record<string, unknown>;
    return this.file;
  }
}

export function describe(ref: SecretRef): string {
  if ('env' in ref) return `environment variable ${ref.env}`;
  if ('credential' in ref) return `credentials-file key "${ref.credential}"`;
  return 'the vendor';
}
