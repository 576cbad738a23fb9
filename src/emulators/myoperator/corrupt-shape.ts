/** Where the corruptions (../corruptions.ts) find users in MyOperator answers: `GET /user` → `{status, code, data: [...], next_page}`. */
import type { VendorShape } from '../corruptions.js';

type Wire = Record<string, unknown>;
const isObject = (v: unknown): v is Wire => typeof v === 'object' && v !== null && !Array.isArray(v);

export const MYOPERATOR_SHAPE: VendorShape = {
  isUserList: (req) => req.path === '/user',
  carriesEmail: (req) => req.path === '/user',
  records: (body) => (isObject(body) && Array.isArray(body.data) ? body.data.filter(isObject) : null),
  withRecords: (body, records) => ({ ...(isObject(body) ? body : {}), data: records }),
  emailHolder: (record) => record,
  emailKeys: ['email'],
  idKey: 'uuid',
  firstPage: (query) => ({ ...query, page: '1' }),
  capPage: (query, size) => ({ ...query, 'page-size': String(Math.min(size, Number(query['page-size'] ?? size) || size)) }),
};
