/**
 * Vendor-data corruption shared by the emulators: the answers a real vendor gives on a bad day, served by
 * the real HTTP server, so that a provider's read is tested against them end to end. A `CorruptionConfig`
 * is parsed from a string such as `kinds=null-email+repeat-entry+cursor-loop,rate=0.3,seed=7,page-size=3`.
 *
 * Record kinds (each user record is hit with probability `rate`): `drop-email`, `null-email`,
 * `numeric-email`, `pad-email` (surrounding spaces), `upper-email`, `empty-email`, `garbage-email`.
 * Listing kinds (each users page is hit with probability `rate`): `duplicate-entry` (a record served twice,
 * identically), `conflicting-entry` (a second, different record under one id), `repeat-entry` (a record
 * replaced by a copy of another: one user repeated, one missing), `shift-page` (the page starts with the
 * previous page's last record: an insert while paging), `repeat-page` (the page parameter is ignored),
 * `cursor-loop` (the next cursor is one already handed out), `non-list-data` (`data` is an object, text or
 * null), `null-body` (JSON null), `string-body` (a large JSON string instead of an object).
 *
 * Which requests are user listings, where a record's email sits and how pages are named differ per vendor:
 * each emulator passes its `VendorShape`. Random choices come from a seeded mulberry32, so a run is
 * reproducible from the seed and the request sequence.
 */
import { RingformError } from '../errors.js';
import { mulberry32 } from './faults.js';

export const EMAIL_KINDS = ['drop-email', 'null-email', 'numeric-email', 'pad-email', 'upper-email', 'empty-email', 'garbage-email'] as const;
export const LISTING_KINDS = [
  'duplicate-entry', 'conflicting-entry', 'repeat-entry', 'shift-page', 'repeat-page', 'cursor-loop', 'non-list-data', 'null-body', 'string-body',
] as const;
export const CORRUPTION_KINDS = [...EMAIL_KINDS, ...LISTING_KINDS] as const;
export type CorruptionKind = (typeof CORRUPTION_KINDS)[number];

export interface CorruptionConfig {
  kinds: CorruptionKind[];
  /** Probability (0..1) that a record (email kinds) or a page (listing kinds) is hit. */
  rate: number;
  seed: number;
  /** Serve at most this many records per users page (so that small orgs page), when set. */
  pageSize?: number;
}

type Wire = Record<string, unknown>;

export interface CorruptibleRequest {
  method: string;
  path: string;
  query: Record<string, string>;
}

export interface CorruptibleReply {
  status: number;
  body?: unknown;
}

/** Where a vendor keeps what the corruptions touch. */
export interface VendorShape {
  /** The users listing? */
  isUserList(req: CorruptibleRequest): boolean;
  /** A request whose answer carries user emails (the listing itself, or a user detail). */
  carriesEmail(req: CorruptibleRequest): boolean;
  /** The user records inside an answer (mutable), or null. */
  records(body: unknown): Wire[] | null;
  /** The answer with its records replaced. */
  withRecords(body: unknown, records: unknown): unknown;
  /** Where the email sits in a user record (the record itself, or a nested object). */
  emailHolder(record: Wire): Wire | null;
  emailKeys: string[];
  idKey: string;
  /** Query rewrites: the first page (for repeat-page) and a page-size cap. */
  firstPage(query: Record<string, string>): Record<string, string>;
  capPage?(query: Record<string, string>, size: number): Record<string, string>;
  /** Cursor paging: read and set the next cursor of an answer. */
  cursor?: { get(body: unknown): unknown; set(body: unknown, value: unknown): void };
}

/** A bad `--corrupt` spec is the user's mistake: a clean message, exit 1. */
export class CorruptionSpecError extends RingformError {
  override name = 'CorruptionSpecError';
}

export function parseCorruptionSpec(spec: string): CorruptionConfig {
  const config: CorruptionConfig = { kinds: [], rate: 0.3, seed: 1 };
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [key, value = ''] = part.split('=', 2).map((s) => s.trim()) as [string, string?];
    if (key === 'kinds') {
      config.kinds = value.split('+').filter(Boolean).map((k) => {
        if (!(CORRUPTION_KINDS as readonly string[]).includes(k)) throw new CorruptionSpecError(`unknown corruption kind "${k}" (known: ${CORRUPTION_KINDS.join(', ')})`);
        return k as CorruptionKind;
      });
    } else if (key === 'rate' || key === 'seed' || key === 'page-size') {
      const n = Number(value);
      if (value === '' || !Number.isFinite(n) || n < 0 || (key === 'rate' && n > 1)) throw new CorruptionSpecError(`corruption option ${key}=${value} is not a valid number`);
      if (key === 'rate') config.rate = n;
      else if (key === 'seed') config.seed = Math.trunc(n);
      else config.pageSize = Math.max(1, Math.trunc(n));
    } else throw new CorruptionSpecError(`unknown corruption option "${key}" (known: kinds, rate, seed, page-size)`);
  }
  return config;
}

