/**
 * A thin NetSapiens v2 client on the shared HttpClient: the base URL is `provider.endpoint` (e.g.
 * `https://api.example.com/ns-api/v2`), every path is under `/domains/{provider.domain}`, and writes
 * follow the guide's async model (docs/vendors/netsapiens.md#writes): creates send `"synchronous": "yes"` to get the object
 * back (200), and a 202 `{"code":202,"message":"Accepted"}` is success too.
 */
import { RingformError } from '../../errors.js';
import type { ProviderConfig } from '../../model/org.js';
import { HttpClient, type HttpClientOptions, type HttpResponse, type Query, type RequestOptions } from '../http/client.js';
import { NotAListError, NotFoundError, VendorError } from '../http/errors.js';
import { Redactor } from '../http/redact.js';
import { PageGuard } from '../read-guard.js';
import { SecretResolver } from '../secret-refs.js';
import { PasswordGrantAuth, apiKeyAuth, registerSecrets, resolveCredentials } from './auth.js';
import type { Wire } from './mapper.js';

export const VENDOR = 'netsapiens';
/** `limit` maximum of the spec's `Limit` parameter. */
export const PAGE_SIZE = 1000;

export interface NsClientOptions {
  http?: Partial<HttpClientOptions>;
  env?: NodeJS.ProcessEnv;
  /** For tests of token expiry. */
  clock?: () => number;
}

export class NsClient {
  readonly domain: string;
  readonly endpoint: string;
  private readonly http: HttpClient;
  private readonly tokens: HttpClient;
  private readonly grant: PasswordGrantAuth | null;
  /**
   * Users as last read or written by this provider instance, by extension. A plan is applied by the
   * instance that read live state for it moments before (and a saved plan is checked against a fresh
   * read), so a PUT can take the required fields from here instead of a GET per update: apply then sends
   * one request per action. Absent users fall back to a GET.
   */
  readonly knownUsers = new Map<string, Wire>();
  /** Set by a read that listed every user: a user missing from `knownUsers` is then known to be absent. */
  usersListed = false;
  /** Users the vendor may have made or removed by itself since the read (a queue's backing user): looked up again. */
  private readonly unsureUsers = new Set<string>();
  /** Each user's own device (the one named after it) as last read or written, by extension. */
  readonly knownDevices = new Map<string, Wire>();
  /** Set by a read that listed every device of the domain: a device missing from `knownDevices` is absent. */
  devicesListed = false;
  /** Secrets org.yaml names (a voicemail PIN), resolved when written and registered with this client's Redactor. */
  readonly secrets: SecretResolver;

  constructor(config: ProviderConfig, opts: NsClientOptions = {}) {
    this.endpoint = required(config.endpoint, 'provider.endpoint', 'the API base URL, e.g. https://api.example.com/ns-api/v2');
    this.domain = required(config.domain, 'provider.domain', 'the NetSapiens domain to manage');
    const creds = resolveCredentials(config, opts.env);
    const redactor = opts.http?.redactor ?? new Redactor();
    registerSecrets(redactor, creds);
    this.secrets = new SecretResolver(config, opts.env ?? process.env, redactor);
    const base = { vendor: VENDOR, baseUrl: this.endpoint, ...opts.http, redactor };
    this.tokens = new HttpClient(base);
    this.grant = creds.kind === 'password' ? new PasswordGrantAuth(creds, this.tokens, opts.clock) : null;
    this.http = new HttpClient({ ...base, auth: creds.kind === 'apikey' ? apiKeyAuth(creds.token) : this.grant! });
  }

  private async request<T>(req: RequestOptions): Promise<HttpResponse<T>> {
    await this.grant?.ensure();
    return this.http.request<T>(req);
  }

  /** `/domains/{domain}` + rest, each segment URL-encoded. */
  path(...segments: string[]): string {
    return ['', 'domains', this.domain, ...segments].map((s) => (s === '' ? s : encodeURIComponent(s))).join('/');
  }

  /** Masks a secret the vendor answered with (a user's voicemail PIN) in every later log line and error. */
  registerSecret(value: string): void {
    this.http.redactor.add(value);
  }

  /** One GET whatever its status, for `ringform probe` (HttpClient.inspect). */
  async inspect(path: string, query?: Query): Promise<HttpResponse<unknown> & { invalidJson: boolean }> {
    await this.grant?.ensure();
    return this.http.inspect(path, query);
  }

  async get<T = Wire>(path: string, query?: Query, listItem?: (item: Wire) => Wire): Promise<T> {
    return (await this.request<T>({ method: 'GET', path, ...(query ? { query } : {}), ...(listItem ? { listItem } : {}) })).body;
  }

  /** A GET that answers null on 404. */
  async find<T = Wire>(path: string): Promise<T | null> {
    try {
      return await this.get<T>(path);
    } catch (err) {
      if (err instanceof NotFoundError) return null;
      throw err;
    }
  }

  /**
   * A user by extension without a request when this instance already knows (it read, primed or wrote it),
   * or knows it absent (its read listed every user, and nothing here created it since): the read already
   * showed it, so no GET probes it again. Otherwise a GET (null on 404).
   */
  async findUser(id: string): Promise<Wire | null> {
    const known = this.knownUsers.get(id);
    if (known) return known;
    return this.usersListed && !this.unsureUsers.has(id) ? null : this.find(this.path('users', id));
  }

