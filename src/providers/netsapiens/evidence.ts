/**
 * The NetSapiens evidence ledger (src/providers/evidence.ts): every field the provider sends or reads. The
 * source of most is the vendor's OpenAPI spec shipped in specs/netsapiens-api-v2.openapi.json, named by
 * the operation's method and path; test/providers/evidence.test.ts checks that each such field really is
 * in that operation's schemas, and that the provider touches no field missing here. `npm run gen` renders
 * the ledger into docs/vendors/netsapiens.md. `<day>` and `<n>` stand for monday…sunday and 1, 2.
 */
import { ENDPOINT_ITSELF, fields, spec, unsourced, type Evidence, type Where } from '../evidence.js';

/** Fields of one spec operation: the endpoint is its own source. */
const op = (endpoint: string, where: Where, names: string[], note?: string): Evidence[] =>
  fields(endpoint, where, names.length > 0 ? names : [ENDPOINT_ITSELF], spec(endpoint), note);

const D = '/domains/{domain}';
const USER_FIELDS = ['name-first-name', 'name-last-name', 'email', 'user-scope'];
/** SPEC-DEFECTS D1: the schema says `email`; `email-address` is only in the example of POST /users. ringform reads and sends both. */
const EMAIL_ADDRESS = unsourced('the spec\'s schema has `email`; `email-address` appears only in the example of POST /domains/{domain}/users (SPEC-DEFECTS D1)');
const WEEKLY = ['timeframe-days-of-week-array[].timeframe-weekly-<day>-begin-time-<n>', 'timeframe-days-of-week-array[].timeframe-weekly-<day>-end-time-<n>'];
const RECURRENCE = [
  'type', 'begin-date', 'custom-interval', 'custom-interval-count', 'custom-interval-option', 'end-option', 'end-date',
].map((f) => `timeframe-days-of-week-array[].timeframe-recurrence-${f}`);
const DEVICE_FIELDS = ['device-provisioning-sip-transport-protocol', 'device-provisioning-mac-address', 'device-models-model'];
/** Issue 19: a user's voicemail (providers/netsapiens/voicemail.ts); `voicemail-login-pin` is sent, and read only as "set". */
const VOICEMAIL_FIELDS = ['voicemail-enabled', 'email-send-alert-new-voicemail-enabled', 'email-send-alert-new-voicemail-behavior', 'voicemail-login-pin'];
/** Issue 19: the four answer-rule features `forwarding` writes (providers/netsapiens/forwarding-wire.ts). */
const FORWARD_FEATURES = ['forward-always', 'forward-on-busy', 'forward-no-answer', 'forward-when-unregistered'];
const RULE_FEATURES = [
  'simultaneous-ring', 'do-not-disturb', 'forward-always', 'forward-on-active', 'forward-on-busy', 'forward-no-answer',
  'forward-when-unregistered', 'forward-on-dnd', 'forward-on-spam-call', 'call-screening', 'phone-numbers-to-allow', 'phone-numbers-to-reject',
];

