/** An index of an OpenAPI document's operations, looked up by concrete method + path. */
import { baseTemplate, bySpecificity, compileTemplate, matchTemplate, type CompiledTemplate } from './path-template.js';
import type { JsonObject, OpenApiDocument } from './spec-file.js';

export interface SpecParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
}

export interface SpecOperation {
  /** The spec's path key, including any `#N` authoring suffix. */
  pathKey: string;
  method: string;
  label: string;
  parameters: SpecParameter[];
  body?: { required: boolean; schema?: JsonObject };
  /** Status code → JSON schema of the documented response body (when it has one). */
  responses: Record<string, JsonObject | undefined>;
}

interface TemplateEntry {
  compiled: CompiledTemplate;
  /** Upper-case method → alternative operations (one per `#N` path key). */
  methods: Map<string, SpecOperation[]>;
}

export type OperationLookup =
  | { kind: 'found'; template: string; params: Record<string, string>; alternatives: SpecOperation[] }
  | { kind: 'no-path' }
  | { kind: 'no-method'; templates: string[]; allowed: string[] };

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

export class OperationIndex {
  private readonly templates: TemplateEntry[] = [];

  constructor(doc: OpenApiDocument) {
    const byTemplate = new Map<string, TemplateEntry>();
    for (const [pathKey, item] of Object.entries(doc.paths)) {
      const template = baseTemplate(pathKey);
      let entry = byTemplate.get(template);
      if (!entry) byTemplate.set(template, (entry = { compiled: compileTemplate(template), methods: new Map() }));
      for (const method of HTTP_METHODS) {
        const op = item[method] as JsonObject | undefined;
        if (!op) continue;
        const key = method.toUpperCase();
        const list = entry.methods.get(key) ?? [];
        list.push(toOperation(pathKey, key, op, item));
        entry.methods.set(key, list);
      }
    }
    this.templates = [...byTemplate.values()].sort((a, b) => bySpecificity(a.compiled, b.compiled));
  }

  lookup(method: string, path: string): OperationLookup {
    const matching: { entry: TemplateEntry; params: Record<string, string> }[] = [];
    for (const entry of this.templates) {
      const params = matchTemplate(entry.compiled, path);
      if (params) matching.push({ entry, params });
    }
    if (matching.length === 0) return { kind: 'no-path' };
    const hit = matching.find((m) => m.entry.methods.has(method.toUpperCase()));
    if (!hit) {
      const allowed = [...new Set(matching.flatMap((m) => [...m.entry.methods.keys()]))];
      return { kind: 'no-method', templates: matching.map((m) => m.entry.compiled.template), allowed };
    }
    const alternatives = hit.entry.methods.get(method.toUpperCase())!;
    return { kind: 'found', template: hit.entry.compiled.template, params: hit.params, alternatives };
  }
}

function toOperation(pathKey: string, method: string, op: JsonObject, item: JsonObject): SpecOperation {
  const shared = (item.parameters as SpecParameter[] | undefined) ?? [];
  const own = (op.parameters as SpecParameter[] | undefined) ?? [];
  const requestBody = op.requestBody as { required?: boolean; content?: Record<string, { schema?: JsonObject }> } | undefined;
  const media = requestBody?.content ? Object.values(requestBody.content)[0] : undefined;
  const label = `${method} ${pathKey}${op.operationId ? ` (${String(op.operationId)})` : op.summary ? ` (${String(op.summary)})` : ''}`;
  return {
    pathKey,
    method,
    label,
    parameters: [...shared, ...own],
    responses: responseSchemas(op),
    ...(requestBody ? { body: { required: requestBody.required === true, ...(media?.schema ? { schema: media.schema } : {}) } } : {}),
  };
}

function responseSchemas(op: JsonObject): Record<string, JsonObject | undefined> {
  const out: Record<string, JsonObject | undefined> = {};
  const responses = (op.responses as Record<string, { content?: Record<string, { schema?: JsonObject }> }> | undefined) ?? {};
  for (const [status, response] of Object.entries(responses)) {
    out[status] = response.content ? Object.values(response.content)[0]?.schema : undefined;
  }
  return out;
}
