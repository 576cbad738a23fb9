/**
 * A thin MyOperator client on the shared HttpClient (docs/vendors/myoperator.md#users,
 * docs/vendors/myoperator.md#pagination). Base URL: `provider.endpoint`,
 * default https://developers.myoperator.co, no version prefix. The token is the `token` parameter: in the
 * query of a GET (AuthHook.query), in the form body of a POST or PUT — never in a header, and never in a
 * write's URL. It is registered with the Redactor, so no log line or error carries it.
 *
 * Every answer is the envelope `{status, code, data | message}`; a 200 with `status: "error"` is a VendorError.
 */
import type { ProviderConfig } from '../../model/org.js';
import { HttpClient, type HttpClientOptions, type HttpResponse, type Query } from '../http/client.js';
import { Redactor } from '../http/redact.js';
import { PageGuard } from '../read-guard.js';
import { requireList } from '../vendor-data.js';
import { resolveToken } from './credentials.js';

export const VENDOR = 'myoperator';
export const DEFAULT_ENDPOINT = 'https://developers.myoperator.co';
/** The call-log search caps `page_size` at 100 [S]; the users list is assumed to take the same [I]. */
export const PAGE_SIZE = 100;

export type Wire = Record<string, unknown>;

export interface MyoClientOptions {
  http?: Partial<HttpClientOptions>;
  env?: NodeJS.ProcessEnv;
}

/** The vendor's message from an error envelope, or null for a success. */
export function envelopeError(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const { status, code, message } = body as Wire;
  if (status !== 'error') return null;
  const text = typeof message === 'string' && message !== '' ? message : 'error';
  return code === undefined ? text : `${text} (code ${String(code)})`;
}

export class MyoClient {
  readonly endpoint: string;
  private readonly token: string;
  private readonly reads: HttpClient;
  private readonly writes: HttpClient;

  constructor(config: ProviderConfig, opts: MyoClientOptions = {}) {
    this.endpoint = config.endpoint ?? DEFAULT_ENDPOINT;
    this.token = resolveToken(config, opts.env);
    const redactor = opts.http?.redactor ?? new Redactor();
    redactor.add(this.token);
    const base: HttpClientOptions = { vendor: VENDOR, baseUrl: this.endpoint, errorEnvelope: envelopeError, ...opts.http, redactor };
    const token = this.token;
    this.reads = new HttpClient({ ...base, auth: { headers: async () => ({}), query: async () => ({ token }) } });
    this.writes = new HttpClient(base);
  }

  /**
   * `GET /user` page by page until an empty page or no `next_page` [S]. The answer must be the envelope
   * with a `data` list; a page equal to the page before (the vendor ignoring `page`) stops the read, and
   * so does running past the page cap: ceil(total / page size) + 1 when the answer reports a total
   * (`total`, `count` or `total_count` [I: not documented]), else MAX_PAGES_WITHOUT_TOTAL (PageGuard).
   * `pages` hears of each page read (progress).
   */
  async listUsers(deadlineAt?: number, pages?: { read(): void; last(): void }): Promise<Wire[]> {
    const source = 'GET /user';
    const guard = new PageGuard({ vendor: VENDOR, source, ...(deadlineAt === undefined ? {} : { deadlineAt }) });
    const users: Wire[] = [];
    for (let page = 1; ; page++) {
      guard.beforePage();
      const { body } = await this.reads.request<unknown>({ method: 'GET', path: '/user', query: { page, 'page-size': PAGE_SIZE } });
      const data = requireList(VENDOR, source, body, 'data');
      const total = reportedTotal(body);
      if (total !== null) guard.total(total, PAGE_SIZE);
      guard.page(data);
      users.push(...data);
      pages?.read();
      const next = isWire(body) ? body.next_page : undefined;
      if (data.length === 0 || next === undefined || next === null || next === '' || next === false || next === 0) break;
    }
    pages?.last();
    return users;
  }

  /**
   * `POST /user` once: after a lost response the list is read back and the POST re-sent only when no user
   * has the email (HttpClient.createOnce). Answers the created user when the reply or the list has it.
   */
  async createUser(fields: Record<string, string>): Promise<Wire | null> {
    const email = (fields.email ?? '').toLowerCase();
    const find = async () => (await this.listUsers()).find((u) => String(u.email ?? '').toLowerCase() === email) ?? null;
    const result = await this.writes.createOnce<Wire, Wire>({ method: 'POST', path: '/user', form: { token: this.token, ...fields } }, find);
    if ('recovered' in result) return result.recovered;
    const data = result.body?.data;
    const created = Array.isArray(data) ? data.find(isWire) : isWire(data) ? data : undefined;
    return created ?? (await find());
  }

  /** `PUT /user`, form body keyed by `uuid` [S]; partial: only the fields given. */
  async updateUser(uuid: string, fields: Record<string, string>): Promise<void> {
    await this.writes.request({ method: 'PUT', path: '/user', form: { token: this.token, uuid, ...fields } });
  }

  /** One GET whatever its status, for `ringform probe` (HttpClient.inspect); the token goes in the query. */
  async inspect(path: string, query?: Query): Promise<HttpResponse<unknown> & { invalidJson: boolean }> {
    return this.reads.inspect(path, query);
  }

  async close(): Promise<void> {
    await Promise.all([this.reads.close(), this.writes.close()]);
  }
}

function reportedTotal(body: unknown): number | null {
  if (!isWire(body)) return null;
  for (const key of ['total', 'count', 'total_count']) {
    const n = typeof body[key] === 'string' && /^\d+$/.test(body[key] as string) ? Number(body[key]) : body[key];
    if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0) return n;
  }
  return null;
}

function isWire(value: unknown): value is Wire {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
