/**
 * Domain-shared timeframes (`/domains/{domain}/timeframes…`). The spec documents them as several
 * alternate operations per path (`#1`…`#7`): create per type, add entries (POST /{id}), replace
 * entries (PUT /{id}), update entries by id (`update-only`/`update_only` "yes"), convert type
 * (PUT `{type}`), delete one entry (DELETE `{child_id}`) or the whole timeframe (DELETE, no body).
 */
import { ACCEPTED, badRequest, conflict, notFound } from './errors.js';
import { ok, type Ctx, type Reply } from './routing.js';
import type { DomainState, NsState, Wire } from './state.js';
import { TIMEFRAME_TYPES, checkEnum, requireString } from './validation.js';

type EntryArray = 'timeframe-days-of-week-array' | 'timeframe-specific-dates-array' | 'timeframe-holiday-array';
const ARRAYS: readonly EntryArray[] = ['timeframe-days-of-week-array', 'timeframe-specific-dates-array', 'timeframe-holiday-array'];
const ARRAY_OF_TYPE: Record<string, EntryArray> = {
  'days-of-week': 'timeframe-days-of-week-array',
  'specific-dates': 'timeframe-specific-dates-array',
  holiday: 'timeframe-holiday-array',
};
/** Read-only fields of TimeframeDOW / TimeframeSpecificDate / TimeframeHoliday entries. */
const ENTRY_READ_ONLY = ['timeframe-parent-id', 'ordinal-order', 'timeframe-expiry-datetime', 'domain', 'timeframe-recurrence-rrule', 'timeframe-next-observance-datetime', 'timeframe-is-v1'];

const timeframeNotFound = () => notFound('Not Found. Timeframe input was not found.'); // spec example message

function allowedArrays(type: string): readonly EntryArray[] {
  if (type === 'custom') return ARRAYS;
  const own = ARRAY_OF_TYPE[type];
  return own ? [own] : [];
}

/** Entries from a body, checked against the timeframe's type; each gets a generated child id. */
function entriesFrom(state: NsState, tf: Wire, body: Wire): Partial<Record<EntryArray, Wire[]>> {
  const out: Partial<Record<EntryArray, Wire[]>> = {};
  for (const key of ARRAYS) {
    const value = body[key];
    if (value === undefined) continue;
    if (!Array.isArray(value)) throw badRequest(`${key} must be an array`);
    if (!allowedArrays(String(tf['timeframe-type'])).includes(key)) {
      throw badRequest(`${key} is not valid for a ${String(tf['timeframe-type'])} timeframe`);
    }
    out[key] = value.map((entry: Wire) => newEntry(state, tf, entry));
  }
  return out;
}

function newEntry(state: NsState, tf: Wire, entry: Wire): Wire {
  const clean: Wire = {};
  for (const [k, v] of Object.entries(entry ?? {})) if (!ENTRY_READ_ONLY.includes(k)) clean[k] = v;
  return { ...clean, 'timeframe-id': state.nextId(), 'timeframe-parent-id': tf['timeframe-id'] };
}

function renumber(tf: Wire): void {
  for (const key of ARRAYS) (tf[key] as Wire[] | undefined)?.forEach((e, i) => (e['ordinal-order'] = i));
}

export function createTimeframe(state: NsState, d: DomainState, body: Wire): Wire {
  const name = requireString(body, 'timeframe-name'); // not marked required in the spec, but a name is the key answer rules use [I]
  checkEnum(body, 'timeframe-type', TIMEFRAME_TYPES);
  for (const tf of d.timeframes.values()) if (tf['timeframe-name'] === name) throw conflict(`Timeframe ${name} already exists.`);
  const tf: Wire = { 'timeframe-id': state.nextId(), 'timeframe-name': name, 'timeframe-type': body['timeframe-type'] ?? 'always', domain: d.name, user: '*' };
  for (const key of allowedArrays(String(tf['timeframe-type']))) tf[key] = [];
  Object.assign(tf, entriesFrom(state, tf, body));
  renumber(tf);
  d.timeframes.set(String(tf['timeframe-id']), tf);
  return tf;
}

export function findTimeframeByName(d: DomainState, name: string): Wire | undefined {
  return [...d.timeframes.values()].find((tf) => tf['timeframe-name'] === name);
}

