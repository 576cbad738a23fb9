/**
 * NetSapiens credentials (docs/vendors/netsapiens.md#authentication): an API key used directly as the Bearer token, or the OAuth2
 * password grant at `POST /tokens`, whose access token is cached and renewed with the refresh token
 * shortly before it expires and once after a 401. Every secret is registered with the Redactor.
 *
 * Sources: the environment variables org.yaml names (`credentials.*Env`), else `credentials.file`, a
 * JSON file with `token`, `username`, `password`, `clientId`, `clientSecret` (relative to org.yaml).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RingformError } from '../../errors.js';
import type { ProviderConfig } from '../../model/org.js';
import type { AuthHook, HttpClient } from '../http/client.js';
import type { Redactor } from '../http/redact.js';

export type Credentials =
  | { kind: 'apikey'; token: string }
  | { kind: 'password'; clientId: string; clientSecret: string; username: string; password: string };

type FileKey = 'token' | 'username' | 'password' | 'clientId' | 'clientSecret';
const ENV_OF: Record<Exclude<FileKey, 'token'>, 'usernameEnv' | 'passwordEnv' | 'clientIdEnv' | 'clientSecretEnv'> = {
  username: 'usernameEnv',
  password: 'passwordEnv',
  clientId: 'clientIdEnv',
  clientSecret: 'clientSecretEnv',
};

export function resolveCredentials(config: ProviderConfig, env: NodeJS.ProcessEnv = process.env): Credentials {
  const c = config.credentials;
  const file = c.file === null ? null : readCredentialsFile(path.resolve(config.baseDir, c.file), c.file);
  if (c.tokenEnv !== null) return { kind: 'apikey', token: fromEnv(env, c.tokenEnv, 'tokenEnv') };
  if (file?.token) return { kind: 'apikey', token: file.token };
  const value = (k: Exclude<FileKey, 'token'>): string => {
    const name = c[ENV_OF[k]];
    if (name !== null) return fromEnv(env, name, ENV_OF[k]);
    const v = file?.[k];
    if (v) return v;
    throw new RingformError(
      `netsapiens: no ${k} for the password grant: set provider.credentials.${ENV_OF[k]} in org.yaml` +
        (c.file === null ? '' : ` or "${k}" in ${c.file}`) +
        ' (or give an API key with provider.credentials.tokenEnv)',
    );
  };
  return { kind: 'password', clientId: value('clientId'), clientSecret: value('clientSecret'), username: value('username'), password: value('password') };
}

function fromEnv(env: NodeJS.ProcessEnv, name: string, field: string): string {
  const value = env[name];
  if (!value) throw new RingformError(`netsapiens: environment variable ${name} (provider.credentials.${field} in org.yaml) is not set`);
  return value;
}

function readCredentialsFile(file: string, shown: string): Partial<Record<FileKey, string>> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new RingformError(`netsapiens: cannot read the credentials file ${shown} (provider.credentials.file): ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Never echo the content: it holds secrets.
    throw new RingformError(`netsapiens: the credentials file ${shown} is not valid JSON`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new RingformError(`netsapiens: the credentials file ${shown} must hold a JSON object`);
  const out: Partial<Record<FileKey, string>> = {};
  for (const k of ['token', 'username', 'password', 'clientId', 'clientSecret'] as const) {
    const v = (data as Record<string, unknown>)[k];
    if (typeof v === 'string' && v !== '') out[k] = v;
  }
  return out;
}

export function registerSecrets(redactor: Redactor, creds: Credentials): void {
  if (creds.kind === 'apikey') return redactor.add(creds.token);
  redactor.add(creds.password);
  redactor.add(creds.clientSecret);
}

/** An API key: a fixed Bearer token; a 401 cannot be cured by retrying. */
export function apiKeyAuth(token: string): AuthHook {
  return { headers: async () => ({ authorization: `Bearer ${token}` }) };
}

/** A renewal this recent already answers a 401 of a request sent before it. */
const RECENT_MS = 500;

interface Token {
  access: string;
  refresh: string | null;
  expiresAt: number;
}

/**
 * The password grant. `tokens` is an HttpClient without auth on the same base URL. Renewals are
 * single-flight: concurrent requests share one `POST /tokens`.
 */
export class PasswordGrantAuth implements AuthHook {
  private token: Token | null = null;
  private renewing: Promise<void> | null = null;
  /** performance.now() of the last renewal (not the injectable clock: this is about request overlap). */
  private renewedAt = -Infinity;

  constructor(
    private readonly creds: Extract<Credentials, { kind: 'password' }>,
    private readonly tokens: HttpClient,
    private readonly clock: () => number = Date.now,
  ) {}

  /**
   * Obtains or renews the token. NsClient calls it before each request, outside the HttpClient's
   * attempt, so that a refused grant surfaces as the AuthError of `POST /tokens` itself.
   */
  async ensure(): Promise<void> {
    if (!this.token || this.clock() >= this.token.expiresAt) await this.renew();
  }

  async headers(): Promise<Record<string, string>> {
    await this.ensure();
    return { authorization: `Bearer ${this.token!.access}` };
  }

  /**
   * After a 401: the token was revoked or expired early. Requests that were in flight together all get
   * the 401; they share one renewal (in flight, or finished a moment ago) instead of one each.
   */
  async refresh(): Promise<boolean> {
    if (this.renewing) await this.renewing;
    else if (performance.now() - this.renewedAt > RECENT_MS) await this.renew();
    return true;
  }

  private renew(): Promise<void> {
    this.renewing ??= this.obtain().finally(() => {
      this.renewing = null;
      this.renewedAt = performance.now();
    });
    return this.renewing;
  }

  private async obtain(): Promise<void> {
    const refresh = this.token?.refresh ?? null;
    if (refresh !== null) {
      try {
        return this.store(await this.grant({ grant_type: 'refresh_token', refresh_token: refresh }));
      } catch {
        // A used or expired refresh token: fall back to the password grant.
      }
    }
    this.store(await this.grant({ grant_type: 'password', username: this.creds.username, password: this.creds.password }));
  }

  private async grant(body: Record<string, string>): Promise<Record<string, unknown>> {
    // SPEC-DEFECTS D5: the spec's `/tokens` operations carry only the MFA body; the password and refresh
    // grants use `components.schemas.AuthRequest` (and `/tokens#1`). A grant is safe to repeat: idempotent.
    const response = await this.tokens.request<Record<string, unknown>>({
      method: 'POST',
      path: '/tokens',
      json: { ...body, client_id: this.creds.clientId, client_secret: this.creds.clientSecret },
      idempotent: true,
    });
    return response.body ?? {};
  }

  private store(body: Record<string, unknown>): void {
    const access = body.access_token;
    if (typeof access !== 'string' || access === '') throw new RingformError('netsapiens: POST /tokens answered without an access_token');
    const refresh = typeof body.refresh_token === 'string' && body.refresh_token !== '' ? body.refresh_token : null;
    this.tokens.redactor.add(access);
    this.tokens.redactor.add(refresh);
    const ttlMs = (typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 3600) * 1000;
    // Renew a little before expiry: a quarter of the lifetime, at most 30 s early.
    this.token = { access, refresh, expiresAt: this.clock() + ttlMs - Math.min(30_000, ttlMs / 4) };
  }
}
