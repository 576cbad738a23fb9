/** One GET as an Observation, counted: the shared step of every vendor's probe. */
import { RingformError } from '../errors.js';
import { AuthError, HttpError } from '../providers/http/errors.js';
import type { Query } from '../providers/http/client.js';
import type { Observation } from './types.js';

export type Inspect = (path: string, query?: Query) => Promise<{ status: number; body: unknown; headers: Observation['headers'] }>;

export class Looker {
  private sent = 0;

  constructor(private readonly inspect: Inspect) {}

  get requests(): number {
    return this.sent;
  }

  /**
   * GET `path` and file the answer under `endpoint` (the ledger's template). An authentication failure stops
   * the probe (nothing can be checked); any other failure to get an answer is recorded as such.
   */
  async look(endpoint: string, path: string, query?: Query): Promise<Observation> {
    this.sent += 1;
    const sent = Object.keys(query ?? {});
    try {
      const { status, body, headers } = await this.inspect(path, query);
      if (status === 401 || status === 403) throw new ProbeAuthError(status);
      return { endpoint, query: sent, status, body, headers };
    } catch (err) {
      if (err instanceof AuthError || !(err instanceof HttpError)) throw err;
      return { endpoint, query: sent, status: err.status, body: null, headers: {}, error: err.name };
    }
  }
}

/** 401/403 on a probe GET: nothing can be checked; the user's fix is the credentials (exit 1). */
export class ProbeAuthError extends RingformError {
  override name = 'ProbeAuthError';
  constructor(readonly status: number) {
    super(`the vendor refused the credentials (HTTP ${status}): check provider.credentials in org.yaml and the variables it names`);
  }
}
