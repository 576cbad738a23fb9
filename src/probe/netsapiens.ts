/** The NetSapiens probe: the domain's first users and the first one's own answer (the spec is the source of the rest). */
import type { ProviderConfig } from '../model/org.js';
import type { HttpClientOptions } from '../providers/http/client.js';
import { NsClient } from '../providers/netsapiens/client.js';
import { netsapiensEvidence } from '../providers/netsapiens/evidence.js';
import { Looker } from './look.js';
import { keyOf, type Judgement, type Observation, type VendorProbe } from './types.js';

const USERS = 'GET /domains/{domain}/users';
const USER = 'GET /domains/{domain}/users/{user}';

export function netsapiensProbe(config: ProviderConfig, http: Partial<HttpClientOptions>, env: NodeJS.ProcessEnv): VendorProbe {
  const ns = new NsClient(config, { http, env });
  const looker = new Looker((path, query) => ns.inspect(path, query));
  return {
    vendor: 'netsapiens',
    ledger: netsapiensEvidence,
    endpoints: [USERS, USER],
    observe: async () => {
      const list = await looker.look(USERS, ns.path('users'), { start: 0, limit: 100 });
      const first = firstUser(list);
      return first === null ? [list] : [list, await looker.look(USER, ns.path('users', first))];
    },
    // A user with no address at all (a queue's system user) says nothing about the address's name.
    checks: {
      [keyOf({ endpoint: USERS, where: 'response', field: '[].email-address' })]: async (seen) => addressName(usersOf(seen, USERS)),
      [keyOf({ endpoint: USER, where: 'response', field: 'email-address' })]: async (seen) => addressName(usersOf(seen, USER)),
    },
    requests: () => looker.requests,
    close: () => ns.close(),
  };
}

function firstUser(list: Observation): string | null {
  if (!Array.isArray(list.body)) return null;
  const user = (list.body as unknown[]).map((u) => (typeof u === 'object' && u !== null ? (u as Record<string, unknown>).user : undefined)).find((id) => typeof id === 'string' && id !== '');
  return typeof user === 'string' ? user : null;
}

function usersOf(seen: Observation[], endpoint: string): Record<string, unknown>[] | Judgement {
  const obs = seen.find((o) => o.endpoint === endpoint);
  if (!obs) return { verdict: 'unchecked', seen: endpoint === USER ? 'no user listed to look at' : 'not requested' };
  if (obs.status !== 200) return { verdict: 'unchecked', seen: `answered ${obs.status ?? `nothing (${obs.error ?? 'no response'})`}` };
  const items = Array.isArray(obs.body) ? obs.body : [obs.body];
  return items.filter((u): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u));
}

/** Among users that carry an address under either name, how many carry `email-address`. */
function addressName(users: Record<string, unknown>[] | Judgement): Judgement {
  if (!Array.isArray(users)) return users;
  const addressed = users.filter((u) => u['email-address'] !== undefined || u.email !== undefined);
  const named = addressed.filter((u) => u['email-address'] !== undefined).length;
  const of = users.length === 1 ? 'the user' : `${named} of ${addressed.length} users with an address`;
  if (addressed.length === 0) return { verdict: 'unchecked', seen: `no address under either name on ${users.length} user(s)` };
  if (named === addressed.length) return { verdict: 'holds', seen: `present on ${of}` };
  return { verdict: 'differs', seen: `only \`email\` on ${addressed.length - named} of ${addressed.length} users with an address` };
}
