/**
 * ajv errors → diagnostics that name the field, quote the offending value and point at its YAML node.
 * Values under provider.credentials are never quoted: a secret pasted there must not reach a log.
 */
import type { ErrorObject } from 'ajv';
import { CODES } from './codes.js';
import type { Diagnostic } from './diagnostic.js';
import { collapseMemberErrors } from './member-errors.js';
import { badFormat, outOfRange, show, typeName, unknownField, wrongType, type Mapped } from './schema-messages.js';
import { diagnosticAt, toDotted, type DataPath, type ParsedSource } from './source.js';
import { didYouMean } from './suggest.js';

export function pointerToPath(pointer: string): DataPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
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