export class Corruptor {
  private readonly random: () => number;
  private readonly kinds: Set<CorruptionKind>;
  private lastPage: Wire[] = [];
  private readonly cursors: unknown[] = [];

  constructor(
    readonly config: CorruptionConfig | null,
    private readonly shape: VendorShape,
  ) {
    this.random = mulberry32(config?.seed ?? 1);
    this.kinds = new Set(config?.kinds ?? []);
  }

  /** Serves `req` through the corruptions: the request may be rewritten, the reply's body changed. */
  serve<R extends CorruptibleReply>(req: CorruptibleRequest, respond: (req: CorruptibleRequest) => R): R {
    if (!this.config || req.method !== 'GET') return respond(req);
    const list = this.shape.isUserList(req);
    let query = req.query;
    if (list && this.config.pageSize !== undefined && this.shape.capPage) query = this.shape.capPage(query, this.config.pageSize);
    const repeat = list && this.hit('repeat-page');
    if (repeat) query = this.shape.firstPage(query);
    const reply = respond({ ...req, query });
    if (reply.status !== 200) return reply;
    let body = structuredClone(reply.body);
    if (this.shape.carriesEmail(req)) for (const record of this.shape.records(body) ?? []) this.corruptEmail(record);
    if (list) body = this.corruptListing(body);
    return { ...reply, body };
  }

  private hit(kind: CorruptionKind): boolean {
    return this.kinds.has(kind) && this.random() < this.config!.rate;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  private corruptEmail(record: Wire): void {
    const holder = this.shape.emailHolder(record);
    if (!holder) return;
    const kinds = EMAIL_KINDS.filter((k) => this.kinds.has(k));
    if (kinds.length === 0 || this.random() >= this.config!.rate) return;
    const kind = this.pick(kinds);
    const current = this.shape.emailKeys.map((k) => holder[k]).find((v) => typeof v === 'string') as string | undefined;
    for (const key of this.shape.emailKeys) {
      if (!(key in holder) && kind !== 'numeric-email') continue;
      if (kind === 'drop-email') delete holder[key];
      else holder[key] = emailValue(kind, current ?? '');
    }
  }

  private corruptListing(body: unknown): unknown {
    const records = this.shape.records(body);
    if (records) {
      let page = [...records];
      if (page.length > 0 && this.hit('duplicate-entry')) page.splice(Math.floor(this.random() * (page.length + 1)), 0, structuredClone(this.pick(page)));
      if (page.length > 0 && this.hit('conflicting-entry')) page.push({ ...structuredClone(this.pick(page)), name: 'Someone Else', 'name-first-name': 'Someone' });
      if (page.length > 1 && this.hit('repeat-entry')) {
        const i = Math.floor(this.random() * page.length);
        page[i] = structuredClone(page[(i + 1 + Math.floor(this.random() * (page.length - 1))) % page.length]!);
      }
      if (this.lastPage.length > 0 && page.length > 0 && this.hit('shift-page')) page = [structuredClone(this.lastPage[this.lastPage.length - 1]!), ...page.slice(0, -1)];
      this.lastPage = page;
      body = this.shape.withRecords(body, page);
    }
    const cursor = this.shape.cursor;
    if (cursor) {
      const next = cursor.get(body);
      if (this.cursors.length > 0 && this.hit('cursor-loop')) {
        cursor.set(body, this.pick(this.cursors));
        if (typeof body === 'object' && body !== null) (body as Wire).has_more = true;
      } else if (next !== undefined) this.cursors.push(next);
    }
    if (this.hit('non-list-data')) return this.shape.withRecords(body, this.pick([{}, 'no users', null, 42, { items: [] }]));
    if (this.hit('null-body')) return null;
    if (this.hit('string-body')) return 'x'.repeat(1 + Math.floor(this.random() * 1_000_000));
    return body;
  }
}

function emailValue(kind: CorruptionKind, email: string): unknown {
  switch (kind) {
    case 'null-email':
      return null;
    case 'numeric-email':
      return 1001;
    case 'pad-email':
      return `  ${email}\t`;
    case 'upper-email':
      return email.toUpperCase();
    case 'empty-email':
      return '';
    default:
      return 'not-an-email';
  }
}

/** A corruptor from a config, a spec string, or null (none). */
export function corruptorFor(config: CorruptionConfig | string | null | undefined, shape: VendorShape): Corruptor {
  return new Corruptor(typeof config === 'string' ? parseCorruptionSpec(config) : (config ?? null), shape);
}
