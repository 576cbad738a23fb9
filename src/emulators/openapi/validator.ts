/**
 * Checks a request against an OpenAPI 3.1 document: path template (incl. `#N` alternates), method,
 * path/query parameters, and the JSON request body (ajv 2020, `components` resolved). A request
 * conforms when it satisfies at least one alternate operation; otherwise the problems of the
 * closest alternate are reported.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { documentedOnly } from './documented.js';
import { OperationIndex, type SpecOperation, type SpecParameter } from './operations.js';
import type { JsonObject, OpenApiDocument } from './spec-file.js';

const COMPONENTS_ID = 'https://openapi.local/components';

export interface Problem {
  where: 'path' | 'method' | 'parameter' | 'body';
  /** The ajv keyword for schema problems (`enum`, `required`, `type`, ...). */
  keyword?: string;
  message: string;
}

export interface RequestToCheck {
  method: string;
  /** Path relative to the server base, e.g. `/domains/acme/users`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or undefined when the request had none. */
  body: unknown;
}

export interface ValidationResult {
  ok: boolean;
  operation?: string;
  problems: Problem[];
}

export class SpecValidator {
  private readonly ajv: Ajv2020;
  private readonly index: OperationIndex;
  private readonly compiled = new WeakMap<object, ValidateFunction>();

  /**
   * @param options.reportUnknownBodyFields report top-level body fields the operation's schema does not
   *   declare (the spec's bodies never set `additionalProperties: false`, so without this every `#N`
   *   alternate of a path would accept any body; NetSapiens SPEC-DEFECTS D7).
   */
  constructor(
    private readonly doc: OpenApiDocument,
    private readonly options: { reportUnknownBodyFields?: boolean } = {},
  ) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    // ajv-formats is CommonJS; under NodeNext the callable is on `.default`.
    addFormats.default(this.ajv);
    registerUnknownFormats(this.ajv, doc);
    this.ajv.addSchema({ $id: COMPONENTS_ID, components: rewriteRefs(doc.components ?? {}) });
    this.index = new OperationIndex(doc);
  }

  validate(req: RequestToCheck): ValidationResult {
    const found = this.index.lookup(req.method, req.path);
    if (found.kind === 'no-path') {
      return { ok: false, problems: [{ where: 'path', message: `path ${req.path} matches no path in the spec` }] };
    }
    if (found.kind === 'no-method') {
      const message = `method ${req.method} is not defined for ${found.templates[0]} (spec allows ${found.allowed.join(', ')})`;
      return { ok: false, problems: [{ where: 'method', message }] };
    }
    let best: { op: SpecOperation; problems: Problem[] } | undefined;
    for (const op of found.alternatives) {
      const problems = this.checkOperation(op, found.params, req);
      if (problems.length === 0) return { ok: true, operation: op.label, problems };
      if (!best || problems.length < best.problems.length) best = { op, problems };
    }
    return { ok: false, operation: best!.op.label, problems: best!.problems };
  }

  /**
   * Check a response body against the spec's documented response for that status (any alternate).
   * Used by contract tests to keep the emulator faithful; undocumented statuses are a problem.
   */
  validateResponse(req: { method: string; path: string }, status: number, body: unknown): ValidationResult {
    const found = this.index.lookup(req.method, req.path);
    if (found.kind !== 'found') return { ok: false, problems: [{ where: 'path', message: `${req.method} ${req.path} is not in the spec` }] };
    let best: Problem[] | undefined;
    for (const op of found.alternatives) {
      if (!(String(status) in op.responses)) continue;
      const schema = op.responses[String(status)];
      const validate = schema ? this.validator(schema) : undefined;
      if (!validate || validate(body)) return { ok: true, operation: op.label, problems: [] };
      const problems = (validate.errors ?? []).map((e) => toProblem(e, `response ${status}`, 'body'));
      if (!best || problems.length < best.length) best = problems;
    }
    return { ok: false, problems: best ?? [{ where: 'body', message: `status ${status} is not documented for ${req.method} ${found.template}` }] };
  }

  /**
   * The body as the spec documents it for this status (documented.ts): undeclared properties dropped. A body
   * whose status has no documented schema is kept whole (nothing to narrow it by).
   */
  documentedBody(req: { method: string; path: string }, status: number, body: unknown): { body: unknown; dropped: string[] } {
    const found = this.index.lookup(req.method, req.path);
    if (found.kind !== 'found') return { body, dropped: [] };
    const schema = found.alternatives.map((op) => op.responses[String(status)]).find((s) => s !== undefined);
    if (!schema) return { body, dropped: [] };
    const { value, dropped } = documentedOnly(body, schema, (s) => this.resolveDeep(s));
    return { body: value, dropped };
  }

  /** `$ref` chains followed to the schema they name. */
  private resolveDeep(schema: JsonObject): JsonObject {
    let s = schema;
    for (let i = 0; i < 20 && typeof s.$ref === 'string'; i++) {
      const next = this.resolve(s);
      if (next === s) break;
      s = next;
    }
    return s;
  }

  private checkOperation(op: SpecOperation, pathParams: Record<string, string>, req: RequestToCheck): Problem[] {
    const problems: Problem[] = [];
    const declared = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
    for (const name of Object.keys(req.query)) {
      if (!declared.has(name)) problems.push({ where: 'parameter', message: `unknown query parameter "${name}"` });
    }
    for (const param of op.parameters) {
      const value = param.in === 'path' ? pathParams[param.name] : param.in === 'query' ? req.query[param.name] : undefined;
      if (param.in !== 'path' && param.in !== 'query') continue;
      if (value === undefined) {
        if (param.required) problems.push({ where: 'parameter', message: `missing required ${param.in} parameter "${param.name}"` });
        continue;
      }
      problems.push(...this.checkParameter(param, value));
    }
    problems.push(...this.checkBody(op, req.body));
    return problems;
  }

  private checkParameter(param: SpecParameter, raw: string): Problem[] {
    if (!param.schema) return [];
    const validate = this.validator(param.schema);
    const value = coerce(raw, this.resolve(param.schema));
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => toProblem(e, `${param.in} parameter "${param.name}"`, 'parameter'));
  }

  private checkBody(op: SpecOperation, body: unknown): Problem[] {
    if (body === undefined) {
      return op.body?.required ? [{ where: 'body', message: 'request body is required' }] : [];
    }
    if (!op.body) return [{ where: 'body', message: 'this operation takes no request body' }];
    if (!op.body.schema) return [];
    const validate = this.validator(op.body.schema);
    const problems = validate(body) ? [] : (validate.errors ?? []).map((e) => toProblem(e, 'body', 'body'));
    if (this.options.reportUnknownBodyFields) problems.push(...unknownFields(this.resolve(op.body.schema), body));
    return problems;
  }

  private validator(schema: JsonObject): ValidateFunction {
    const cached = this.compiled.get(schema);
    if (cached) return cached;
    const fn = this.ajv.compile(rewriteRefs(schema) as JsonObject);
    this.compiled.set(schema, fn);
    return fn;
  }

  /** Follow one local `$ref` (enough to learn a parameter's type for coercion). */
  private resolve(schema: JsonObject): JsonObject {
    const ref = schema.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema;
    let node: unknown = this.doc;
    for (const part of ref.slice(2).split('/')) node = (node as JsonObject | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    return (node as JsonObject | undefined) ?? schema;
  }
}

