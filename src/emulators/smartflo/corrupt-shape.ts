/**
 * Where the corruptions (../corruptions.ts) find users in Smartflo answers: `GET /v1/users` lists them
 * under `data` with a `last_seen_id` cursor and no email; the email is in `GET /v1/user/{id}`'s
 * `data.team_member`.
 */
import type { VendorShape } from '../corruptions.js';

type Wire = Record<string, unknown>;
const isObject = (v: unknown): v is Wire => typeof v === 'object' && v !== null && !Array.isArray(v);
const DETAIL = /^\/v1\/user\/[^/]+$/;

export const SMARTFLO_SHAPE: VendorShape = {
  isUserList: (req) => req.path === '/v1/users',
  carriesEmail: (req) => DETAIL.test(req.path),
  records: (body) => {
    if (!isObject(body)) return null;
    if (Array.isArray(body.data)) return body.data.filter(isObject);
    return isObject(body.data) ? [body.data] : null;
  },
  withRecords: (body, records) => ({ ...(isObject(body) ? body : {}), data: records }),
  emailHolder: (record) => (isObject(record.team_member) ? record.team_member : null),
  emailKeys: ['email'],
  idKey: 'id',
  firstPage: (query) => {
    const { last_seen_id: _, ...rest } = query;
    return rest;
  },
  capPage: (query, size) => ({ ...query, limit: String(Math.min(size, Number(query.limit ?? size) || size)) }),
  cursor: {
    get: (body) => (isObject(body) ? body.last_seen_id : undefined),
    set: (body, value) => {
      if (isObject(body)) body.last_seen_id = value;
    },
  },
};
