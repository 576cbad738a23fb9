/** One assumption against what the GETs answered: holds, differs, or could not be checked, and what was seen. */
import { ENDPOINT_ITSELF } from '../providers/evidence.js';
import { isWrite } from './assumptions.js';
import { presence, typesText } from './shape.js';
import type { Assumption, Judgement, Observation } from './types.js';

/** Statuses that say an endpoint does not exist. */
const ABSENT = new Set([404, 405, 410, 501]);

export function judge(a: Assumption, seen: Observation[]): Judgement {
  if (isWrite(a)) return unchecked(`about a write (${a.endpoint.split(' ')[0]}); ringform probe sends only GET requests`);
  if (a.where === 'header') return header(a.field, seen);
  if (a.endpoint.startsWith('* ')) return anyAnswer(a, seen);
  const obs = seen.find((o) => o.endpoint === a.endpoint);
  if (!obs) return unchecked('ringform probe does not request this endpoint');
  if (obs.status === null) return unchecked(`no answer (${obs.error ?? 'no response'})`);
  if (obs.error) return unchecked(`the answer was ${obs.error}`);
  if (a.field === ENDPOINT_ITSELF) {
    if (obs.status >= 200 && obs.status < 300) return { verdict: 'holds', seen: `answered ${obs.status}` };
    if (ABSENT.has(obs.status)) return { verdict: 'differs', seen: `answered ${obs.status}: the endpoint is absent` };
    return unchecked(`answered ${obs.status}`);
  }
  if (obs.status < 200 || obs.status >= 300) return unchecked(`the endpoint answered ${obs.status}`);
  if (a.where === 'query') {
    return obs.query.includes(a.field) ? { verdict: 'holds', seen: `accepted (answered ${obs.status})` } : unchecked('not sent by the probe');
  }
  return field(a, obs.body);
}

function field(a: Assumption, body: unknown): Judgement {
  const p = presence(body, a.field);
  if (p.mismatch) return { verdict: 'differs', seen: p.mismatch };
  if (p.slots === 0) return unchecked('the list is empty: nothing to look at');
  const items = p.slots === 1 ? '' : ` in ${p.present} of ${p.slots} items`;
  if (p.present === p.slots) return { verdict: 'holds', seen: `present${items} (${typesText(p.types)})` };
  const absent = p.slots === 1 ? 'absent' : `absent in ${p.slots - p.present} of ${p.slots} items`;
  if (a.optional) return { verdict: 'holds', seen: `${absent}; ringform reads it only when present` };
  return { verdict: 'differs', seen: p.present === 0 ? absent : `${absent} (present: ${typesText(p.types)})` };
}

/** A field of every answer (an envelope): it holds when any answer carries it; absent from all, it could not be told. */
function anyAnswer(a: Assumption, seen: Observation[]): Judgement {
  const answers = seen.filter((o) => o.status !== null && o.body !== null && typeof o.body === 'object');
  const carrying = answers.filter((o) => !Array.isArray(o.body) && a.field in (o.body as Record<string, unknown>));
  if (carrying.length > 0) {
    const statuses = [...new Set(carrying.map((o) => o.status))].join(', ');
    return { verdict: 'holds', seen: `present in ${carrying.length} of ${answers.length} answers (status ${statuses})` };
  }
  return unchecked(`in none of the ${answers.length} answers seen`);
}

function header(name: string, seen: Observation[]): Judgement {
  const lower = name.toLowerCase();
  const carrying = seen.filter((o) => o.headers[lower] !== undefined);
  if (carrying.length > 0) return { verdict: 'holds', seen: `on ${carrying.length} answer(s) (status ${[...new Set(carrying.map((o) => o.status))].join(', ')})` };
  const limited = seen.some((o) => o.status === 429);
  if (limited) return { verdict: 'differs', seen: 'a 429 came without it' };
  return unchecked('no answer carried it (it comes with a 429, which the probe does not provoke)');
}

const unchecked = (seen: string): Judgement => ({ verdict: 'unchecked', seen });
