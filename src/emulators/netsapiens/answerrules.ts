/** Answer rules (`/domains/{domain}/users/{user}/answerrules…`), keyed by timeframe name. docs/vendors/netsapiens.md#answer-rules. */
import { ACCEPTED, badRequest, conflict, notFound } from './errors.js';
import { count, ok, type Ctx, type Reply } from './routing.js';
import type { DomainState, NsState, Wire } from './state.js';
import { findTimeframeByName } from './timeframes.js';
import { checkEnum, requireString, writable } from './validation.js';

/** Feature objects `{enabled: "yes"|"no", parameters?: [...]}` (spec AnswerruleFeature*). */
const FEATURES = [
  'simultaneous-ring', 'do-not-disturb', 'forward-always', 'forward-on-active', 'forward-on-busy', 'forward-no-answer',
  'forward-when-unregistered', 'forward-on-dnd', 'forward-on-spam-call', 'call-screening', 'phone-numbers-to-allow',
  'phone-numbers-to-reject',
];
/** `is-active`, `order` and `time_range_data` are read-only; `new-position` and `synchronous` write-only. */
const NOT_STORED = ['is-active', 'order', 'time_range_data', 'new-position', 'synchronous', 'domain', 'user'];

/** The built-in default rule's timeframe (`*`) needs no timeframe object [I]. */
const DEFAULT_TIMEFRAMES = ['*', 'default'];

function checkRule(body: Wire): Wire {
  const fields = writable(body, NOT_STORED);
  checkEnum(fields, 'enabled', ['yes', 'no']);
  checkEnum(body, 'new-position', ['top', 'bottom']);
  for (const feature of FEATURES) {
    const value = fields[feature];
    if (value === undefined) continue;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw badRequest(`${feature} must be an object`);
    checkEnum(value as Wire, 'enabled', ['yes', 'no']);
    const params = (value as Wire).parameters;
    if (params !== undefined && !Array.isArray(params)) throw badRequest(`${feature}.parameters must be an array`);
  }
  return fields;
}

function rulesOf(d: DomainState, user: string): Wire[] {
  const rules = d.answerrules.get(user) ?? [];
  d.answerrules.set(user, rules);
  return rules;
}

/** `order` follows list position; `is-active` marks the first enabled rule (the real core evaluates time [I]). */
function views(d: DomainState, user: string): Wire[] {
  const firstEnabled = rulesOf(d, user).findIndex((r) => r.enabled !== 'no');
  return rulesOf(d, user).map((r, i) => ({ ...r, domain: d.name, user, order: i, 'is-active': i === firstEnabled }));
}

export function createRule(state: NsState, d: DomainState, user: string, body: Wire): Wire {
  const fields = checkRule(body);
  const timeframe = requireString(fields, 'time-frame');
  if (!DEFAULT_TIMEFRAMES.includes(timeframe) && !findTimeframeByName(d, timeframe)) {
    throw notFound('Not Found. Timeframe input was not found.'); // spec example message
  }
  const rules = rulesOf(d, user);
  if (rules.some((r) => r['time-frame'] === timeframe)) throw conflict(`Answerrule for timeframe ${timeframe} already exists.`);
  const rule: Wire = { enabled: 'yes', ...fields, 'time-frame': timeframe };
  if (body['new-position'] === 'top') rules.unshift(rule);
  else rules.push(rule);
  return rule;
}

function userOf(ctx: Ctx): { d: DomainState; user: string } {
  const { domain, user } = ctx.state.requireUser(ctx.params.domain!, ctx.params.user!);
  return { d: domain, user: String(user.user) };
}

function indexOf(ctx: Ctx): { d: DomainState; user: string; index: number } {
  const { d, user } = userOf(ctx);
  const index = rulesOf(d, user).findIndex((r) => r['time-frame'] === ctx.params.timeframe);
  if (index < 0) throw notFound(`Answerrule ${ctx.params.timeframe} does not exist for user ${user}`);
  return { d, user, index };
}

export function listRules(ctx: Ctx): Reply {
  const { d, user } = userOf(ctx);
  return ok(views(d, user));
}

export function countRules(ctx: Ctx): Reply {
  const { d, user } = userOf(ctx);
  return count(rulesOf(d, user).length);
}

export function getRule(ctx: Ctx): Reply {
  const { d, user, index } = indexOf(ctx);
  return ok(views(d, user)[index]);
}

export function postRule(ctx: Ctx): Reply {
  const { d, user } = userOf(ctx);
  const rule = createRule(ctx.state, d, user, ctx.body);
  return ctx.body.synchronous === 'yes' ? ok(views(d, user)[rulesOf(d, user).indexOf(rule)]) : ACCEPTED;
}

/** PUT merges: each feature object sent replaces the stored one; `new-position` moves the rule. */
export function putRule(ctx: Ctx): Reply {
  const { d, user, index } = indexOf(ctx);
  const rules = rulesOf(d, user);
  const fields = checkRule(ctx.body);
  delete fields['time-frame'];
  const rule = Object.assign(rules[index]!, fields);
  if (ctx.body['new-position'] !== undefined) {
    rules.splice(index, 1);
    if (ctx.body['new-position'] === 'top') rules.unshift(rule);
    else rules.push(rule);
  }
  return ACCEPTED;
}

export function deleteRule(ctx: Ctx): Reply {
  const { d, user, index } = indexOf(ctx);
  rulesOf(d, user).splice(index, 1);
  return ACCEPTED;
}
