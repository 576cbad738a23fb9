/** One GET as an Observation, counted: the shared step of every vendor's probe. */
import { RingformError } from '../errors.js';
import { AuthError, HttpError } from '../providers/http/errors.js';
import type { Query } from '../providers/http/client.js';
import type { Observation } from './types.js';

export type Inspect = (path: string, query?: Query) => Promise<{ status: number; body: unknown; headers: Observation['headers'] }>;

export class Looker {
  private sent = 0;

  /**
   * `envelope`: the vendor's message when a 2xx answer is an error envelope (MyOperator's `status: "error"`).
   * Such an answer checks nothing; one that refuses the credentials stops the probe.
   */
  constructor(
    private readonly inspect: Inspect,
    private readonly envelope: (body: unknown) => string | null = () => null,
  ) {}

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
      if (status === 401 || status === 403) throw new ProbeAuthError(`HTTP ${status}`);
      const refusal = this.envelope(body);
      if (refusal !== null && /authori[sz]|token|credential/i.test(refusal)) throw new ProbeAuthError('an error envelope');
      return { endpoint, query: sent, status, body, headers, ...(refusal !== null ? { error: 'an error envelope' } : {}) };
    } catch (err) {
      if (err instanceof AuthError || !(err instanceof HttpError)) throw err;
      return { endpoint, query: sent, status: err.status, body: null, headers: {}, error: err.name };
    }
  }
}

/** 401/403 on a probe GET: nothing can be checked; the user's fix is the credentials (exit 1). */
export class ProbeAuthError extends RingformError {
  override name = 'ProbeAuthError';
  constructor(how: string) {
    super(`the vendor refused the credentials (${how}): check provider.credentials in org.yaml and the variables it names`);
  }
}
