/**
 * ajv errors → diagnostics that name the field, quote the offending value and point at its YAML node.
 * Values under provider.credentials are never quoted: a secret pasted there must not reach a log.
 */
import type { ErrorObject } from 'ajv';
import { CODES, type CodeInfo } from './codes.js';
import type { Diagnostic } from './diagnostic.js';
import { collapseMemberErrors } from './member-errors.js';
import { diagnosticAt, sourceTextAt, toDotted, type DataPath, type ParsedSource, type Target } from './source.js';
import { didYouMean } from './suggest.js';

export function pointerToPath(pointer: string): DataPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

interface Mapped {
  code: CodeInfo;
  path: DataPath;
  message: string;
  hint?: string;
  target?: Target;
  sensitive?: boolean;
}

export function schemaDiagnostics(src: ParsedSource, errors: ErrorObject[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const error of collapseMemberErrors(errors)) {
    const mapped = mapError(src, error);
    if (!mapped) continue;
    const diagnostic = diagnosticAt(src, mapped.code, mapped);
    const key = `${diagnostic.line}:${diagnostic.column}:${diagnostic.message}`;
    if (!seen.has(key)) out.push(diagnostic);
    seen.add(key);
  }
  return out;
}

function isSecretPath(path: DataPath): boolean {
  return path[0] === 'provider' && path[1] === 'credentials';
}

/** A value for a message: strings quoted, long ones cut; nothing from credentials. */
function show(path: DataPath, value: unknown): string {
  if (isSecretPath(path)) return 'the value';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function typeName(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a number' : 'a decimal number';
  return `a ${typeof value}`;
}

function schemaHint(error: ErrorObject): string | undefined {
  const schema = (error.parentSchema ?? {}) as { description?: string; examples?: unknown[] };
  const example = schema.examples?.[0];
  const parts = [schema.description, example === undefined ? undefined : `Example: ${JSON.stringify(example)}`];
  const hint = parts.filter(Boolean).join(' ');
  return hint || undefined;
}

function mapError(src: ParsedSource, error: ErrorObject): Mapped | undefined {
  const path = pointerToPath(error.instancePath);
  const where = toDotted(path);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return unknownField(path, String(p.additionalProperty), error);
    case 'required':
      return {
        code: CODES.missingField,
        path,
        message: `${path.length ? where : 'the file'} is missing the required field "${String(p.missingProperty)}"`,
        hint: `Add \`${String(p.missingProperty)}:\` to ${path.length ? where : 'the top level'}.`,
      };
    case 'type':
      return wrongType(src, path, String(p.type), error.data);
    case 'const':
    case 'enum': {
      const allowed = (error.keyword === 'const' ? [p.allowedValue] : (p.allowedValues as unknown[])).map(String);
      const suggestion = typeof error.data === 'string' ? didYouMean(error.data, allowed) : undefined;
      return {
        code: CODES.notAllowed,
        path,
        message: `${where} is ${show(path, error.data)}, which is not allowed; use ${allowed.length > 1 ? 'one of: ' : ''}${allowed.join(', ')}`,
        hint: suggestion ? `${suggestion[0]!.toUpperCase()}${suggestion.slice(1)}` : undefined,
      };
    }
    case 'pattern':
    case 'format':
      return badFormat(path, error);
    case 'minimum':
    case 'maximum':
    case 'minLength':
    case 'maxLength':
    case 'minProperties':
      return outOfRange(path, error);
    case 'member':
      return {
        code: CODES.badMember,
        path,
        message: `${where} must be a user's email or a mapping with \`user\` and \`priority\`, not ${typeName(error.data)}`,
      };
    case 'propertyNames':
      return undefined; // its `pattern` error, reported with the offending name, says it better
    default:
      return { code: CODES.badFormat, path, message: `${where} ${error.message ?? 'is invalid'}` };
  }
}

function unknownField(path: DataPath, field: string, error: ErrorObject): Mapped {
  const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
  const full = [...path, field];
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

function wrongType(src: ParsedSource, path: DataPath, expected: string, value: unknown): Mapped {
  const article = expected === 'array' ? 'a list' : expected === 'object' ? 'a mapping' : expected === 'integer' ? 'a whole number' : `a ${expected}`;
  const where = path.length ? toDotted(path) : 'the file';
  if (path.length === 0) {
    const message = value === null ? 'the file is empty' : `the file must be a mapping, not ${typeName(value)}`;
    return { code: CODES.wrongType, path, message, hint: 'Start with `version: 1` and a `provider:` mapping.' };
  }
  const written = sourceTextAt(src, path);
  const quote =
    expected === 'string' && (typeof value === 'number' || typeof value === 'boolean') && written && !isSecretPath(path)
      ? `Quote it so it stays text: "${written}".`
      : undefined;
  return { code: CODES.wrongType, path, message: `${where} must be ${article}, not ${typeName(value)}`, hint: quote };
}

function badFormat(path: DataPath, error: ErrorObject): Mapped {
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

function outOfRange(path: DataPath, error: ErrorObject): Mapped {
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
