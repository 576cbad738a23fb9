/**
 * The Smartflo evidence ledger (src/providers/evidence.ts): every field the provider sends or reads, with its
 * source. `npm run gen` renders it into docs/vendors/smartflo.md; test/providers/evidence.test.ts keeps it
 * in step with the provider. Reference pages are https://docs.smartflo.tatatelebusiness.com/reference/<page>.
 */
import { ENDPOINT_ITSELF, fields, optional, unnamedCode, unsourced, url, type Evidence } from '../evidence.js';

const ref = (page: string) => url(`https://docs.smartflo.tatatelebusiness.com/reference/${page}`);
const CLIENT = unnamedCode('public client code cited by the team notes (repository not recorded)');

const LOGIN = 'POST /v1/auth/login';
const USERS = 'GET /v1/users';
const USER = 'GET /v1/user/{id}';
const CREATE_USER = 'POST /v1/user';
const PATCH_USER = 'PATCH /v1/user/{id}';
const DELETE_USER = 'DELETE /v1/user/{id}';
const ROLES = 'GET /v1/roles';
const NUMBERS = 'GET /v1/my_number';
const DEPARTMENTS = 'GET /v1/departments';
const CREATE_DEPARTMENT = 'POST /v1/department';
const PUT_DEPARTMENT = 'PUT /v1/department/{id}';

/**
 * `sticky_agent`'s write form: `enable` 1/0 and `time` ("12h", "1d"; at most 240h or 10d), in the "Sticky Agent"
 * table of the create page and of Servetel's page for the same payload.
 */
const stickyAgent = (endpoint: string): Evidence[] => [
  ...fields(endpoint, 'request', ['sticky_agent.enable', 'sticky_agent.time'], url('https://servetel.readme.io/reference/post_v1-department-1'),
    'also the "Sticky Agent" table of reference/v1department; `time` only when org.yaml or the list gives it'),
];

/**
 * `user_for_cdr`'s shape: `{type: "agent", value: [agent ids]}` from public client code (a PATCH after create); `type
 * "all"` is what the fetch-single-user sample reads; `{type: "none", value: []}` for no one else's is a guess.
 */
const userForCdr = (endpoint: string): Evidence[] => [
  ...fields(endpoint, 'request', ['user_for_cdr.type', 'user_for_cdr.value'], CLIENT, '`agent` + agent ids [S: client code]; `all` [S: the read sample]; `none` UNSOURCED'),
];

