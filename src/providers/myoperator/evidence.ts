/**
 * The MyOperator evidence ledger (src/providers/evidence.ts): every field the provider sends or reads, with
 * its source. `npm run gen` renders it into docs/vendors/myoperator.md; test/providers/evidence.test.ts
 * keeps it in step with the provider.
 */
import { fields, optional, unnamedCode, unsourced, url, type Evidence } from '../evidence.js';

const API_PAGE = url('https://myoperator.com/api');
const CLIENT = unnamedCode('public client code cited by the team notes (repository not recorded)');

const LIST = 'GET /user';
const CREATE = 'POST /user';
const UPDATE = 'PUT /user';

export const myoperatorEvidence: Evidence[] = [
  { endpoint: '* (any)', where: 'query', field: 'token', source: API_PAGE, note: 'in the query of a GET, in the form body of a write' },
  ...fields('* (any)', 'response', ['status', 'code', 'message'], API_PAGE, 'the envelope; `status: "error"` is an error even on a 200'),

  ...fields(LIST, 'query', ['page', 'page-size'], CLIENT, 'ringform asks for 100 a page; the bound is UNSOURCED for this list'),
  ...fields(LIST, 'response', ['data', 'next_page'], CLIENT),
  ...optional(fields(LIST, 'response', ['total', 'count', 'total_count'], unsourced('read when present, to bound the number of pages (PageGuard); no source shows a total on this list'), 'absent, pages are capped at 10,000')),
  ...fields(LIST, 'response', ['data[].uuid', 'data[].user_id', 'data[].name', 'data[].email', 'data[].contact_number', 'data[].role_id'], CLIENT),
  ...fields(LIST, 'response', ['data[].is_active', 'data[].is_enabled'], CLIENT, 'that they mean "Active User" and "Receive Call" is UNSOURCED'),
  { endpoint: LIST, where: 'response', field: 'data[].extension', source: unsourced('sent on create; no source shows the list echoing it') },
  { endpoint: LIST, where: 'response', field: 'data[].country_code', source: unsourced('no source shows it on the list; provider.vendor.myoperator.countryCode (default 91) stands in') },
  { endpoint: LIST, where: 'response', field: 'data[].receive_calls', source: unsourced('read before is_enabled when present; no source shows it on the list'), optional: true },

  ...fields(CREATE, 'request', ['token', 'name', 'contact_number', 'country_code', 'extension', 'email'], CLIENT, 'ringform sends a form body'),
  { endpoint: CREATE, where: 'response', field: 'data[].uuid', source: unsourced('the envelope carries `data` [https://myoperator.com/api]; that it holds the new user is UNSOURCED (the list is read back otherwise)') },

  ...fields(UPDATE, 'request', ['token', 'uuid', 'receive_calls'], CLIENT, 'partial: only the fields sent change'),
  ...fields(UPDATE, 'request', ['name', 'email', 'contact_number', 'country_code', 'extension'], unsourced('assumed from the create body: only receive_calls is seen in use on PUT')),
];
