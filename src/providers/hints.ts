/**
 * What to do about a vendor error, in the terms of the file the user edits: a refused credential names
 * the setting that points at it (`provider.credentials.tokenEnv` = `NS_API_KEY`, never its value), an
 * unreachable vendor names `provider.endpoint` and its value, an unknown domain names `provider.domain`.
 * The hint is appended to the error's message as a second line (`  hint: ...`), so every place that
 * shows the message (the CLI's error line, an apply's failed action, a fleet's problem list) shows it.
 */
import type { CredentialSource, ProviderConfig } from '../model/org.js';
import { AuthError, HttpError, NetworkError } from './http/errors.js';
import type { Provider } from '../contract/provider.js';

/** How the settings are spelled where the user wrote them: org.yaml fields, or `import`'s flags. */
export type SettingNames = 'org.yaml' | 'flags';

const CREDENTIAL_SETTING: Record<keyof CredentialSource, { yaml: string; flag: string }> = {
  tokenEnv: { yaml: 'provider.credentials.tokenEnv', flag: '--token-env' },
  usernameEnv: { yaml: 'provider.credentials.usernameEnv', flag: '--username-env' },
  passwordEnv: { yaml: 'provider.credentials.passwordEnv', flag: '--password-env' },
  clientIdEnv: { yaml: 'provider.credentials.clientIdEnv', flag: '--client-id-env' },
  clientSecretEnv: { yaml: 'provider.credentials.clientSecretEnv', flag: '--client-secret-env' },
  file: { yaml: 'provider.credentials.file', flag: '--credentials-file' },
};

const NETWORK_CODES = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ECONNRESET|CERT_[A-Z_]+|UND_ERR_CONNECT_TIMEOUT)\b/;
const DOMAIN_UNKNOWN = /domain\b.*\b(not found|does not exist|doesn't exist|unknown|no such|invalid)|\b(unknown|invalid|no such) domain/i;
/** MyOperator refuses a bad token inside its error envelope (code 400), not with a 401 (as its emulator does). */
const TOKEN_REFUSED_ENVELOPE = /not an authori[sz]ed request/i;

export function vendorHint(error: HttpError, config: ProviderConfig, names: SettingNames = 'org.yaml'): string | null {
  const said = error.details.vendorMessage ?? '';
  const status = error.details.status;
  if ((status === 403 || status === 404) && config.domain !== null && DOMAIN_UNKNOWN.test(said)) {
    return `the vendor does not know the domain ${JSON.stringify(config.domain)}: check ${setting('domain', names)} (the account's domain or tenant, as the vendor spells it)`;
  }
  if (TOKEN_REFUSED_ENVELOPE.test(said)) {
    return `the vendor refused the API token ("not an authorized request"): check that ${credentialSettings(config.credentials, names)} holds a current token for this account`;
  }
  if (error instanceof AuthError && status === 401) {
    return `the vendor refused the credentials: check that ${credentialSettings(config.credentials, names)} holds a current credential for this account`;
  }
  if (error instanceof AuthError && status === 403) {
    return `the credentials were accepted but may not do this: check the rights of the account or key in ${credentialSettings(config.credentials, names)}`;
  }
  if (error instanceof NetworkError && status === null && NETWORK_CODES.test(said)) {
    const value = config.endpoint === null ? "not set, so the vendor's default URL was used" : shownEndpoint(config.endpoint);
    return `could not reach the vendor: check ${setting('endpoint', names)} (${value}) and that it is reachable from here`;
  }
  return null;
}

/** The endpoint without what could be a credential (user info, query, fragment): those are never printed. */
export function shownEndpoint(endpoint: string): string {
  try {
    const url = new URL(endpoint);
    const hidden = url.username || url.password || url.search || url.hash;
    return hidden ? `${url.protocol}//${url.host}${url.pathname} (user info, query and fragment not shown)` : endpoint;
  } catch {
    return endpoint.replace(/[?#].*$/, '');
  }
}

function setting(field: 'domain' | 'endpoint', names: SettingNames): string {
  return names === 'flags' ? `--${field}` : `provider.${field}`;
}

/** `NS_API_KEY (provider.credentials.tokenEnv)`: the variable or file each set credential setting names, and the setting. */
export function credentialSettings(credentials: CredentialSource, names: SettingNames = 'org.yaml'): string {
  const set = (Object.keys(CREDENTIAL_SETTING) as Array<keyof CredentialSource>).filter((k) => credentials[k] !== null);
  if (set.length === 0) return names === 'flags' ? 'the credential flags (--token-env, ...)' : 'provider.credentials';
  return set.map((k) => `${credentials[k]} (${names === 'flags' ? CREDENTIAL_SETTING[k].flag : CREDENTIAL_SETTING[k].yaml})`).join(', ');
}

/** Adds the hint for `error` (once) to its message. Returns the same error, for `throw explain(...)`. */
export function explain(error: unknown, config: ProviderConfig, names: SettingNames = 'org.yaml'): unknown {
  if (!(error instanceof HttpError) || HINTED.has(error)) return error;
  HINTED.add(error);
  const hint = vendorHint(error, config, names);
  if (hint !== null) error.message = `${error.message}\n  hint: ${hint}`;
  return error;
}

const HINTED = new WeakSet<HttpError>();

/** The provider, with every vendor error from `read` and `apply` explained in the terms of `config`. */
export function withHints(provider: Provider, config: ProviderConfig, names: SettingNames = 'org.yaml'): Provider {
  const read = provider.read.bind(provider);
  const apply = provider.apply.bind(provider);
  provider.read = (...args) => read(...args).catch((e: unknown) => Promise.reject(explain(e, config, names)));
  provider.apply = (action, ids) => apply(action, ids).catch((e: unknown) => Promise.reject(explain(e, config, names)));
  return provider;
}