export const netsapiensEvidence: Evidence[] = [
  ...op('POST /tokens', 'request', ['grant_type', 'username', 'password', 'refresh_token', 'client_id', 'client_secret'],
    'the spec types /tokens with the MFA body only; the grants follow components.schemas.AuthRequest (SPEC-DEFECTS D5)'),
  ...op('POST /tokens', 'response', ['access_token', 'refresh_token', 'expires_in']),

  ...op(`GET ${D}/users`, 'query', ['start', 'limit']),
  ...op(`GET ${D}/users`, 'response', ['[].user', '[].domain', '[].service-code', '[].account-status', '[].created-datetime', '[].caller-id-number', ...USER_FIELDS.map((f) => `[].${f}`)]),
  ...op(`GET ${D}/users`, 'response', [...VOICEMAIL_FIELDS, 'ring-no-answer-timeout-seconds'].map((f) => `[].${f}`)),
  ...op(`POST ${D}/users`, 'request', VOICEMAIL_FIELDS, 'sent only when org.yaml declares voicemail other than the defaults'),
  ...op(`PUT ${D}/users/{user}`, 'request', [...VOICEMAIL_FIELDS, 'ring-no-answer-timeout-seconds']),
  { endpoint: `GET ${D}/users`, where: 'response', field: '[].email-address', source: EMAIL_ADDRESS, note: 'read first, then `email`' },
  ...op(`POST ${D}/users`, 'request', ['synchronous', 'user', ...USER_FIELDS]),
  { endpoint: `POST ${D}/users`, where: 'request', field: 'email-address', source: spec(`POST ${D}/users`), note: 'in the example only; sent beside `email`' },
  ...op(`PUT ${D}/users/{user}`, 'request', [...USER_FIELDS, 'caller-id-number']),
  { endpoint: `PUT ${D}/users/{user}`, where: 'request', field: 'email-address', source: EMAIL_ADDRESS, note: 'sent beside `email`' },
  ...op(`GET ${D}/users/{user}`, 'response', ['user', ...USER_FIELDS]),
  { endpoint: `GET ${D}/users/{user}`, where: 'response', field: 'email-address', source: EMAIL_ADDRESS },
  ...op(`DELETE ${D}/users/{user}`, 'request', []),
  ...op(`POST ${D}/users/{user}/email`, 'request', ['template', 'subject']),

  ...op(`GET ${D}/users/{user}/answerrules`, 'response', ['[].time-frame', '[].enabled', ...RULE_FEATURES.map((f) => `[].${f}.enabled`)]),
  ...op(`GET ${D}/users/{user}/answerrules`, 'response', ['[].order', ...FORWARD_FEATURES.map((f) => `[].${f}.parameters`)]),
  ...op(`POST ${D}/users/{user}/answerrules`, 'request', ['synchronous', 'time-frame', 'enabled', 'do-not-disturb', 'new-position']),
  ...op(`POST ${D}/users/{user}/answerrules`, 'request', FORWARD_FEATURES),
  ...op(`PUT ${D}/users/{user}/answerrules/{timeframe}`, 'request', ['enabled', 'do-not-disturb', 'new-position', ...FORWARD_FEATURES]),
  ...op(`DELETE ${D}/users/{user}/answerrules/{timeframe}`, 'request', []),

  ...op(`GET ${D}/devices`, 'response', ['[].device', '[].user', ...DEVICE_FIELDS.map((f) => `[].${f}`)]),
  ...op(`POST ${D}/users/{user}/devices`, 'request', ['synchronous', 'device', ...DEVICE_FIELDS]),
  ...op(`GET ${D}/users/{user}/devices/{device}`, 'request', []),
  ...op(`PUT ${D}/users/{user}/devices/{device}`, 'request', DEVICE_FIELDS),
  ...op(`DELETE ${D}/users/{user}/devices/{device}`, 'request', []),

  ...op(`GET ${D}/timeframes`, 'response', ['[].timeframe-id', '[].timeframe-name', '[].timeframe-type', ...WEEKLY.map((f) => `[].${f}`)]),
  ...op(`POST ${D}/timeframes`, 'request', ['synchronous', 'timeframe-name', 'timeframe-type', 'timeframe-days-of-week-array', ...WEEKLY, ...RECURRENCE]),
  ...op(`GET ${D}/timeframes/{id}`, 'request', []),
  ...op(`POST ${D}/timeframes`, 'response', ['timeframe-id']),
  ...op(`PUT ${D}/timeframes/{id}`, 'request', ['update-only', 'timeframe-days-of-week-array', ...WEEKLY, ...RECURRENCE]),

  ...op(`GET ${D}/callqueues`, 'response', ['[].callqueue', '[].description', '[].callqueue-dispatch-type', '[].callqueue-agent-dispatch-timeout-seconds', '[].callqueue-count-agents-total']),
  ...op(`POST ${D}/callqueues`, 'request', ['synchronous', 'callqueue', 'domain', 'description', 'callqueue-dispatch-type', 'callqueue-agent-dispatch-timeout-seconds'],
    '`synchronous`, `callqueue` and `domain` are required by the spec'),
  ...op(`PUT ${D}/callqueues/{callqueue}`, 'request', ['description', 'callqueue-dispatch-type', 'callqueue-agent-dispatch-timeout-seconds']),
  ...op(`DELETE ${D}/callqueues/{callqueue}`, 'request', []),
  ...op(`GET ${D}/callqueues/{callqueue}/agents`, 'response', ['[].callqueue-agent-id', '[].callqueue-agent-dispatch-order-ordinal']),
  ...op(`GET ${D}/agents`, 'response', ['[].callqueue-agent-id', '[].callqueue', '[].callqueue-agent-dispatch-order-ordinal']),
  ...op(`POST ${D}/callqueues/{callqueue}/agents`, 'request', ['synchronous', 'callqueue-agent-id', 'callqueue-agent-dispatch-order-ordinal']),
  ...op(`PUT ${D}/callqueues/{callqueue}/agents/{callqueue-agent-id}`, 'request', ['callqueue-agent-dispatch-order-ordinal']),
  ...op(`DELETE ${D}/callqueues/{callqueue}/agents/{callqueue-agent-id}`, 'request', []),
];