  resetUnsure(): void {
    this.unsureUsers.clear();
  }

  /** The vendor may have created or deleted this user by itself: the next findUser asks. */
  forgetUser(id: string): void {
    this.knownUsers.delete(id);
    this.unsureUsers.add(id);
  }

  /** The user's own device, known or known absent as for findUser; otherwise a GET (null on 404). */
  async findOwnDevice(id: string): Promise<Wire | null> {
    const known = this.knownDevices.get(id);
    if (known) return known;
    return this.devicesListed ? null : this.find(this.path('users', id, 'devices', id));
  }

  /**
   * A listing, each object read as it arrives (HttpClient `listItem`): `keep` makes what is kept of it (by
   * default all of it). The whole answer is never held at once (issue 18, memory).
   */
  async list(path: string, keep: (item: Wire) => Wire = whole): Promise<Wire[]> {
    return listOf(await this.get<unknown>(path, undefined, keep), path, this.http.redactor);
  }

  /** A listing as `list`, or null on 404 (an endpoint the server lacks). `notList`: the error for an answer that is not a list of objects. */
  async findList(path: string, keep: (item: Wire) => Wire, notList: () => Error): Promise<Wire[] | null> {
    try {
      const body = await this.get<unknown>(path, undefined, keep);
      if (Array.isArray(body) && body.every(isObject)) return body as Wire[];
      throw notList();
    } catch (err) {
      if (err instanceof NotFoundError) return null;
      if (err instanceof NotAListError) throw notList();
      throw err;
    }
  }

  /**
   * `start`/`limit` pages of `limit` 1000 until a short page. A full page equal to the one before (the
   * vendor ignoring `start`) stops the read, as does the page cap and the whole-read deadline (PageGuard).
   * `pages` hears of each page read (progress).
   */
  async listAll(path: string, deadlineAt?: number, pages?: { read(): void; last(): void }, keep: (item: Wire) => Wire = whole): Promise<Wire[]> {
    const all: Wire[] = [];
    const guard = new PageGuard({ vendor: VENDOR, source: `GET ${path}`, ...(deadlineAt === undefined ? {} : { deadlineAt }) });
    for (let start = 0; ; start += PAGE_SIZE) {
      guard.beforePage();
      // The page guard compares pages by what is kept of their records (`keep` keeps each record's id).
      const page = listOf(await this.get<unknown>(path, { start, limit: PAGE_SIZE }, keep), `${path}?start=${start}&limit=${PAGE_SIZE}`, this.http.redactor);
      guard.page(page);
      all.push(...page);
      pages?.read();
      if (page.length < PAGE_SIZE) {
        pages?.last();
        return all;
      }
    }
  }

  /**
   * A create that survives a lost response (HttpClient.createOnce): `existing` reads the object back and
   * the POST is re-sent only if it is absent. Answers the created (or recovered) object, or null after a 202.
   */
  async create(path: string, body: Wire, existing: () => Promise<Wire | null>): Promise<Wire | null> {
    await this.grant?.ensure();
    const result = await this.http.createOnce<unknown, Wire>({ method: 'POST', path, json: { synchronous: 'yes', ...body } }, existing);
    if ('recovered' in result) return result.recovered;
    return isObject(result.body) && !('code' in result.body && 'message' in result.body) ? result.body : null;
  }

  /** A POST that is not a create (e.g. the welcome email). */
  async post(path: string, body: Wire, idempotent: boolean): Promise<void> {
    await this.request({ method: 'POST', path, json: body, idempotent });
  }

  async put(path: string, body: Wire): Promise<void> {
    await this.request({ method: 'PUT', path, json: body });
  }

  /** DELETE; an object already gone (404, e.g. after a lost response or a cascade) is fine. */
  async delete(path: string): Promise<void> {
    try {
      await this.request({ method: 'DELETE', path });
    } catch (err) {
      if (!(err instanceof NotFoundError)) throw err;
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.http.close(), this.tokens.close()]);
  }
}

function required(value: string | null, field: string, what: string): string {
  if (value === null || value.trim() === '') {
    throw new RingformError(`netsapiens: ${field} is required in org.yaml (${what})`);
  }
  return value;
}

/**
 * A list response must be a JSON array of objects; an empty body counts as an empty list. Anything else
 * (an object, an error envelope on a 200, a string) is a VendorError, never "no objects": an empty
 * reading would plan creates of everything, or deletes with prune on.
 */
function listOf(body: unknown, path: string, redactor: Redactor): Wire[] {
  if (body === null || body === undefined) return [];
  if (Array.isArray(body) && body.every(isObject)) return body as Wire[];
  const shown = JSON.stringify(body)?.slice(0, 200) ?? String(body);
  throw new VendorError({ vendor: VENDOR, method: 'GET', path, status: 200, vendorMessage: redactor.text(shown) }, 'did not answer with a list of objects');
}

const whole = (item: Wire): Wire => item;

function isObject(value: unknown): value is Wire {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
