/**
 * The MyOperator probe: the user list as the provider reads it (100 a page), then two pages of one user each
 * to see whether `page` and `page-size` do what ringform assumes. Users are compared by uuid inside the probe
 * only; no id reaches the report.
 */
import type { ProviderConfig } from '../model/org.js';
import type { HttpClientOptions } from '../providers/http/client.js';
import { envelopeError, MyoClient, PAGE_SIZE } from '../providers/myoperator/client.js';
import { myoperatorEvidence } from '../providers/myoperator/evidence.js';
import { Looker } from './look.js';
import { keyOf, type Judgement, type Observation, type VendorProbe } from './types.js';

const LIST = 'GET /user';

export function myoperatorProbe(config: ProviderConfig, http: Partial<HttpClientOptions>, env: NodeJS.ProcessEnv): VendorProbe {
  const myo = new MyoClient(config, { http, env });
  const looker = new Looker((path, query) => myo.inspect(path, query), envelopeError);
  let pages: Promise<[Observation, Observation | null]> | null = null;
  const onePerPage = () =>
    (pages ??= (async () => {
      const first = await looker.look(LIST, '/user', { page: 1, 'page-size': 1 });
      const next = (first.body as { next_page?: unknown } | null)?.next_page;
      return [first, next ? await looker.look(LIST, '/user', { page: 2, 'page-size': 1 }) : null];
    })());
  return {
    vendor: 'myoperator',
    ledger: myoperatorEvidence,
    endpoints: [LIST],
    observe: async () => [await looker.look(LIST, '/user', { page: 1, 'page-size': PAGE_SIZE })],
    checks: {
      [keyOf({ endpoint: LIST, where: 'query', field: 'page-size' })]: async () => pageSize((await onePerPage())[0]),
      [keyOf({ endpoint: LIST, where: 'query', field: 'page' })]: async (seen) => page(await onePerPage(), usersIn(seen[0]?.body).length),
    },
    requests: () => looker.requests,
    close: () => myo.close(),
  };
}

function usersIn(body: unknown): unknown[] {
  const data = (body as { data?: unknown } | null)?.data;
  return Array.isArray(data) ? data : [];
}

function pageSize(first: Observation): Judgement {
  if (first.status !== 200 || first.error) return { verdict: 'unchecked', seen: `asked for 1 a page: answered ${first.error ?? first.status ?? 'nothing'}` };
  const n = usersIn(first.body).length;
  if (n === 0) return { verdict: 'unchecked', seen: 'asked for 1 a page: the list is empty' };
  return n === 1 ? { verdict: 'holds', seen: 'asked for 1 a page: got 1' } : { verdict: 'differs', seen: `asked for 1 a page: got ${n}` };
}

function page([first, second]: [Observation, Observation | null], total: number): Judgement {
  if (second === null) {
    if (total < 2) return { verdict: 'unchecked', seen: `${total} user(s): no second page to ask for` };
    return { verdict: 'differs', seen: `${total} users, 1 a page, but the first page has no next_page` };
  }
  const id = (o: Observation) => JSON.stringify((usersIn(o.body)[0] as { uuid?: unknown } | undefined)?.uuid ?? null);
  if (usersIn(second.body).length === 0) return { verdict: 'differs', seen: 'page 2 is empty although page 1 named it next' };
  return id(first) === id(second) ? { verdict: 'differs', seen: 'page 2 repeats page 1' } : { verdict: 'holds', seen: 'page 2 holds another user than page 1' };
}