function unknownFields(schema: JsonObject, body: unknown): Problem[] {
  const declared = schema.properties as JsonObject | undefined;
  if (!declared || body === null || typeof body !== 'object' || Array.isArray(body)) return [];
  return Object.keys(body)
    .filter((k) => !(k in declared))
    .map((k) => ({ where: 'body' as const, keyword: 'unknown-field', message: `body field "${k}" is not in the spec's request schema` }));
}

/** Query and path values arrive as strings; give numbers/booleans their type before validation. */
function coerce(raw: string, schema: JsonObject): unknown {
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if ((types.includes('number') || types.includes('integer')) && raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
  if (types.includes('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

function toProblem(e: ErrorObject, subject: string, where: Problem['where']): Problem {
  const at = e.instancePath ? `${subject}${e.instancePath}` : subject;
  const allowed = e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ')})` : '';
  return { where, keyword: e.keyword, message: `${at} ${e.message ?? 'is invalid'}${allowed}` };
}

/** Point `#/components/...` refs at the registered components document. */
function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/components/') ? `${COMPONENTS_ID}${v}` : rewriteRefs(v);
  }
  return out;
}

/** Formats the spec uses that ajv-formats does not know (`int`, `phonenumber`, truncated `i`…) accept anything (NetSapiens SPEC-DEFECTS D6). */
function registerUnknownFormats(ajv: Ajv2020, doc: OpenApiDocument): void {
  const seen = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'format' && typeof v === 'string') seen.add(v);
      else walk(v);
    }
  };
  walk(doc);
  for (const format of seen) if (!ajv.formats[format]) ajv.addFormat(format, true);
}