export const smartfloEvidence: Evidence[] = [
  ...fields(LOGIN, 'request', ['email', 'password'], ref('generate-a-token'), '`email` carries the login id'),
  ...fields(LOGIN, 'response', ['access_token', 'expires_in'], ref('generate-a-token')),

  ...fields(USERS, 'query', ['limit', 'last_seen_id'], ref('fetch-multiple-users'), 'ringform asks for 100 a page; the largest limit is not documented'),
  ...fields(USERS, 'response', ['has_more', 'last_seen_id', 'data[].id', 'data[].login_id', 'data[].agent.id'], ref('fetch-multiple-users')),
  ...fields(USERS, 'response', ['data[].user_role.id', 'data[].user_role.name'], ref('fetch-multiple-users'), 'the role map when GET /v1/roles is absent (with provider.vendor.smartflo.roleIds)'),

  ...fields(USER, 'response', [
    'data.id', 'data.name', 'data.number', 'data.team_member.email', 'data.team_member.login_id', 'data.team_member.role.name',
    'data.team_member.is_web_login_block', 'data.agent.id', 'data.agent.agent_status', 'data.agent.intercom', 'data.agent.time_group.name',
  ], ref('fetch-single-user')),
  // Web-login and agent details (docs/vendors/smartflo.md#web-login-and-agent-details).
  ...fields(USER, 'response', ['data.team_member.is_login_based_calling', 'data.team_member.users_for_cdr.type'], ref('fetch-single-user'),
    'the sample reads `users_for_cdr: {"type": "all", "value": null}`; caller ids and agent groups are not in the answer (unverified)'),
  { endpoint: USER, where: 'response', field: 'data.team_member.users_for_cdr.value', source: CLIENT, note: 'agent ids when `type` is `agent` (the shape public client code PATCHes); `none` → [] is UNSOURCED' },

  ...fields(CREATE_USER, 'request', [
    'name', 'number', 'email', 'login_id', 'password', 'user_role', 'create_agent', 'create_web_login', 'block_web_login',
    'login_based_calling', 'assign_extension', 'caller_id', 'time_group', 'agent_group',
  ], ref('create-user')),
  { endpoint: CREATE_USER, where: 'request', field: 'user_for_cdr', source: ref('create-user'), note: 'an object; its shape below' },
  { endpoint: CREATE_USER, where: 'request', field: 'status', source: ref('create-user'), note: 'listed as a bool; that `true` means active is UNSOURCED' },
  ...fields(CREATE_USER, 'response', ['data.id', 'data.agent_id'], CLIENT),

  ...fields(PATCH_USER, 'request', ['name', 'email', 'login_id', 'number', 'user_role', 'block_web_login', 'block_agent'], ref('patch-a-user')),
  ...fields(PATCH_USER, 'request', ['caller_id', 'agent_group', 'login_based_calling', 'user_for_cdr'], ref('patch-a-user')),
  ...userForCdr(CREATE_USER),
  ...userForCdr(PATCH_USER),

  { endpoint: DELETE_USER, where: 'request', field: ENDPOINT_ITSELF, source: CLIENT, note: 'no Tata reference page found; ringform plans user deletes only with prune on' },

  { endpoint: ROLES, where: 'request', field: ENDPOINT_ITSELF, source: CLIENT, note: 'in no Tata reference page: used only when present (a 404 falls back to users\' user_role)' },
  ...fields(ROLES, 'response', ['[].id', '[].name'], unsourced('the answer of GET /v1/roles is not documented; a bare array or {data: [...]} is accepted')),

  { endpoint: NUMBERS, where: 'request', field: ENDPOINT_ITSELF, source: CLIENT },
  ...fields(NUMBERS, 'response', ['[].id'], unsourced('the item of GET /v1/my_number is not documented')),
  ...optional(fields(NUMBERS, 'response', ['[].did', '[].number'], unsourced('the item of GET /v1/my_number is not documented; the number is taken from `did` or `number`'))),

  ...fields(DEPARTMENTS, 'response', [
    '[].id', '[].name', '[].description', '[].ring_strategy', '[].music_on_hold', '[].sticky_agent.enabled',
    '[].timeout_dest_type', '[].timeout_destination', '[].agents[].eid', '[].agents[].timeout',
  ], ref('v1departments'), 'also https://docs.acefone.in/reference/fetch-details-of-all-departments (same sample); unset settings are null, timeouts text'),
  ...fields(DEPARTMENTS, 'response', ['[].sticky_agent.time_period', '[].sticky_agent.format'], ref('v1departments'),
    'the sample shows both null; that 12 and "hours" mean a write `time` of "12h" is UNSOURCED (read only to keep the period on a PUT)'),
  { endpoint: DEPARTMENTS, where: 'response', field: '[].agents[].id', source: ref('v1departments'), note: 'the member\'s own id; read only when `eid` is missing' },

  ...fields(CREATE_DEPARTMENT, 'request', ['name', 'description', 'ring_strategy', 'timeout', 'destination'], ref('v1department')),
  { endpoint: CREATE_DEPARTMENT, where: 'request', field: 'sticky_agent', source: ref('v1department'), note: 'an object `{enable, time}` (the page\'s "Sticky Agent" table)' },
  ...stickyAgent(CREATE_DEPARTMENT),
  ...fields(CREATE_DEPARTMENT, 'request', ['music_on_hold', 'failover_dest_type', 'failover_destination'], ref('v1department'),
    'tenant ids: sent only when departments[].vendor.smartflo gives them (starred on this page, not on https://docs.servetel.in/reference/create-a-department)'),
  { endpoint: CREATE_DEPARTMENT, where: 'request', field: 'destination[]', source: ref('v1department'), note: '`extension||<agent number>`, the number the list shows as `agents[].eid`' },
  { endpoint: CREATE_DEPARTMENT, where: 'response', field: 'data.id', source: unsourced('the create answer is not documented; the list is read when it carries no id') },

  ...fields(PUT_DEPARTMENT, 'request', ['name', 'description', 'ring_strategy', 'timeout', 'sticky_agent', 'destination'], ref('v1departmentid')),
  ...stickyAgent(PUT_DEPARTMENT),
  ...fields(PUT_DEPARTMENT, 'request', ['music_on_hold', 'timeout_dest_type', 'timeout_destination'], ref('v1departmentid'), 'sent back as listed; a null stays unsent'),
  { endpoint: PUT_DEPARTMENT, where: 'request', field: 'destination[]', source: ref('v1department'), note: '`extension||<agent number>` (this page writes one `|`; ringform follows the create page)' },
  { endpoint: PUT_DEPARTMENT, where: 'request', field: ENDPOINT_ITSELF, source: unsourced('whether PUT merges or replaces is not documented: ringform reads the list and sends the whole department') },

  { endpoint: '* (any)', where: 'header', field: 'Retry-After', source: CLIENT, note: 'the wait of a 429' },
  { endpoint: '* (any)', where: 'response', field: 'retry_after', source: CLIENT, note: 'the wait of a 429 when the header is absent; read as seconds (the unit is an assumption)' },
  ...fields('* (any)', 'response', ['success', 'message', 'errors'], CLIENT, 'the error envelope; `success: false` is an error even on a 200 (UNSOURCED for a 200)'),
  { endpoint: LOGIN, where: 'response', field: 'login_failed_count', source: ref('generate-a-token'), note: 'on a refused login' },
];
