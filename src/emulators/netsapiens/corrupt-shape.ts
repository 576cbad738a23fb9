/** Where the corruptions (../corruptions.ts) find users in NetSapiens answers: `GET /domains/{d}/users` lists them bare. */
import type { VendorShape } from '../corruptions.js';

const USERS = /^\/domains\/[^/]+\/users$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const NETSAPIENS_SHAPE: VendorShape = {
  isUserList: (req) => USERS.test(req.path),
  carriesEmail: (req) => USERS.test(req.path),
  records: (body) => (Array.isArray(body) ? body.filter(isObject) : null),
  withRecords: (_body, records) => records,
  emailHolder: (record) => record,
  emailKeys: ['email-address', 'email'],
  idKey: 'user',
  firstPage: (query) => ({ ...query, start: '0' }),
};
