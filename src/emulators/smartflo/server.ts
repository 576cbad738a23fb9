/**
 * The request pipeline: parse → log → rate limit → fault → auth → route → reply. The rate limit and faults
 * come first (a 429 or 503 is the gateway's); `lost-create` performs the create and drops the connection.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Corruptor } from '../corruptions.js';
import type { FaultInjector } from '../faults.js';
import { readJsonBody, serveThroughFault } from '../http.js';
import type { LoggedRequest, RequestLog } from '../request-log.js';
import { refusedOverRate, type RateLimiter } from '../rate-limit.js';
import type { Authenticator } from './auth.js';
import { SfError, errorBody } from './errors.js';
import { LOGIN_PATH } from './routes.js';
import type { Body, Ctx, Reply, Router } from './routing.js';
import type { SfState } from './state.js';

export interface Pipeline {
  state: SfState;
  log: RequestLog;
  router: Router;
  auth: Authenticator;
  strict: boolean;
  /** Evidence-only mode: undocumented endpoints are absent (routes.ts) and undocumented write forms refused. */
  evidenceOnly: boolean;
  faults: () => FaultInjector;
  /** Vendor-data corruptions (corruptions.ts); none by default. */
  corruptor: () => Corruptor;
  /** Requests per second over which 429 with Retry-After (`--rate-limit`); null: none. */
  rateLimit?: RateLimiter | null;
}

interface Parsed {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

export async function handle(p: Pipeline, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const parsed = await parse(req);
  const entry = p.log.record(parsed);
  if (refusedOverRate(p.rateLimit ?? null, res, entry, errorBody)) return;
  const fault = p.faults().decide(parsed);
  if (fault) entry.fault = fault.kind;
  entry.status = await serveThroughFault(res, fault, errorBody, () =>
    p.corruptor().serve(parsed, (q) => respond(p, { ...parsed, query: q.query }, req.headers.authorization, entry)),
  );
}

async function parse(req: IncomingMessage): Promise<Parsed> {
  const url = new URL(req.url ?? '/', 'http://emulator');
  const body = await readJsonBody(req);
  return { method: (req.method ?? 'GET').toUpperCase(), path: url.pathname, query: Object.fromEntries(url.searchParams), body };
}

function respond(p: Pipeline, req: Parsed, authorization: string | undefined, entry: LoggedRequest): Reply {
  try {
    const body = isObject(req.body) ? req.body : {};
    if ('__invalidJson' in body) throw new SfError(400, 'The request body is not valid JSON.');
    if (req.method === 'POST' && req.path === LOGIN_PATH) return p.auth.login(body);
    p.auth.authenticate(authorization);
    const route = p.router.find(req.method, req.path);
    if (!route) return { status: 404, body: errorBody(404, `${req.method} ${req.path} not found`) };
    return route.handler(ctxFor(p, req, body, route.params, entry));
  } catch (err) {
    if (err instanceof SfError) return { status: err.status, body: { ...errorBody(err.status, err.message), ...err.extra } };
    throw err;
  }
}

function ctxFor(p: Pipeline, req: Parsed, body: Body, params: Record<string, string>, entry: LoggedRequest): Ctx {
  return {
    params,
    query: req.query,
    body,
    state: p.state,
    evidenceOnly: p.evidenceOnly,
    unknownFields(allowed) {
      const unknown = Object.keys(body).filter((k) => !allowed.includes(k));
      if (unknown.length === 0) return;
      entry.violations = unknown.map((k) => `unknown field ${k}`);
      if (p.strict) throw new SfError(400, `Unknown field(s): ${unknown.join(', ')}`);
    },
  };
}

function isObject(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
