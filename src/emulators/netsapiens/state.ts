/** In-memory state of the NetSapiens emulator: domains and their resources as wire objects. */
import { domainNotFound, userNotFound } from './errors.js';

/** A resource exactly as it travels on the wire (hyphenated NetSapiens v2 field names). */
export type Wire = Record<string, unknown>;

export interface DomainState {
  name: string;
  users: Map<string, Wire>;
  /** user → device → device */
  devices: Map<string, Map<string, Wire>>;
  callqueues: Map<string, Wire>;
  /** callqueue → callqueue-agent-id → agent */
  agents: Map<string, Map<string, Wire>>;
  /** timeframe-id → timeframe (domain-shared timeframes) */
  timeframes: Map<string, Wire>;
  /** user → ordered answer rules */
  answerrules: Map<string, Wire[]>;
}

export interface EmailEvent {
  domain: string;
  user: string;
  to: string;
  template: string;
  subject: string;
  at: string;
}

export class NsState {
  readonly domains = new Map<string, DomainState>();
  /** Welcome (and other template) emails "sent": recorded, never delivered. */
  readonly emails: EmailEvent[] = [];
  private seq = 0;

  constructor(private readonly clock: () => Date = () => new Date()) {}

  now(): string {
    return this.clock().toISOString();
  }

  nextId(): string {
    this.seq += 1;
    return String(this.seq);
  }

  ensureDomain(name: string): DomainState {
    let d = this.domains.get(name);
    if (!d) {
      d = { name, users: new Map(), devices: new Map(), callqueues: new Map(), agents: new Map(), timeframes: new Map(), answerrules: new Map() };
      this.domains.set(name, d);
    }
    return d;
  }

  requireDomain(name: string): DomainState {
    const d = this.domains.get(name);
    if (!d) throw domainNotFound(name);
    return d;
  }

  requireUser(domain: string, user: string): { domain: DomainState; user: Wire } {
    const d = this.requireDomain(domain);
    const u = d.users.get(user);
    if (!u) throw userNotFound(user, domain);
    return { domain: d, user: u };
  }

  /** `login-username` is unique across the whole system (spec: 409 if not unique). */
  findLogin(login: string): { domain: string; user: Wire } | undefined {
    for (const d of this.domains.values()) {
      for (const u of d.users.values()) if (u['login-username'] === login) return { domain: d.name, user: u };
    }
    return undefined;
  }
}
