/**
 * Endpoint pinning: a credential is bound to the vendor it belongs to by the environment, never by org.yaml.
 * A pull request can edit `provider.endpoint`; it cannot edit the CI's environment. So, before any request:
 *
 * - `RINGFORM_ALLOWED_ENDPOINTS=https://api.example.net,https://pbx.example.com:8443`: when set, an endpoint
 *   whose origin (`scheme://host[:port]`) is not in the list is refused;
 * - `RINGFORM_ENDPOINT_<VAR>=https://api.example.net`: the credential read from the environment variable
 *   `<VAR>` (named by `provider.credentials.*Env`) may only be sent to that origin.
 *
 * A refusal is a RingformError (exit 1) naming provider.endpoint, the variable and the fix; nothing is sent.
 * Both apply to every command that talks to a vendor (plan, apply, drift, import, fleets), through
 * `createProvider`. Not covered: `credentials.file` has no variable to bind (use the allow-list), and
 * `users[].vendor.smartflo.passwordEnv` (new users' panel passwords) is not pinned by name.
 */
import { RingformError } from '../errors.js';
import type { CredentialSource, ProviderConfig } from '../model/org.js';

export const ALLOWED_ENDPOINTS_VAR = 'RINGFORM_ALLOWED_ENDPOINTS';
export const ENDPOINT_VAR_PREFIX = 'RINGFORM_ENDPOINT_';

const CREDENTIAL_FIELDS = ['tokenEnv', 'usernameEnv', 'passwordEnv', 'clientIdEnv', 'clientSecretEnv'] as const satisfies ReadonlyArray<keyof CredentialSource>;

/** `scheme://host[:port]` of a URL; null when it is not an absolute http(s) URL. */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** An origin written in an environment variable: `scheme://host[:port]`, a trailing `/` allowed. */
function configuredOrigin(variable: string, text: string): string {
  const origin = originOf(text);
  const u = origin === null ? null : new URL(text.trim());
  if (u === null || origin === null || u.pathname !== '/' || u.search !== '' || u.hash !== '' || u.username !== '' || u.password !== '') {
    throw new RingformError(
      `${variable} holds ${JSON.stringify(text)}, which is not an origin (scheme://host[:port], no path). Fix ${variable} where it is set (CI settings or the shell).`,
    );
  }
  return origin;
}

/**
 * Refuses, before any request, an endpoint that the environment does not allow for these credentials.
 * `endpoint` is the URL the provider will call (provider.endpoint, or the vendor's default).
 */
export function assertEndpointAllowed(config: ProviderConfig, endpoint: string, env: NodeJS.ProcessEnv): void {
  const shown = config.endpoint === null ? `the default endpoint ${endpoint}` : `provider.endpoint ${JSON.stringify(endpoint)}`;
  const origin = originOf(endpoint);
  if (origin === null) {
    throw new RingformError(`${shown} is not an http(s) URL. Fix provider.endpoint in org.yaml, e.g. https://api.example.com.`);
  }
  const allowList = env[ALLOWED_ENDPOINTS_VAR];
  if (allowList !== undefined && allowList.trim() !== '') {
    const allowed = allowList.split(',').map((s) => s.trim()).filter(Boolean).map((s) => configuredOrigin(ALLOWED_ENDPOINTS_VAR, s));
    if (!allowed.includes(origin)) {
      throw new RingformError(
        `refusing to send credentials to ${shown}: its origin ${origin} is not in ${ALLOWED_ENDPOINTS_VAR} (${allowed.join(', ')}); nothing was sent. ` +
          `Fix: point provider.endpoint at an allowed origin, or add ${origin} to ${ALLOWED_ENDPOINTS_VAR} where the environment is set (CI settings), not in org.yaml.`,
      );
    }
  }
  for (const field of CREDENTIAL_FIELDS) {
    const name = config.credentials[field];
    if (name === null) continue;
    const variable = `${ENDPOINT_VAR_PREFIX}${name}`;
    const bound = env[variable];
    if (bound === undefined || bound.trim() === '') continue;
    const pinned = configuredOrigin(variable, bound);
    if (pinned !== origin) {
      throw new RingformError(
        `refusing to send ${name} (provider.credentials.${field}) to ${shown}: ${variable} binds it to ${pinned}, and the endpoint's origin is ${origin}; nothing was sent. ` +
          `Fix: point provider.endpoint at ${pinned}, or, if the vendor really moved, change ${variable} where the environment is set (CI settings), not in org.yaml.`,
      );
    }
  }
}
