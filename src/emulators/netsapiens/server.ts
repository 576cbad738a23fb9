/**
 * The request pipeline: parse → log → rate limit → latency → fault → auth → spec validation → route → reply.
 * The rate limit decides on arrival; the base latency delays every reply, a 429 too. Faults are applied
 * before routing; `lost-create` runs the create and then drops the connection.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Corruptor } from '../corruptions.js';
import type { FaultInjector } from '../faults.js';
import { readJsonBody, sendJson, sleep, serveThroughFault } from '../http.js';
import type { RateLimiter } from '../rate-limit.js';
import type { LoggedRequest, RequestLog } from '../request-log.js';
import type { Authenticator, Principal } from './auth.js';
import { NsError, errorBody } from './errors.js';
import type { SpecAvailability } from './spec.js';
import type { EmulatorSettings, Reply, Router } from './routing.js';
import type { NsState, Wire } from './state.js';

export const BASE_PATH = '/ns-api/v2';

export interface Pipeline {
  state: NsState;
  log: RequestLog;
  router: Router;
  auth: Authenticator;
  spec: SpecAvailability;
  settings: EmulatorSettings & { strict: boolean; evidenceOnly?: boolean };
  faults: () => FaultInjector;
  /** Vendor-data corruptions (corruptions.ts); none by default. */
  corruptor: () => Corruptor;
  /** Service limits of the emulated server (bench): every reply delayed, and a request rate over which 429. */
  limits: () => ServiceLimits;
}

export interface ServiceLimits {
  /** Added to every reply, before it is served. */
  latencyMs: number;
  /** Null: no rate limit. */
  rate: RateLimiter | null;
}

/** The token bucket moved to ../rate-limit.ts (every emulator has one); re-exported for existing imports. */
export { RateLimiter } from '../rate-limit.js';

interface Parsed {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

export async function handle(p: Pipeline, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const parsed = await parse(req);
  const entry = p.log.record(parsed);
  const limits = p.limits();
  const retryAfter = limits.rate?.take() ?? null;
  if (limits.latencyMs > 0) await sleep(limits.latencyMs);
  if (retryAfter !== null) {
    entry.status = 429;
    sendJson(res, 429, errorBody(429, 'Too Many Requests'), { 'retry-after': String(retryAfter) });
    return;
  }
  const fault = p.faults().decide(parsed);
  if (fault) entry.fault = fault.kind;
  entry.status = await serveThroughFault(res, fault, errorBody, () =>
    p.corruptor().serve(parsed, (q) => respond(p, { ...parsed, query: q.query }, req.headers.authorization, entry)),
  );
}

async function parse(req: IncomingMessage): Promise<Parsed> {
  const url = new URL(req.url ?? '/', 'http://emulator');
  const body = await readJsonBody(req);
  const path = url.pathname.startsWith(BASE_PATH) ? url.pathname.slice(BASE_PATH.length) || '/' : url.pathname;
  return { method: (req.method ?? 'GET').toUpperCase(), path, query: Object.fromEntries(url.searchParams), body };
}

function respond(p: Pipeline, req: Parsed, authorization: string | undefined, entry: LoggedRequest): Reply {
  try {
    if (isInvalidJson(req.body)) throw new NsError(400, 'Request body is not valid JSON');
    const isTokenGrant = req.method === 'POST' && req.path === '/tokens';
    const principal: Principal = isTokenGrant ? { kind: 'oauth', domain: '', scope: '' } : p.auth.authenticate(authorization);
    checkAgainstSpec(p, req, entry);
    if (isTokenGrant) return p.auth.grant(ctxFor(p, req, {}, principal));
    const route = p.router.find(req.method, req.path);
    if (!route) return notRouted(p, req);
    const params = resolveTilde(route.params, principal);
    return documented(p, req, route.handler(ctxFor(p, req, params, principal)), entry);
  } catch (err) {
    if (err instanceof NsError) return { status: err.status, body: errorBody(err.status, err.message) };
    throw err;
  }
}

function ctxFor(p: Pipeline, req: Parsed, params: Record<string, string>, principal: Principal) {
  const body = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as Wire) : {};
  return { method: req.method, params, query: req.query, body, state: p.state, settings: p.settings, principal };
}

/**
 * Every request is checked against the spec; problems are recorded as violations. In strict mode
 * they are a 400; in every mode a bad enum value is a 400, as the vendor validates enums.
 */
function checkAgainstSpec(p: Pipeline, req: Parsed, entry: LoggedRequest): void {
  if ('error' in p.spec) {
    entry.violations = [p.spec.error.message];
    return;
  }
  const result = p.spec.validator.validate(req);
  if (result.ok) return;
  entry.violations = result.problems.map((x) => x.message);
  const fatal = p.settings.strict ? result.problems : result.problems.filter((x) => x.keyword === 'enum');
  if (fatal.length > 0 && !(fatal.every((x) => x.where === 'path' || x.where === 'method'))) {
    throw new NsError(400, fatal.map((x) => x.message).join('; '));
  }
}

/**
 * Evidence-only mode: an answer keeps only the fields the spec's response schema for its status declares
 * (the spec is the evidence; documented.ts). What was dropped is noted on the request log entry.
 */
function documented(p: Pipeline, req: Parsed, reply: Reply, entry: LoggedRequest): Reply {
  if (!p.settings.evidenceOnly || !('validator' in p.spec) || reply.body === undefined) return reply;
  const { body, dropped } = p.spec.validator.documentedBody(req, reply.status, reply.body);
  if (dropped.length > 0) entry.undocumented = dropped;
  return { ...reply, body };
}

/** `~` in a path means "my domain" / "my user" (docs/vendors/netsapiens.md#tilde-paths). */
function resolveTilde(params: Record<string, string>, principal: Principal): Record<string, string> {
  const out = { ...params };
  if (out.domain === '~') out.domain = principal.domain;
  if (out.user === '~') {
    if (!principal.user) throw new NsError(404, 'No user is linked to this API key');
    out.user = principal.user;
  }
  return out;
}

function notRouted(p: Pipeline, req: Parsed): Reply {
  const inSpec = 'validator' in p.spec && p.spec.validator.validate({ ...req, query: {}, body: undefined }).problems.every((x) => x.where !== 'path' && x.where !== 'method');
  if (inSpec) return { status: 501, body: errorBody(501, `${req.method} ${req.path} is in the vendor spec but not implemented by the emulator`) };
  return { status: 404, body: errorBody(404, `${req.method} ${req.path} not found`) };
}

function isInvalidJson(body: unknown): boolean {
  return !!body && typeof body === 'object' && '__invalidJson' in body;
}
