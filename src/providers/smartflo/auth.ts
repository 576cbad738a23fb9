/**
 * Smartflo credentials (docs/vendors/smartflo.md#authentication): a long-lived "API Connect" token used as the Bearer, or a login
 * id and password exchanged at `POST /v1/auth/login` for a JWT that lives `expires_in` seconds (3600).
 *
 * The login token is cached and renewed a little before it expires, and once after a 401. A refused
 * login is never retried, by the HTTP layer or by later calls: Smartflo locks an account after repeated
 * failed logins, so the refusal is remembered and every later request fails with the same AuthError.
 *
 * Sources: the environment variables org.yaml names (`credentials.tokenEnv`, or `usernameEnv` +
 * `passwordEnv`), else `credentials.file`: JSON with `token`, or `username` (the login id) and `password`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RingformError } from '../../errors.js';
import type { ProviderConfig } from '../../model/org.js';
import type { AuthHook, HttpClient } from '../http/client.js';
import { AuthError, HttpError, VendorError } from '../http/errors.js';
import type { Redactor } from '../http/redact.js';
import { obj, str } from './mapper.js';

export type Credentials = { kind: 'token'; token: string } | { kind: 'login'; loginId: string; password: string };

/** Relative to the client's base URL, which ends in `/v1`. */
export const LOGIN_PATH = '/auth/login';

export function resolveCredentials(config: ProviderConfig, env: NodeJS.ProcessEnv = process.env): Credentials {
  const c = config.credentials;
  const file = c.file === null ? null : readCredentialsFile(path.resolve(config.baseDir, c.file), c.file);
  if (c.tokenEnv !== null) return { kind: 'token', token: fromEnv(env, c.tokenEnv, 'tokenEnv') };
  const loginId = c.usernameEnv !== null ? fromEnv(env, c.usernameEnv, 'usernameEnv') : file?.username;
  const password = c.passwordEnv !== null ? fromEnv(env, c.passwordEnv, 'passwordEnv') : file?.password;
  if (loginId && password) return { kind: 'login', loginId, password };
  if (file?.token && c.usernameEnv === null && c.passwordEnv === null) return { kind: 'token', token: file.token };
  throw new RingformError(
    'smartflo: no credentials: set provider.credentials.tokenEnv (an API Connect token), or usernameEnv and passwordEnv (login id and password)' +
      (c.file === null ? '' : `, or put "token" or "username" and "password" in ${c.file}`),
  );
}

export function fromEnv(env: NodeJS.ProcessEnv, name: string, field: string): string {
  const value = env[name];
  if (!value) throw new RingformError(`smartflo: environment variable ${name} (${field} in org.yaml) is not set`);
  return value;
}

function readCredentialsFile(file: string, shown: string): Partial<Record<'token' | 'username' | 'password', string>> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    // Never echo the content: it holds secrets.
    const code = (err as NodeJS.ErrnoException).code;
    throw new RingformError(`smartflo: cannot read the credentials file ${shown} (provider.credentials.file): ${code ?? 'not valid JSON'}`);
  }
  const w = obj(data);
  const pick = (...keys: string[]) => keys.map((k) => str(w, k)).find((v) => v !== '');
  return { token: pick('token'), username: pick('username', 'loginId', 'login_id'), password: pick('password') };
}

export function registerSecrets(redactor: Redactor, creds: Credentials): void {
  redactor.add(creds.kind === 'token' ? creds.token : creds.password);
}

/** An API Connect token: a 401 means "deleted, blacklisted, expired or revoked" [S: public client code]; no refresh. */
export function tokenAuth(token: string): AuthHook {
  return { headers: async () => ({ authorization: `Bearer ${token}` }) };
}

/** A renewal this recent already answers a 401 of a request sent before it. */
const RECENT_MS = 500;

export class LoginAuth implements AuthHook {
  private token: { access: string; renewAt: number } | null = null;
  private renewing: Promise<void> | null = null;
  /** performance.now() of the end of the last renewal a 401 caused. */
  private refreshedAt = -Infinity;
  private refused: AuthError | null = null;

  constructor(
    private readonly creds: Extract<Credentials, { kind: 'login' }>,
    /** An HttpClient without auth on the same base URL. */
    private readonly http: HttpClient,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Logs in when there is no token or it is about to expire. SfClient calls it before each request. */
  async ensure(): Promise<void> {
    if (this.refused) throw this.refused;
    if (!this.token || this.clock() >= this.token.renewAt) await this.renew();
  }

  async headers(): Promise<Record<string, string>> {
    await this.ensure();
    return { authorization: `Bearer ${this.token!.access}` };
  }

  /** After a 401 (expired early or revoked): one shared re-login for the requests that failed together. */
  async refresh(): Promise<boolean> {
    if (this.refused) return false;
    if (this.renewing) await this.renewing;
    else if (performance.now() - this.refreshedAt > RECENT_MS) {
      await this.renew();
      this.refreshedAt = performance.now();
    }
    return true;
  }

  private renew(): Promise<void> {
    this.renewing ??= this.login().finally(() => {
      this.renewing = null;
    });
    return this.renewing;
  }

  private async login(): Promise<void> {
    let body: Record<string, unknown>;
    try {
      // Idempotent: a 429, 5xx gateway error or dropped connection is retried (the vendor refused
      // nothing). A 401/403 never is: the HTTP layer does not retry them, and `refused` stops later calls.
      const response = await this.http.request<Record<string, unknown>>({
        method: 'POST', path: LOGIN_PATH, json: { email: this.creds.loginId, password: this.creds.password }, idempotent: true,
      });
      body = obj(response.body);
    } catch (err) {
      throw this.refusal(err);
    }
    const access = str(body, 'access_token');
    if (!access) throw new RingformError('smartflo: POST /v1/auth/login answered without an access_token');
    this.http.redactor.add(access);
    const ttlMs = (Number(body.expires_in) > 0 ? Number(body.expires_in) : 3600) * 1000;
    // Renew a quarter of the lifetime early, at most 10 minutes (clients cache the 60-minute token ~50 minutes [S]).
    this.token = { access, renewAt: this.clock() + ttlMs - Math.min(600_000, ttlMs / 4) };
  }

  /** A refused login (401/403, or a `success:false` envelope) becomes a remembered AuthError; other failures pass through. */
  private refusal(err: unknown): unknown {
    if (!(err instanceof HttpError)) return err;
    const refused = err instanceof AuthError || (err instanceof VendorError && err.status !== null && err.status < 300);
    if (!refused) return err;
    this.refused = new AuthError(
      err.details,
      `login refused for login id ${JSON.stringify(this.creds.loginId)}. ringform does not retry a refused login (Smartflo locks the account after repeated failures); check provider.credentials`,
      { cause: err },
    );
    return this.refused;
  }
}
