/**
 * Secrets in code frames. A secret pasted into org.yaml must not be printed by a diagnostic that points at a
 * neighbouring line, so every line a code frame shows is masked when it holds a secret-looking key
 * (`password`, `token`, `apiKey`, `secret`, `pin`, `credential`…, the names `render/sensitive.ts` hides in
 * plans) or lies under one (a block scalar, a continuation line, a nested mapping):
 *
 *     token: sk_live_abc        →  token: ***
 *     - {name: x, pin: 1234}    →  - {name: x, pin: ***
 *     password: |               →  password: ***
 *       hunter2                 →    ***
 *     credentials:              →  credentials:
 *       tokenEnv: NS_API_KEY    →    tokenEnv: ***
 *
 * Deliberately broad, as in plans: `tokenEnv: NS_API_KEY` is masked too (a secret pasted where its variable's
 * name belongs is hidden; hiding a variable name costs little). Text-only, line by line: it needs no parse, so
 * it also works on a file that is not valid YAML.
 */
import { SENSITIVE_NAME } from '../secret-names.js';
import type { Lines } from './source-lines.js';

export const SECRET_MASK = '***';

/** A mapping key: a plain or quoted word followed by `:` and a space or the end of the line. */
// A key starts where a word starts (the lookbehind): tried at every character of a long word, the scan to the
// word's end made a 200,000-character CSV cell take minutes to frame. A digit may start a key (`2fa-token:`).
const KEY = /(?<![\w.-])(["']?)(\w[\w.-]*)\1\s*:(?=\s|$)/g;

/** The line with everything after its first secret-named key masked; null when it has none. */
function maskAfterSecretKey(text: string): string | null {
  let first: number | null = null;
  for (const m of text.matchAll(KEY)) {
    if (!SENSITIVE_NAME.test(m[2]!)) continue;
    const end = m.index + m[0].length;
    first ??= end;
    // `credentials: { tokenEnv: X }`: a flow collection's own secret keys are masked from there on; if it
    // has none, everything after the outer key is.
    if (/^\s*[{[]/.test(text.slice(end))) continue;
    return masked(text, end);
  }
  return first === null ? null : masked(text, first);
}

function masked(text: string, end: number): string {
  return text.slice(end).trim() === '' ? text.slice(0, end) : `${text.slice(0, end)} ${SECRET_MASK}`;
}

const indentOf = (text: string) => /^[ \t]*/.exec(text)![0].length;
const isBlank = (text: string) => /^\s*(#.*)?$/.test(text);

/**
 * For each line, whether it lies inside the value of a secret-named key above it (by indentation): one pass
 * with a stack of the enclosing keys, so a frame costs the same whatever the file's size. Comment and blank
 * lines change no scope (inside a block scalar, a `#` line is content, and is masked like the rest).
 */
function secretScopes(lines: Lines): Uint8Array {
  const under = new Uint8Array(lines.length);
  const stack: Array<{ indent: number; secret: boolean }> = [];
  let firstSecret = -1;
  for (let i = 0; i < lines.length; i++) {
    const text = lines.line(i);
    const indent = indentOf(text);
    if (isBlank(text)) {
      under[i] = firstSecret >= 0 && stack[firstSecret]!.indent < indent ? 1 : 0;
      continue;
    }
    while (stack.length > 0 && stack.at(-1)!.indent >= indent) stack.pop();
    if (firstSecret >= stack.length) firstSecret = -1;
    under[i] = firstSecret >= 0 ? 1 : 0;
    stack.push({ indent, secret: maskAfterSecretKey(text) !== null });
    if (firstSecret < 0 && stack.at(-1)!.secret) firstSecret = stack.length - 1;
  }
  return under;
}

/** Scopes per source (the diagnostics of one file share its lines: config/format.ts indexes each file once). */
const scopeCache = new WeakMap<Lines, Uint8Array>();

function scopesFor(lines: Lines): Uint8Array {
  const cached = scopeCache.get(lines);
  if (cached) return cached;
  const scopes = secretScopes(lines);
  scopeCache.set(lines, scopes);
  return scopes;
}

/** Line `n` of `lines` as a code frame may show it: secrets masked, everything else unchanged. */
export function frameLineWithoutSecrets(lines: Lines, n: number, text: string): string {
  if (text.trim() === '') return text;
  if (scopesFor(lines)[n - 1] === 1) {
    // Inside a secret's value: a nested key stays readable (`credentials:` holds `tokenEnv:`), values do not.
    const key = /^[ \t]*(?:-[ \t]+)?(["']?)[A-Za-z_][\w.-]*\1\s*:(?=\s|$)/.exec(text)?.[0];
    if (key) return text.slice(key.length).trim() === '' ? text : `${key} ${SECRET_MASK}`;
    return `${/^[ \t]*/.exec(text)![0]}${SECRET_MASK}`;
  }
  return maskAfterSecretKey(text) ?? text;
}