function requireTimeframe(ctx: Ctx): { d: DomainState; tf: Wire } {
  const d = ctx.state.requireDomain(ctx.params.domain!);
  const tf = d.timeframes.get(ctx.params.id!);
  if (!tf) throw timeframeNotFound();
  return { d, tf };
}

export function listTimeframes(ctx: Ctx): Reply {
  return ok([...ctx.state.requireDomain(ctx.params.domain!).timeframes.values()]);
}

export function getTimeframe(ctx: Ctx): Reply {
  return ok(requireTimeframe(ctx).tf);
}

export function postTimeframe(ctx: Ctx): Reply {
  const d = ctx.state.requireDomain(ctx.params.domain!);
  const tf = createTimeframe(ctx.state, d, ctx.body);
  return ctx.body.synchronous === 'yes' ? ok(tf) : ACCEPTED;
}

/** POST /{id}: add entries to a specific-dates, holiday or custom timeframe. */
export function addTimeframeEntries(ctx: Ctx): Reply {
  const { tf } = requireTimeframe(ctx);
  for (const [key, entries] of Object.entries(entriesFrom(ctx.state, tf, ctx.body))) {
    tf[key] = [...((tf[key] as Wire[] | undefined) ?? []), ...entries];
  }
  renumber(tf);
  return ACCEPTED;
}

/** PUT /{id}: convert type, update entries by id, or replace entries. The spec documents 200 here. */
export function putTimeframe(ctx: Ctx): Reply {
  const { tf } = requireTimeframe(ctx);
  if (ctx.body.type !== undefined) convert(tf, ctx.body);
  // The spec spells the flag `update_only` in one variant and `update-only` in the others (SPEC-DEFECTS).
  else if (ctx.body['update-only'] === 'yes' || ctx.body.update_only === 'yes') updateEntries(ctx.state, tf, ctx.body);
  else Object.assign(tf, entriesFrom(ctx.state, tf, ctx.body));
  renumber(tf);
  return ok(tf);
}

function convert(tf: Wire, body: Wire): void {
  checkEnum(body, 'type', TIMEFRAME_TYPES);
  if (tf['timeframe-type'] === 'custom' && body.type !== 'custom') {
    throw badRequest('It is not possible to convert a Custom timeframe to any other type.'); // spec description
  }
  const keep = allowedArrays(String(body.type));
  for (const key of ARRAYS) if (!keep.includes(key)) delete tf[key];
  for (const key of keep) tf[key] = (tf[key] as Wire[] | undefined) ?? [];
  tf['timeframe-type'] = body.type;
}

/** Entries carrying a `timeframe-id` are merged into that entry; a days-of-week entry without one replaces the single entry (spec). */
function updateEntries(state: NsState, tf: Wire, body: Wire): void {
  for (const [key, entries] of Object.entries(entriesFrom(state, tf, body)) as [EntryArray, Wire[]][]) {
    const current = (tf[key] as Wire[] | undefined) ?? [];
    const sent = body[key] as Wire[];
    entries.forEach((entry, i) => {
      const id = sent[i]?.['timeframe-id'];
      const target = current.find((e) => e['timeframe-id'] === id);
      if (target) Object.assign(target, entry, { 'timeframe-id': id });
      else if (key === 'timeframe-days-of-week-array') current.splice(0, current.length, entry);
      else throw notFound(`Entry ${String(id)} does not exist in timeframe ${String(tf['timeframe-id'])}`);
    });
    tf[key] = current;
  }
}

/** DELETE /{id} with `{child_id}` removes one entry; without a body, the whole timeframe. */
export function deleteTimeframe(ctx: Ctx): Reply {
  const { d, tf } = requireTimeframe(ctx);
  const child = ctx.body.child_id;
  if (child === undefined) {
    d.timeframes.delete(String(tf['timeframe-id']));
    return ACCEPTED;
  }
  for (const key of ARRAYS) {
    const entries = tf[key] as Wire[] | undefined;
    const i = entries?.findIndex((e) => e['timeframe-id'] === String(child)) ?? -1;
    if (i >= 0) {
      entries!.splice(i, 1);
      renumber(tf);
      return ACCEPTED;
    }
  }
  throw notFound(`Entry ${String(child)} does not exist in timeframe ${String(tf['timeframe-id'])}`);
}
