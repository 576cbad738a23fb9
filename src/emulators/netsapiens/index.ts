/**
 * A stateful NetSapiens v2 emulator on node:http, built from the vendor's OpenAPI spec and
 * docs/vendors/netsapiens.md#emulator. See SPEC-DEFECTS.md for where the spec and the emulator part ways.
 */
import { randomBytes } from 'node:crypto';
import { corruptorFor, type CorruptionConfig } from '../corruptions.js';
import { injectorFor, type FaultConfig } from '../faults.js';
import { NETSAPIENS_SHAPE } from './corrupt-shape.js';
import { emulatorServer, listenLoopback } from '../http.js';
import { RequestLog } from '../request-log.js';
import { Authenticator, generateApiKey, type OAuthClient } from './auth.js';
import { errorBody } from './errors.js';
import { ROUTES, isCreate } from './routes.js';
import { Router } from './routing.js';
import { applySeed, type EmulatorSeed } from './seed.js';
import { BASE_PATH, RateLimiter, handle, type Pipeline, type ServiceLimits } from './server.js';
import { netsapiensValidator } from './spec.js';
import { NsState } from './state.js';

export type { EmulatorSeed, DomainSeed } from './seed.js';
export { readSeedFile } from './seed.js';
export type { NsState, Wire, DomainState, EmailEvent } from './state.js';

export interface NetsapiensEmulatorOptions {
  port?: number;
  host?: '127.0.0.1';
  /** The domain that always exists and that `~` means for API keys. Default `example.com`. */
  domain?: string;
  seed?: EmulatorSeed;
  faults?: FaultConfig | string;
  /** Vendor-data corruptions of the users listing (src/emulators/corruptions.ts), e.g. `kinds=null-email,rate=0.5`. */
  corrupt?: CorruptionConfig | string;
  /** Accepted API keys (Bearer). Default: one generated `nsd_…` key, returned as `token`. */
  tokens?: string[];
  /**
   * Only what the vendor's spec documents: every answer keeps only the fields its response schema declares
   * (SPEC-DEFECTS.md, "Evidence-only mode"). Requests are checked as in the other modes.
   */
  evidenceOnly?: boolean;
  /** Reject requests that do not conform to the spec with 400 (they are always logged as violations). */
  strict?: boolean;
  /** Creating a call queue also creates its backing `system-queue` user [I]. Default true. */
  autoQueueUser?: boolean;
  /** Call queues whose agents the domain-wide agents list leaves out, so that it disagrees with their `callqueue-count-agents-total` (tests of the fallback). */
  staleDomainAgents?: string[];
  /** Lifetime of access tokens from `POST /tokens`. Default 3600. */
  tokenTtlSeconds?: number;
  /** OAuth client accepted by `POST /tokens`. Default `ringform-emulator` with a generated secret. */
  oauthClient?: OAuthClient;
  /** login-username → password for the password grant; absent = any password for an existing login. */
  passwords?: Record<string, string>;
  /** Path of the spec file; default `<package root>/specs/netsapiens-api-v2.openapi.json`. */
  specFile?: string;
  /** Every reply is delayed by this many milliseconds (a server's own latency, for benchmarks). Default 0. */
  latencyMs?: number;
  /** Requests per second the server accepts; over it, 429 with Retry-After and the `{code,message}` body. Default none. */
  rateLimit?: number;
  /** Requests the rate limit lets through at once after a quiet spell. Default: one second's worth (`rateLimit`). */
  rateBurst?: number;
}

export interface EmulatorLimits {
  latencyMs?: number;
  /** Null removes the rate limit. */
  rateLimit?: number | null;
  rateBurst?: number;
}

export interface NetsapiensEmulator {
  url: string;
  token: string;
  oauthClient: OAuthClient;
  state: NsState;
  log: RequestLog;
  /** Replace the fault configuration (a parsed config, a CLI spec string, or null for none). */
  faults(config: FaultConfig | string | null): void;
  /** Replace the vendor-data corruptions (null for none). */
  corrupt(config: CorruptionConfig | string | null): void;
  /** Change the latency and rate limit; fields left out keep their value (a new rate starts a full bucket). */
  limits(limits: EmulatorLimits): void;
  /** Problem loading the spec, if any (validation is then off and every request records it). */
  specError?: string;
  close(): Promise<void>;
}

export async function startNetsapiensEmulator(opts: NetsapiensEmulatorOptions = {}): Promise<NetsapiensEmulator> {
  const domain = opts.domain ?? 'example.com';
  const token = opts.tokens?.[0] ?? generateApiKey();
  const oauthClient = opts.oauthClient ?? { clientId: 'ringform-emulator', clientSecret: randomBytes(12).toString('hex') };
  const autoQueueUser = opts.autoQueueUser ?? true;
  const state = new NsState();
  state.ensureDomain(domain);
  if (opts.seed) applySeed(state, opts.seed, autoQueueUser);
  let injector = injectorFor(opts.faults ?? null, isCreate);
  let corruptor = corruptorFor(opts.corrupt, NETSAPIENS_SHAPE);
  let limits = makeLimits({ latencyMs: 0, rate: null }, { latencyMs: opts.latencyMs, rateLimit: opts.rateLimit, rateBurst: opts.rateBurst });
  const pipeline: Pipeline = {
    state,
    log: new RequestLog(),
    router: new Router(ROUTES),
    auth: new Authenticator({
      apiKeys: opts.tokens ?? [token], domain, tokenTtlSeconds: opts.tokenTtlSeconds ?? 3600, client: oauthClient,
      ...(opts.passwords ? { passwords: opts.passwords } : {}), clock: () => Date.now(),
    }),
    spec: netsapiensValidator(opts.specFile),
    settings: { autoQueueUser, strict: opts.strict ?? false, evidenceOnly: opts.evidenceOnly ?? false, ...(opts.staleDomainAgents ? { staleDomainAgents: opts.staleDomainAgents } : {}) },
    faults: () => injector,
    corruptor: () => corruptor,
    limits: () => limits,
  };
  const server = emulatorServer((req, res) => handle(pipeline, req, res), errorBody);
  const listening = await listenLoopback(server, opts.port ?? 0, opts.host ?? '127.0.0.1');
  const { port } = listening;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}${BASE_PATH}`,
    token,
    oauthClient,
    state,
    log: pipeline.log,
    faults: (config) => {
      injector = injectorFor(config, isCreate);
    },
    corrupt: (config) => {
      corruptor = corruptorFor(config, NETSAPIENS_SHAPE);
    },
    limits: (next) => {
      limits = makeLimits(limits, next);
    },
    ...('error' in pipeline.spec ? { specError: pipeline.spec.error.message } : {}),
    close: listening.close,
  };
}


function makeLimits(current: ServiceLimits, next: { latencyMs?: number | undefined; rateLimit?: number | null | undefined; rateBurst?: number | undefined }): ServiceLimits {
  const latencyMs = next.latencyMs ?? current.latencyMs;
  if (!(latencyMs >= 0) || !Number.isFinite(latencyMs)) throw new Error(`latencyMs must be a number of milliseconds ≥ 0 (got ${latencyMs})`);
  let rate = current.rate;
  if (next.rateLimit === null) rate = null;
  else if (next.rateLimit !== undefined) rate = new RateLimiter(next.rateLimit, next.rateBurst);
  else if (next.rateBurst !== undefined && rate) rate = new RateLimiter(rate.ratePerSecond, next.rateBurst);
  return { latencyMs, rate };
}
