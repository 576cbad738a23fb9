/** Messages and hints for each kind of schema error; the dispatch is in schema-errors.ts. */
import type { ErrorObject } from 'ajv';
import { CODES, type CodeInfo } from './codes.js';
import { sourceTextAt, toDotted, type DataPath, type ParsedSource, type Target } from './source.js';
import { didYouMean } from './suggest.js';

export interface Mapped {
  code: CodeInfo;
  path: DataPath;
  message: string;
  hint?: string;
  target?: Target;
  sensitive?: boolean;
}

export function isSecretPath(path: DataPath): boolean {
  return (path[0] === 'provider' && path[1] === 'credentials') || isVoicemailPin(path);
}

/** `users[i].voicemail.pin`: a secret reference, where a pasted PIN is a secret written in the wrong place. */
function isVoicemailPin(path: DataPath): boolean {
  return path[0] === 'users' && path[2] === 'voicemail' && path[3] === 'pin';
}

const PIN_HINT =
  'Never write the PIN in org.yaml: name where it comes from, `pin: { env: ASHA_VOICEMAIL_PIN }` (an environment variable) or `pin: { credential: ashaVoicemailPin }` (a key of provider.credentials.file).';

/** A value for a message: strings quoted, long ones cut; nothing from credentials. */
export function show(path: DataPath, value: unknown): string {
  if (isSecretPath(path)) return 'the value';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function typeName(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a number' : 'a decimal number';
  return `a ${typeof value}`;
}

export function schemaHint(error: ErrorObject): string | undefined {
  const schema = (error.parentSchema ?? {}) as { description?: string; examples?: unknown[] };
  const example = schema.examples?.[0];
  const parts = [schema.description, example === undefined ? undefined : `Example: ${JSON.stringify(example)}`];
  const hint = parts.filter(Boolean).join(' ');
  return hint || undefined;
}

export function unknownField(path: DataPath, field: string, error: ErrorObject): Mapped {
  const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
  const full = [...path, field];
  if (isVoicemailPin(path)) {
    const message = `"${field}" in ${toDotted(path)}: a PIN is named by exactly one of \`env\` or \`credential\``;
    return { code: CODES.unknownField, path: full, target: 'key', message, sensitive: true, hint: PIN_HINT };
  }
  if (isSecretPath(path)) {
    return {
      code: CODES.unknownField,
      path: full,
      target: 'key',
      message: `unknown field "${field}" in provider.credentials: credentials only name where a secret comes from`,
      sensitive: true,
      hint: `Never write a secret in org.yaml. Put it in an environment variable and name it, e.g. \`tokenEnv: ACME_API_TOKEN\`, or use \`file:\`. Allowed fields: ${allowed.join(', ')}.`,
    };
  }
  const suggestion = didYouMean(field, allowed);
  return {
    code: CODES.unknownField,
    path: full,
    target: 'key',
    message: `unknown field "${field}" ${path.length ? `in ${toDotted(path)}` : 'at the top level'}`,
    hint: `${suggestion ? `${suggestion[0]!.toUpperCase()}${suggestion.slice(1)} ` : ''}Allowed fields: ${allowed.join(', ')}.`,
  };
}

export function wrongType(src: ParsedSource, path: DataPath, expected: string, value: unknown): Mapped {
  const article = expected === 'array' ? 'a list' : expected === 'object' ? 'a mapping' : expected === 'integer' ? 'a whole number' : `a ${expected}`;
  const where = path.length ? toDotted(path) : 'the file';
  if (path.length === 0) {
    const message = value === null ? 'the file is empty' : `the file must be a mapping, not ${typeName(value)}`;
    return { code: CODES.wrongType, path, message, hint: 'Start with `version: 1` and a `provider:` mapping.' };
  }
  if (isVoicemailPin(path) && path.length === 4) return { code: CODES.wrongType, path, message: `${where} must be ${article}, not ${typeName(value)}`, hint: PIN_HINT };
  const written = sourceTextAt(src, path);
  const quote =
    expected === 'string' && (typeof value === 'number' || typeof value === 'boolean') && written && !isSecretPath(path)
      ? `Quote it so it stays text: "${written}".`
      : undefined;
  return { code: CODES.wrongType, path, message: `${where} must be ${article}, not ${typeName(value)}`, hint: quote };
}

export function badFormat(path: DataPath, error: ErrorObject): Mapped {
  const p = error.params as { format?: string; pattern?: string };
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    return {
      code: CODES.badFormat,
      path: [...path, propertyName],
      target: 'key',
      message: `"${propertyName}" in ${toDotted(path)} is not a valid name; names are camelCase letters and digits`,
      hint: 'Example: listenToCalls',
    };
  }
  if (isSecretPath(path)) {
    return {
      code: CODES.badFormat,
      path,
      sensitive: true,
      message: `${toDotted(path)} is not a valid ${path[2] === 'file' ? 'path' : 'environment variable name'} (value not shown: it may be a secret)`,
      hint: 'Name the environment variable that holds the secret, e.g. `tokenEnv: ACME_API_TOKEN`, never the secret itself.',
    };
  }
  const what = error.keyword === 'format' ? (p.format === 'email' ? 'an email address' : 'a date (YYYY-MM-DD)') : patternName(error.schemaPath);
  return {
    code: CODES.badFormat,
    path,
    message: `${toDotted(path)} is ${show(path, error.data)}, which is not ${what}`,
    hint: schemaHint(error),
  };
}

/** `#/definitions/ExtensionNumber/pattern` → "a valid extension number"; `…/properties/mac/pattern` → "a valid mac". */
function patternName(schemaPath: string): string {
  const match = /definitions\/(\w+)\/(?:properties\/(\w+)\/)?pattern$/.exec(schemaPath);
  const name = match?.[2] ?? match?.[1];
  return name ? `a valid ${name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}` : 'in the expected format';
}

export function outOfRange(path: DataPath, error: ErrorObject): Mapped {
  const limit = (error.params as { limit: number }).limit;
  const where = toDotted(path);
  const found = Array.isArray(error.data) ? error.data.length : typeof error.data === 'string' ? error.data.length : error.data;
  const messages: Record<string, string> = {
    minimum: `${where} must be at least ${limit}, not ${String(found)}`,
    maximum: `${where} must be at most ${limit}, not ${String(found)}`,
    minLength: limit === 1 ? `${where} must not be empty` : `${where} must be at least ${limit} characters long`,
    maxLength: `${where} must be at most ${limit} characters long (it is ${String(found)})`,
    minProperties: `${where} must set at least one field`,
  };
  return { code: CODES.outOfRange, path, message: messages[error.keyword] ?? `${where} ${error.message ?? ''}`, hint: schemaHint(error) };
}
