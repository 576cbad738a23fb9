/**
 * A stateful Tata Smartflo emulator on node:http (docs/vendors/smartflo.md#emulator): login with expiring
 * tokens and lockout, API tokens that can be revoked, users (team member + agent + extension) with
 * cursor pages, departments in the documented shape with `extension||<eid>` destinations, read-only fixtures (roles, agent groups, time
 * groups, numbers), the vendor's `{success:false, message}` errors, shared faults and a request log.
 */
import { randomBytes } from 'node:crypto';
import { corruptorFor, type CorruptionConfig } from '../corruptions.js';
import { injectorFor, type FaultConfig } from '../faults.js';
import { SMARTFLO_SHAPE } from './corrupt-shape.js';
import { emulatorServer, listenLoopback } from '../http.js';
import { RequestLog } from '../request-log.js';
import { Authenticator, fakeJwt, type AdminLogin } from './auth.js';
import { errorBody } from './errors.js';
import type { SmartfloFixtures } from './fixtures.js';
import { isCreate, routesFor } from './routes.js';
import { Router } from './routing.js';
import { handle, type Pipeline } from './server.js';
import { RateLimiter } from '../rate-limit.js';
import { SfState } from './state.js';

export type { SmartfloFixtures } from './fixtures.js';
export type { SfState, SfUser, SfDepartment } from './state.js';

export interface SmartfloEmulatorOptions {
  port?: number;
  host?: '127.0.0.1';
  /** The account admin's login; default `ringform.admin` with a generated password. */
  admin?: Partial<AdminLogin>;
  /** Long-lived "API Connect" tokens; default one generated. */
  apiTokens?: string[];
  /** Lifetime of login tokens in seconds. Default 3600 [S]. */
  tokenTtlSeconds?: number;
  /** Refused logins before the account locks. Default 5 [I: the vendor's number is not published]. */
  maxFailedLogins?: number;
  fixtures?: Partial<SmartfloFixtures>;
  faults?: FaultConfig | string;
  /** Vendor-data corruptions of the users listing and details (src/emulators/corruptions.ts). */
  corrupt?: CorruptionConfig | string;
  /** Refuse unknown body fields with 400 (they are always logged as violations). */
  strict?: boolean;
  /** Only what a public source documents exists: no `GET /v1/roles` (seen in one client, in no Tata page). */
  evidenceOnly?: boolean;
  /** Requests per second accepted; over it, 429 with Retry-After (../rate-limit.ts). Default none. */
  rateLimit?: number;
}

export interface SmartfloEmulator {
  url: string;
  admin: AdminLogin;
  apiToken: string;
  state: SfState;
  log: RequestLog;
  auth: Authenticator;
  faults(config: FaultConfig | string | null): void;
  /** Replace the vendor-data corruptions (null for none). */
  corrupt(config: CorruptionConfig | string | null): void;
  close(): Promise<void>;
}

/** Meets the vendor's complexity rule (upper, lower, special) [S: comment in public client code]. */
const generatedPassword = () => `Em-${randomBytes(9).toString('base64url')}a!Z`;

export async function startSmartfloEmulator(opts: SmartfloEmulatorOptions = {}): Promise<SmartfloEmulator> {
  const admin: AdminLogin = { loginId: opts.admin?.loginId ?? 'ringform.admin', password: opts.admin?.password ?? generatedPassword() };
  const apiTokens = opts.apiTokens ?? [fakeJwt()];
  const state = new SfState(opts.fixtures);
  let injector = injectorFor(opts.faults ?? null, isCreate);
  let corruptor = corruptorFor(opts.corrupt, SMARTFLO_SHAPE);
  const auth = new Authenticator({
    admin, apiTokens, tokenTtlSeconds: opts.tokenTtlSeconds ?? 3600, maxFailedLogins: opts.maxFailedLogins ?? 5, clock: () => Date.now(),
  });
  const pipeline: Pipeline = { state, log: new RequestLog(), router: new Router(routesFor(opts.evidenceOnly ?? false)), auth, strict: opts.strict ?? false, evidenceOnly: opts.evidenceOnly ?? false, faults: () => injector, corruptor: () => corruptor, rateLimit: opts.rateLimit === undefined ? null : new RateLimiter(opts.rateLimit) };
  const server = emulatorServer((req, res) => handle(pipeline, req, res), errorBody);
  const listening = await listenLoopback(server, opts.port ?? 0, opts.host ?? '127.0.0.1');
  const { port } = listening;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    admin,
    apiToken: apiTokens[0]!,
    state,
    log: pipeline.log,
    auth,
    faults: (config) => {
      injector = injectorFor(config, isCreate);
    },
    corrupt: (config) => {
      corruptor = corruptorFor(config, SMARTFLO_SHAPE);
    },
    close: listening.close,
  };
}

