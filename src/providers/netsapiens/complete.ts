/**
 * A short read is never "those users are gone". NetSapiens lists users in pages; a page that comes back
 * empty or cut short (a proxy, a vendor bug, a read replica lagging) would make the planner propose
 * re-creating every user it no longer sees, or deleting them with prune on. So the listing is checked
 * against `GET /domains/{d}/users/count`: when the vendor says it holds more users than the pages gave,
 * the read stops with a VendorError and nothing is planned. (A listing with more users than the count, a
 * user created between the two reads, is harmless: nothing is deleted or created because of it.)
 */
import { VendorError } from '../http/errors.js';
import type { NsClient } from './client.js';
import { VENDOR } from './client.js';
import type { Wire } from './mapper.js';

export async function checkUsersComplete(ns: NsClient, listed: Wire[]): Promise<void> {
  const countPath = ns.path('users', 'count');
  const body = await ns.get<unknown>(countPath);
  const total = countOf(body);
  const details = (path: string, message: string | null) => ({ vendor: VENDOR, method: 'GET', path, status: 200, vendorMessage: message });
  if (total === null) {
    throw new VendorError(details(countPath, JSON.stringify(body)?.slice(0, 200) ?? null), 'answered without a user count (expected {"total": n})');
  }
  if (listed.length < total) {
    throw new VendorError(
      details(ns.path('users'), null),
      `listed ${listed.length} users, but ${countPath} says there are ${total}: the read is incomplete, so ringform stops instead of planning creates or deletes from it`,
    );
  }
}

function countOf(body: unknown): number | null {
  if (typeof body === 'number') return Number.isInteger(body) && body >= 0 ? body : null;
  if (typeof body !== 'object' || body === null) return null;
  const total = (body as Record<string, unknown>).total;
  const n = typeof total === 'string' && /^\d+$/.test(total) ? Number(total) : total;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : null;
}
