/**
 * A stateful MyOperator emulator on node:http: the RESTful API's `/user` endpoints as
 * docs/vendors/myoperator.md#emulator describes them, and nothing else. Deleting users, roles,
 * departments, schedules and invites have no public endpoint, so they answer 404 here too, and ringform
 * plans them as manual steps.
 */
import { randomBytes } from 'node:crypto';
import { corruptorFor, type CorruptionConfig } from '../corruptions.js';
import { injectorFor, type FaultConfig } from '../faults.js';
import { MYOPERATOR_SHAPE } from './corrupt-shape.js';
import { emulatorServer, listenLoopback } from '../http.js';
import { RateLimiter } from '../rate-limit.js';
import { RequestLog } from '../request-log.js';
import { isRecord, loadingSeed, readSeedJson, SeedError } from '../seed-file.js';
import { errorBody, handle, isCreate, type Pipeline } from './server.js';
import { MyoState, type MyoUser } from './state.js';

export type { MyoUser } from './state.js';
export { MyoState } from './state.js';

/** Users to start with: the create's fields, plus flags and a role the API cannot set. */
export interface MyoperatorSeed {
  users: Array<Partial<MyoUser> & Pick<MyoUser, 'name' | 'contact_number' | 'email'>>;
}

export interface MyoperatorEmulatorOptions {
  port?: number;
  host?: '127.0.0.1';
  /** Accepted tokens; default one generated, returned as `token`. */
  tokens?: string[];
  seed?: MyoperatorSeed;
  /** Users with panel access the plan allows; default no limit. */
  seatLimit?: number | null;
  /** role_id of new users; default "1" [I]. */
  defaultRoleId?: string;
  /** Refusals as HTTP 200 + error envelope (default) or with the envelope's code as HTTP status. */
  errorStatus?: 'envelope' | 'http';
  faults?: FaultConfig | string;
  /** Requests per second accepted; over it, HTTP 429 with Retry-After (../rate-limit.ts). Default none. */
  rateLimit?: number;
  /** Vendor-data corruptions of the users listing (src/emulators/corruptions.ts). */
  corrupt?: CorruptionConfig | string;
  /** `GET /user` items: only the fields public code shows (default), or also `extension` and `country_code`. */
  listFields?: 'evidence' | 'extended';
  /**
   * Only what a source shows (src/providers/myoperator/evidence.ts): the list as public code shows it (whatever
   * `listFields` says), and a create answered with the envelope and an empty `data` (the page shows `data`; that
   * it holds the new user is UNSOURCED). Writes are accepted as in the other modes: no source says which
   * `PUT /user` fields besides `receive_calls` the vendor takes, so refusing them would be a guess too.
   */
  evidenceOnly?: boolean;
}

export interface MyoperatorEmulator {
  /** Base URL, e.g. http://127.0.0.1:PORT (the API has no version prefix). */
  url: string;
  token: string;
  state: MyoState;
  log: RequestLog;
  faults(config: FaultConfig | string | null): void;
  /** Replace the vendor-data corruptions (null for none). */
  corrupt(config: CorruptionConfig | string | null): void;
  close(): Promise<void>;
}

export function readMyoperatorSeed(file: string): MyoperatorSeed {
  const seed = readSeedJson(file);
  if (!isRecord(seed) || !Array.isArray(seed.users)) throw new SeedError(`seed file ${file}: a MyOperator seed needs a "users" list`);
  seed.users.forEach((user: unknown, i) => {
    const missing = ['name', 'contact_number', 'email'].filter((k) => !isRecord(user) || typeof user[k] !== 'string');
    if (missing.length > 0) throw new SeedError(`seed file ${file}: users[${i}] needs ${missing.map((k) => `"${k}"`).join(', ')} (strings)`);
  });
  return seed as unknown as MyoperatorSeed;
}

export async function startMyoperatorEmulator(opts: MyoperatorEmulatorOptions = {}): Promise<MyoperatorEmulator> {
  const token = opts.tokens?.[0] ?? randomBytes(16).toString('hex');
  const state = new MyoState({ seatLimit: opts.seatLimit ?? null, defaultRoleId: opts.defaultRoleId ?? '1', listFields: opts.evidenceOnly ? 'evidence' : (opts.listFields ?? 'evidence'), evidenceOnly: opts.evidenceOnly ?? false });
  (opts.seed?.users ?? []).forEach((user, i) => loadingSeed(`users[${i}]`, () => state.add(user)));
  let injector = injectorFor(opts.faults ?? null, isCreate);
  let corruptor = corruptorFor(opts.corrupt, MYOPERATOR_SHAPE);
  const pipeline: Pipeline = {
    state,
    log: new RequestLog(),
    tokens: new Set(opts.tokens ?? [token]),
    errorStatus: opts.errorStatus ?? 'envelope',
    faults: () => injector,
    corruptor: () => corruptor,
    rateLimit: opts.rateLimit === undefined ? null : new RateLimiter(opts.rateLimit),
  };
  const server = emulatorServer((req, res) => handle(pipeline, req, res), errorBody);
  const listening = await listenLoopback(server, opts.port ?? 0, opts.host ?? '127.0.0.1');
  const { port } = listening;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    token,
    state,
    log: pipeline.log,
    faults: (config) => {
      injector = injectorFor(config, isCreate);
    },
    corrupt: (config) => {
      corruptor = corruptorFor(config, MYOPERATOR_SHAPE);
    },
    close: listening.close,
  };
}

