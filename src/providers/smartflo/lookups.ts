/**
 * Account lists the provider resolves names against, read once per `read()`: roles (`GET /v1/roles`
 * [I: seen only in public client code]) and the account's numbers (`GET /v1/my_number` [S: client code],
 * item shape [I]) for caller ids.
 */
import { RingformError } from '../../errors.js';
import type { SfClient } from './client.js';
import { e164Of, listOf, rolesOf, str, type SfRole } from './mapper.js';

export interface SfNumber {
  id: number;
  e164: string | null;
}

export class Lookups {
  private rolesCache: Promise<SfRole[]> | null = null;
  private numbersCache: Promise<SfNumber[]> | null = null;

  constructor(private readonly sf: SfClient) {}

  /** Forget cached lists (a new read sees roles created in the panel since). */
  reset(): void {
    this.rolesCache = null;
    this.numbersCache = null;
  }

  roles(): Promise<SfRole[]> {
    this.rolesCache ??= this.sf.get('/v1/roles').then(rolesOf);
    this.rolesCache.catch(() => (this.rolesCache = null));
    return this.rolesCache;
  }

  numbers(): Promise<SfNumber[]> {
    this.numbersCache ??= this.sf.get('/v1/my_number').then((body) =>
      listOf(body).map((n) => ({ id: Number(n.id), e164: e164Of(str(n, 'did') || str(n, 'number')) })),
    );
    this.numbersCache.catch(() => (this.numbersCache = null));
    return this.numbersCache;
  }

  /**
   * `caller_id` ids (mandatory on create): numbers from `users[].vendor.smartflo.caller_id`, else
   * `provider.vendor.caller_id`, else the account's only number. Entries are E.164 numbers or ids.
   */
  async callerIds(wanted: unknown, who: string): Promise<number[]> {
    const numbers = await this.numbers();
    if (wanted === undefined) {
      if (numbers.length === 1) return [numbers[0]!.id];
      throw new RingformError(`${who}: Smartflo needs at least one caller id for a new user; set provider.vendor.smartflo.caller_id (or users[].vendor.smartflo.caller_id) to numbers of the account`);
    }
    const list = Array.isArray(wanted) ? wanted : [wanted];
    return list.map((entry) => {
      const found = numbers.find((n) => n.e164 === String(entry) || n.id === Number(entry));
      if (!found) throw new RingformError(`${who}: caller id ${JSON.stringify(entry)} is not a number of this Smartflo account (GET /v1/my_number)`);
      return found.id;
    });
  }
}
