/**
 * OpenAPI path templates (`/domains/{domain}/users/{user}`) compiled to matchers. Authoring suffixes
 * such as `/tokens#1` (alternative bodies for the same path+method) are stripped by `baseTemplate`.
 */

export interface CompiledTemplate {
  template: string;
  regex: RegExp;
  names: string[];
  /** Count of literal characters; more literal = more specific (`/users/count` beats `/users/{user}`). */
  literalWeight: number;
}

export function baseTemplate(pathKey: string): string {
  const hash = pathKey.indexOf('#');
  return hash < 0 ? pathKey : pathKey.slice(0, hash);
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileTemplate(template: string): CompiledTemplate {
  const names: string[] = [];
  let literalWeight = 0;
  const source = template
    .split(/(\{[^}]+\})/)
    .map((piece) => {
      const param = /^\{([^}]+)\}$/.exec(piece);
      if (param) {
        names.push(param[1]!);
        return '([^/]+)';
      }
      literalWeight += piece.length;
      return escapeRegex(piece);
    })
    .join('');
  return { template, regex: new RegExp(`^${source}$`), names, literalWeight };
}

/** Match a concrete path; returns decoded path parameters or null. */
export function matchTemplate(compiled: CompiledTemplate, path: string): Record<string, string> | null {
  const m = compiled.regex.exec(path);
  if (!m) return null;
  const params: Record<string, string> = {};
  compiled.names.forEach((name, i) => {
    params[name] = safeDecode(m[i + 1]!);
  });
  return params;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Most specific first: more literal characters, then fewer parameters. */
export function bySpecificity(a: CompiledTemplate, b: CompiledTemplate): number {
  return b.literalWeight - a.literalWeight || a.names.length - b.names.length;
}
