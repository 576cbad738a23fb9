/**
 * Keeps credentials out of logs and error messages: query parameters with secret-looking names, and any
 * value registered as a secret (tokens obtained at run time, passwords read from the environment).
 *
 * A secret is masked in every form a vendor, a proxy or our own request log could carry it in (issue 13,
 * "redaction by form"): raw; URL-encoded (`encodeURIComponent`, form encoding with `+`, either hex case);
 * JSON-escaped (also with `\/` and `\uXXXX` as PHP writes them, and escaped twice for JSON inside JSON);
 * and base64/base64url, including inside a longer base64 text (a Basic header `user:secret`, an encoded
 * body): the characters that depend only on the secret's bytes are the same at each of the three byte
 * alignments, so those three runs are masked wherever they appear.
 */
const SECRET_PARAM = /token|secret|password|passwd|api[-_]?key|apikey|auth|signature|pin/i;

export const REDACTED = '[REDACTED]';

/** Shorter runs than this (base64 inside a longer text) are not masked: too likely to match by chance. */
const MIN_EMBEDDED_BASE64 = 8;

/** Every secret any Redactor has seen in this process: the CLI's last line of defence (triage) uses it. */
const everySecret = new Set<string>();

export class Redactor {
  private readonly secrets = new Set<string>();
  private pattern: RegExp | null = null;

  /** Registers a secret value; every later redaction masks it wherever it appears, in any form. */
  add(secret: string | null | undefined): void {
    if (!secret || secret.length < 4 || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    everySecret.add(secret);
    this.pattern = null;
  }

  text(text: string): string {
    if (this.secrets.size === 0) return text;
    this.pattern ??= patternFor(this.secrets);
    return text.replace(this.pattern, REDACTED);
  }

  /** A path with its query string, secret parameters masked. */
  path(pathWithQuery: string): string {
    const [path, query] = splitOnce(pathWithQuery, '?');
    if (query === undefined) return this.text(path);
    const params = query.split('&').map((pair) => {
      const [name] = splitOnce(pair, '=');
      return SECRET_PARAM.test(safeDecode(name)) ? `${name}=${REDACTED}` : pair;
    });
    return this.text(`${path}?${params.join('&')}`);
  }
}

/** `text` with every secret registered so far in this process masked, in every form. */
export function redactKnownSecrets(text: string): string {
  return everySecret.size === 0 ? text : text.replace(patternFor(everySecret), REDACTED);
}

/** The forms a secret may be written in, longest first (so a longer form is masked whole). */
export function secretForms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const forms = new Set<string>([
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    json,
    json.replace(/\//g, '\\/'),
    asciiJson(json),
    asciiJson(json).replace(/\//g, '\\/'),
    JSON.stringify(json).slice(1, -1),
    ...base64Forms(secret),
  ]);
  return [...forms].filter((f) => f.length >= 4).sort((a, b) => b.length - a.length);
}

/** JSON with every non-ASCII character as `\uXXXX` (UTF-16 units), as PHP's json_encode writes it. */
function asciiJson(json: string): string {
  return json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const whole = [bytes.toString('base64'), bytes.toString('base64').replace(/=+$/, ''), bytes.toString('base64url')];
  const embedded: string[] = [];
  for (const lead of [0, 1, 2]) {
    // With `lead` bytes before the secret, 4-character groups wholly inside the secret's bytes are fixed.
    const first = Math.ceil(lead / 3);
    const last = Math.floor((lead + bytes.length) / 3);
    if (last <= first) continue;
    const encoded = Buffer.concat([Buffer.alloc(lead), bytes]).toString('base64');
    const core = encoded.slice(first * 4, last * 4);
    if (core.length >= MIN_EMBEDDED_BASE64) embedded.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...whole, ...embedded];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern for all forms; percent escapes match in either hex case (`%2F`, `%2f`). */
function patternFor(secrets: Iterable<string>): RegExp {
  const forms = [...new Set([...secrets].flatMap(secretForms))].sort((a, b) => b.length - a.length);
  const source = forms.map((f) => escapeRegExp(f).replace(/%([0-9A-F])([0-9A-F])/g, (_, a: string, b: string) => `%[${a}${a.toLowerCase()}][${b}${b.toLowerCase()}]`));
  return new RegExp(source.join('|'), 'g');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const i = text.indexOf(separator);
  return i < 0 ? [text, undefined] : [text.slice(0, i), text.slice(i + 1)];
}
