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

export const SECRET_MASK = '***';

/** A mapping key: a plain or quoted word followed by `:` and a space or the end of the line. */
const KEY = /(["']?)([A-Za-z_][\w.-]*)\1\s*:(?=\s|$)/g;

/** How far up a masked line looks for a secret key it may belong to; beyond that it is masked anyway. */
const MAX_LOOKBACK = 1000;

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

/** True when line `n` (1-based) lies inside the value of a secret-named key above it (by indentation). */
function underSecretKey(lines: readonly string[], n: number): boolean {
  let threshold = indentOf(lines[n - 1]!);
  for (let i = n - 2, seen = 0; i >= 0 && threshold > 0; i--, seen++) {
    if (seen >= MAX_LOOKBACK) return true;
    const text = lines[i]!;
    if (isBlank(text) || indentOf(text) >= threshold) continue;
    if (maskAfterSecretKey(text) !== null) return true;
    threshold = indentOf(text);
  }
  return false;
}

/** Line `n` of `lines` as a code frame may show it: secrets masked, everything else unchanged. */
export function frameLineWithoutSecrets(lines: readonly string[], n: number, text: string): string {
  if (text.trim() === '') return text;
  if (underSecretKey(lines, n)) {
    // Inside a secret's value: a nested key stays readable (`credentials:` holds `tokenEnv:`), values do not.
    const key = /^[ \t]*(?:-[ \t]+)?(["']?)[A-Za-z_][\w.-]*\1\s*:(?=\s|$)/.exec(text)?.[0];
    if (key) return text.slice(key.length).trim() === '' ? text : `${key} ${SECRET_MASK}`;
    return `${/^[ \t]*/.exec(text)![0]}${SECRET_MASK}`;
  }
  return maskAfterSecretKey(text) ?? text;
}
