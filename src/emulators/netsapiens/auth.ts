/**
 * Authentication: `Authorization: Bearer <token>` where the token is a configured API key or an
 * access token issued by `POST /tokens` (OAuth2 password and refresh_token grants, docs/vendors/netsapiens.md#authentication).
 */
import { randomBytes } from 'node:crypto';
import { NsError, badRequest } from './errors.js';
import type { Ctx, Principal, Reply } from './routing.js';
import type { NsState } from './state.js';

export type { Principal } from './routing.js';

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
}

export interface AuthOptions {
  apiKeys: string[];
  domain: string;
  tokenTtlSeconds: number;
  client: OAuthClient;
  /** login-username → password. When absent, any non-empty password of an existing login is accepted. */
  passwords?: Record<string, string>;
  clock: () => number;
}

interface IssuedToken {
  principal: Principal;
  expiresAt: number;
}

/** API keys are described as `nsd_…` (domain) / `nss_…` / `nsr_…` [S: third-party notes, medium confidence]. */
export const generateApiKey = () => `nsd_${randomBytes(16).toString('hex')}`;

export class Authenticator {
  private readonly access = new Map<string, IssuedToken>();
  private readonly refresh = new Map<string, Principal>();

  constructor(private readonly options: AuthOptions) {}

  /** Returns the principal for an Authorization header, or throws 401. */
  authenticate(header: string | undefined): Principal {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
    if (!token) throw new NsError(401, 'Missing or malformed Authorization Bearer token');
    if (this.options.apiKeys.includes(token)) return { kind: 'apikey', domain: this.options.domain, scope: 'Super User' };
    const issued = this.access.get(token);
    if (!issued) throw new NsError(401, 'Invalid access token');
    if (issued.expiresAt <= this.options.clock()) throw new NsError(401, 'Access token expired');
    return issued.principal;
  }

  /** `POST /tokens`: password grant (spec `AuthRequest`) and refresh grant (spec `/tokens#1`). */
  grant(ctx: Ctx): Reply {
    const body = ctx.body;
    this.checkClient(body.client_id, body.client_secret);
    switch (body.grant_type) {
      case 'password':
        return this.issue(ctx.state, this.passwordPrincipal(ctx.state, body.username, body.password));
      case 'refresh_token':
        return this.issue(ctx.state, this.takeRefresh(body.refresh_token));
      case 'mfa':
        throw badRequest('grant_type mfa is not supported by the emulator');
      default:
        throw badRequest('grant_type must be one of password, refresh_token, mfa');
    }
  }

  private checkClient(id: unknown, secret: unknown): void {
    if (typeof id !== 'string' || typeof secret !== 'string') throw badRequest('client_id and client_secret are required');
    if (id !== this.options.client.clientId || secret !== this.options.client.clientSecret) {
      throw new NsError(401, 'Invalid client credentials');
    }
  }

  private passwordPrincipal(state: NsState, username: unknown, password: unknown): Principal {
    if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) {
      throw badRequest('username and password are required');
    }
    const found = state.findLogin(username);
    const expected = this.options.passwords?.[username];
    const good = found && (this.options.passwords ? expected === password : true);
    if (!found || !good) throw new NsError(401, 'Invalid username or password');
    return { kind: 'oauth', domain: found.domain, user: String(found.user.user), scope: String(found.user['user-scope'] ?? 'Basic User') };
  }

  /** Refresh tokens are single use: a refresh rotates both tokens [I]. */
  private takeRefresh(token: unknown): Principal {
    const principal = typeof token === 'string' ? this.refresh.get(token) : undefined;
    if (!principal) throw new NsError(401, 'Invalid refresh token');
    this.refresh.delete(token as string);
    return principal;
  }

  private issue(state: NsState, principal: Principal): Reply {
    const accessToken = randomBytes(16).toString('hex');
    const refreshToken = randomBytes(16).toString('hex');
    const ttl = this.options.tokenTtlSeconds;
    this.access.set(accessToken, { principal, expiresAt: this.options.clock() + ttl * 1000 });
    this.refresh.set(refreshToken, principal);
    const user = principal.user ? state.domains.get(principal.domain)?.users.get(principal.user) : undefined;
    const str = (k: string) => String(user?.[k] ?? '');
    // Field names: spec `AccessToken`.
    const body = {
      username: str('login-username'), user: principal.user ?? '', territory: '', domain: principal.domain,
      site: str('site'), group: '', department: str('department'), uid: `${principal.user}@${principal.domain}`,
      login: str('login-username'), scope: principal.scope, user_email: str('email-address'),
      displayName: `${str('name-first-name')} ${str('name-last-name')}`.trim(), access_token: accessToken,
      expires_in: ttl, token_type: 'Bearer', refresh_token: refreshToken, client_id: this.options.client.clientId,
      apiversion: 'Version: 44.0 (emulator)',
    };
    return { status: 200, body };
  }
}

/** `GET /apikeys/~` (spec `ApiKey`), for the key used on this request. */
export function describeKey(ctx: Ctx): Reply {
  if (ctx.principal.kind !== 'apikey') throw new NsError(403, 'Not authenticated with an API key');
  return {
    status: 200,
    body: { description: 'ringform emulator API key', 'key-id': 'nsd_emulator', reseller: '*', domain: '*', 'user-scope': 'Super User', readonly: 'no', 'can-create-keys': 'no' },
  };
}
