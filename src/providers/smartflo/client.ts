/**
 * A thin Smartflo client on the shared HttpClient: base URL `provider.endpoint` (default the vendor's
 * host), paths under `/v1`, Bearer auth (API token or login, auth.ts), and the vendor's error bodies
 * `{success:false, message, errors?}` — also when they come with a 200 (docs/vendors/smartflo.md#errors).
 */
import type { ProviderConfig } from '../../model/org.js';
import { HttpClient, type HttpClientOptions, type HttpResponse, type Query, type RequestOptions } from '../http/client.js';
import { NotFoundError } from '../http/errors.js';
import { Redactor } from '../http/redact.js';
import { LoginAuth, registerSecrets, resolveCredentials, tokenAuth } from './auth.js';
import { obj, str, type Wire } from './mapper.js';

export const VENDOR = 'smartflo';
export const DEFAULT_ENDPOINT = 'https://api-smartflo.tatateleservices.com';

export interface SfClientOptions {
  http?: Partial<HttpClientOptions>;
  env?: NodeJS.ProcessEnv;
  clock?: () => number;
}

export class SfClient {
  readonly endpoint: string;
  readonly redactor: Redactor;
  private readonly http: HttpClient;
  private readonly loginHttp: HttpClient;
  private readonly login: LoginAuth | null;

  constructor(config: ProviderConfig, opts: SfClientOptions = {}) {
    this.endpoint = (config.endpoint?.trim() || DEFAULT_ENDPOINT).replace(/\/+$/, '').replace(/\/v1$/, '');
    const creds = resolveCredentials(config, opts.env);
    this.redactor = opts.http?.redactor ?? new Redactor();
    registerSecrets(this.redactor, creds);
    const base: HttpClientOptions = {
      // The version is part of the base: HttpClient joins base and path, and a bare host would give `//v1/…`.
      vendor: VENDOR, baseUrl: `${this.endpoint}/v1`, vendorMessage, errorEnvelope, retryAfterInBody, ...opts.http, redactor: this.redactor,
    };
    this.loginHttp = new HttpClient(base);
    this.login = creds.kind === 'login' ? new LoginAuth(creds, this.loginHttp, opts.clock) : null;
    this.http = new HttpClient({ ...base, auth: creds.kind === 'token' ? tokenAuth(creds.token) : this.login! });
  }

  /** Logs in outside the request's attempt, so that a refused login is the login's own AuthError. */
  private async request<T>(req: RequestOptions): Promise<HttpResponse<T>> {
    await this.login?.ensure();
    return this.http.request<T>({ ...req, path: underV1(req.path) });
  }

  async get<T = unknown>(path: string, query?: Query): Promise<T> {
    return (await this.request<T>({ method: 'GET', path, ...(query ? { query } : {}) })).body;
  }

  /** One GET whatever its status, for `ringform probe` (HttpClient.inspect). */
  async inspect(path: string, query?: Query): Promise<HttpResponse<unknown> & { invalidJson: boolean }> {
    await this.login?.ensure();
    return this.http.inspect(underV1(path), query);
  }

  /** A GET that answers null on 404. */
  async find(path: string): Promise<unknown> {
    try {
      return await this.get(path);
    } catch (err) {
      if (err instanceof NotFoundError) return null;
      throw err;
    }
  }

  /** A create that survives a lost response: `existing` reads back, and the POST is re-sent only if it found nothing. */
  async create(path: string, body: Wire, existing: () => Promise<Wire | null>): Promise<{ created: Wire } | { recovered: Wire }> {
    await this.login?.ensure();
    const result = await this.http.createOnce<unknown, Wire>({ method: 'POST', path: underV1(path), json: body }, existing);
    return 'recovered' in result ? { recovered: result.recovered } : { created: obj(result.body) };
  }

  async patch(path: string, body: Wire): Promise<void> {
    await this.request({ method: 'PATCH', path, json: body });
  }

  async put(path: string, body: Wire): Promise<void> {
    await this.request({ method: 'PUT', path, json: body });
  }

  /** DELETE; an object already gone (404, e.g. after a lost response) is fine. */
  async delete(path: string): Promise<void> {
    try {
      await this.request({ method: 'DELETE', path });
    } catch (err) {
      if (!(err instanceof NotFoundError)) throw err;
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.http.close(), this.loginHttp.close()]);
  }
}

/** Paths are written as the vendor documents them (`/v1/users`); the base URL already ends in `/v1`. */
export function underV1(path: string): string {
  return path.startsWith('/v1/') ? path.slice(3) : path;
}

/** `message`, the first message of each field in `errors`, and a refused login's `login_failed_count`. */
export function vendorMessage(body: unknown): string | null {
  const w = obj(body);
  const parts = [str(w, 'message')];
  for (const messages of Object.values(obj(w.errors))) if (Array.isArray(messages) && messages[0]) parts.push(String(messages[0]));
  const failed = w.login_failed_count;
  const text = [...new Set(parts.filter((p) => p !== ''))].join('; ');
  const withCount = failed === undefined ? text : `${text} (failed logins: ${String(failed)})`;
  return withCount || null;
}

/**
 * Public client code backs off on a 429 by the `Retry-After` header or a `retry_after` field of the body
 * (docs/vendors/smartflo.md, [S: public client code]). The unit is not documented: read as seconds, like the
 * header ([I] assumption). If it were milliseconds, a wait of e.g. 30000 "seconds" is past the client's cap
 * and the run stops with a named rate-limit error instead of hanging; a non-numeric value is ignored (the
 * normal back-off applies).
 */
export function retryAfterInBody(body: unknown): string | null {
  const value = obj(body).retry_after;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return String(value);
  return typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? value.trim() : null;
}

/** A 200 whose body says `success: false` is a refusal. */
export function errorEnvelope(body: unknown): string | null {
  const w = obj(body);
  return w.success === false ? (vendorMessage(body) ?? 'success: false') : null;
}
