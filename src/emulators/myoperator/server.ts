/**
 * The request pipeline: parse (JSON or form body) → log → fault → auth → route → envelope.
 * The token is a query or body parameter only (docs/vendors/myoperator.md#authentication): an Authorization header is not looked at,
 * so a client that sends only the header gets `{status:"error", code:400, message:"not an authorized request"}`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Corruptor } from '../corruptions.js';
import type { FaultInjector } from '../faults.js';
import { readBody, serveThroughFault } from '../http.js';
import type { LoggedRequest, RequestLog } from '../request-log.js';
import { refusedOverRate, type RateLimiter } from '../rate-limit.js';
import { MyoError, type MyoState } from './state.js';
import { CREATE_FIELDS, UPDATE_FIELDS, createUser, listUsers, updateUser, type Envelope, type Fields } from './users.js';

export interface Pipeline {
  state: MyoState;
  log: RequestLog;
  tokens: Set<string>;
  /** 'envelope': refusals are HTTP 200 with status "error" [I]; 'http': the HTTP status is the envelope's code. */
  errorStatus: 'envelope' | 'http';
  faults: () => FaultInjector;
  /** Vendor-data corruptions (corruptions.ts); none by default. */
  corruptor: () => Corruptor;
  /** Requests per second over which HTTP 429 with Retry-After (`--rate-limit`; the support article's answer [S]); null: none. */
  rateLimit?: RateLimiter | null;
}

interface Parsed {
  method: string;
  path: string;
  query: Fields;
  body: Fields;
  problems: string[];
}

export const errorBody = (code: number, message: string): Envelope => ({ status: 'error', code, message });

export function isCreate(req: { method: string; path: string }): boolean {
  return req.method.toUpperCase() === 'POST' && req.path === '/user';
}

export async function handle(p: Pipeline, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const parsed = await parse(req);
  const entry = p.log.record({ method: parsed.method, path: parsed.path, query: withoutToken(parsed.query), body: parsed.body });
  if (refusedOverRate(p.rateLimit ?? null, res, entry, errorBody)) return;
  const fault = p.faults().decide(parsed);
  if (fault) entry.fault = fault.kind;
  entry.status = await serveThroughFault(res, fault, errorBody, () => p.corruptor().serve(parsed, (q) => respond(p, { ...parsed, query: q.query }, entry)));
}

function respond(p: Pipeline, req: Parsed, entry: LoggedRequest): { status: number; body: Envelope } {
  const route = ROUTES[`${req.method} ${req.path}`];
  if (!route) return { status: 404, body: errorBody(404, `${req.method} ${req.path} not found`) };
  const problems = [...req.problems, ...unknownFields(req)];
  if (problems.length > 0) entry.violations = problems;
  try {
    const token = req.query.token ?? req.body.token;
    if (token === undefined || !p.tokens.has(token)) throw new MyoError(400, 'not an authorized request');
    return { status: 200, body: route(p.state, req) };
  } catch (err) {
    if (!(err instanceof MyoError)) throw err;
    return { status: p.errorStatus === 'http' ? err.code : 200, body: errorBody(err.code, err.message) };
  }
}

const ROUTES: Record<string, (state: MyoState, req: Parsed) => Envelope> = {
  'GET /user': (state, req) => listUsers(state, req.query),
  'POST /user': (state, req) => createUser(state, req.body),
  'PUT /user': (state, req) => updateUser(state, req.body),
};

function unknownFields(req: Parsed): string[] {
  const known = req.method === 'POST' ? CREATE_FIELDS : req.method === 'PUT' ? UPDATE_FIELDS : null;
  if (!known) return [];
  return Object.keys(req.body).filter((k) => !known.includes(k)).map((k) => `${req.method} /user: unknown body field "${k}"`);
}

async function parse(req: IncomingMessage): Promise<Parsed> {
  // Repeated slashes are merged, as web servers do by default (nginx merge_slashes): a client whose base
  // URL has no path may send `//user`.
  const url = new URL(`http://emulator${(req.url ?? '/').replace(/^\/{2,}/, '/')}`);
  const text = await readBody(req);
  const type = String(req.headers['content-type'] ?? '');
  const problems: string[] = [];
  let body: Fields = {};
  if (text.trim() !== '') {
    if (type.includes('json')) {
      try {
        body = stringFields(JSON.parse(text));
      } catch {
        problems.push('body is not valid JSON');
      }
    } else body = Object.fromEntries(new URLSearchParams(text));
  }
  const path = url.pathname.replace(/\/{2,}/g, '/').replace(/\/+$/, '') || '/';
  return { method: (req.method ?? 'GET').toUpperCase(), path, query: Object.fromEntries(url.searchParams), body, problems };
}

/** JSON bodies: scalar values as the strings a form would carry. */
function stringFields(value: unknown): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Fields = {};
  for (const [k, v] of Object.entries(value)) if (v !== null && typeof v !== 'object') out[k] = String(v);
  return out;
}

/** The request log never keeps a credential: the query token is masked like body secrets are. */
function withoutToken(query: Fields): Fields {
  return query.token === undefined ? query : { ...query, token: '[redacted]' };
}
