/**
 * Keeps credentials out of logs and error messages: query parameters with secret-looking names, and any
 * value registered as a secret (tokens obtained at run time, passwords read from the environment).
 */
const SECRET_PARAM = /token|secret|password|passwd|api[-_]?key|apikey|auth|signature|pin/i;

export class Redactor {
  private readonly secrets = new Set<string>();

  /** Registers a secret value; every later redaction masks it wherever it appears. */
  add(secret: string | null | undefined): void {
    if (secret && secret.length >= 4) this.secrets.add(secret);
  }

  text(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('[REDACTED]');
    return out;
  }

  /** A path with its query string, secret parameters masked. */
  path(pathWithQuery: string): string {
    const [path, query] = splitOnce(pathWithQuery, '?');
    if (query === undefined) return this.text(path);
    const params = query.split('&').map((pair) => {
      const [name] = splitOnce(pair, '=');
      return SECRET_PARAM.test(decodeURIComponent(name)) ? `${name}=[REDACTED]` : pair;
    });
    return this.text(`${path}?${params.join('&')}`);
  }
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const i = text.indexOf(separator);
  return i < 0 ? [text, undefined] : [text.slice(0, i), text.slice(i + 1)];
}
