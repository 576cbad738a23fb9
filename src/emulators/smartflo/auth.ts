/**
 * Authentication (docs/vendors/smartflo.md#authentication): `POST /v1/auth/login` `{email: <login id>, password}` issues a
 * Bearer JWT that expires after `tokenTtlSeconds`; long-lived "API Connect" tokens can be revoked. A
 * refused login answers `{success:false, message, login_failed_count}`; after `maxFailedLogins` refusals
 * the account is locked and even the right password is refused.
 */
import { randomBytes } from 'node:crypto';
import { SfError } from './errors.js';
import type { Body, Reply } from './routing.js';

export interface AdminLogin {
  loginId: string;
  password: string;
}

export interface AuthOptions {
  admin: AdminLogin;
  apiTokens: string[];
  tokenTtlSeconds: number;
  maxFailedLogins: number;
  clock: () => number;
}

/** Looks like a JWT (three base64url parts), as the vendor's tokens are [S]; the content means nothing. */
export function fakeJwt(): string {
  const part = (n: number) => randomBytes(n).toString('base64url');
  return `eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.${part(24)}.${part(32)}`;
}

export class Authenticator {
  private readonly issued = new Map<string, number>();
  private readonly revoked = new Set<string>();
  private failed = 0;
  /** Successful and refused logins, for tests. */
  readonly logins = { succeeded: 0, refused: 0 };

  constructor(private readonly options: AuthOptions) {}

  get locked(): boolean {
    return this.failed >= this.options.maxFailedLogins;
  }

  /** Throws 401 `{success:false, message}` unless the header carries a live token. */
  authenticate(header: string | undefined): void {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
    if (!token) throw new SfError(401, 'Unauthenticated.');
    if (this.revoked.has(token)) throw new SfError(401, 'Token has been revoked.');
    if (this.options.apiTokens.includes(token)) return;
    const expiresAt = this.issued.get(token);
    if (expiresAt === undefined) throw new SfError(401, 'Token is invalid.');
    if (expiresAt <= this.options.clock()) throw new SfError(401, 'Token has expired.');
  }

  login(body: Body): Reply {
    if (this.locked) {
      this.logins.refused += 1;
      throw new SfError(403, 'Your account has been locked due to too many failed login attempts. Please contact your administrator.', {
        login_failed_count: this.failed,
      });
    }
    const { loginId, password } = this.options.admin;
    if (body.email !== loginId || body.password !== password) {
      this.failed += 1;
      this.logins.refused += 1;
      // The status of a refusal is not documented [I]: 401.
      throw new SfError(401, 'The username or password is incorrect.', { login_failed_count: this.failed });
    }
    this.failed = 0;
    this.logins.succeeded += 1;
    const token = fakeJwt();
    const ttl = this.options.tokenTtlSeconds;
    this.issued.set(token, this.options.clock() + ttl * 1000);
    return { status: 200, body: { success: true, access_token: token, token_type: 'bearer', expires_in: ttl, number_of_days_left: 30 } };
  }

  /** Revokes every token issued so far and every API token (the panel's "delete token"). */
  revokeAll(): void {
    for (const t of this.issued.keys()) this.revoked.add(t);
    for (const t of this.options.apiTokens) this.revoked.add(t);
  }
}
