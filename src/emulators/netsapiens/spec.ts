/**
 * The vendor's OpenAPI document, patched for the defects listed in SPEC-DEFECTS.md, and a cached
 * validator for it. The file ships with the package: `<package root>/specs/netsapiens-api-v2.openapi.json`
 * (the vendor's own OpenAPI 3.1 document, copied unchanged; see specs/README.md).
 */
import path from 'node:path';
import { PACKAGE_ROOT } from '../../paths.js';
import { loadOpenApiDocument, SpecUnavailableError, type JsonObject, type OpenApiDocument } from '../openapi/spec-file.js';
import { SpecValidator } from '../openapi/validator.js';

export const NETSAPIENS_SPEC_FILE = path.join(PACKAGE_ROOT, 'specs', 'netsapiens-api-v2.openapi.json');

export type SpecAvailability = { validator: SpecValidator } | { error: SpecUnavailableError };

const cache = new Map<string, SpecAvailability>();

export function netsapiensValidator(file = NETSAPIENS_SPEC_FILE): SpecAvailability {
  let entry = cache.get(file);
  if (!entry) {
    try {
      const doc = patchNetsapiensSpec(loadOpenApiDocument(file));
      entry = { validator: new SpecValidator(doc, { reportUnknownBodyFields: true }) };
    } catch (err) {
      if (!(err instanceof SpecUnavailableError)) throw err;
      entry = { error: err };
    }
    cache.set(file, entry);
  }
  return entry;
}

type Body = JsonObject & { required?: string[]; properties?: Record<string, JsonObject> };

function bodySchema(doc: OpenApiDocument, pathKey: string, method: string): Body | undefined {
  const op = doc.paths[pathKey]?.[method] as { requestBody?: { content?: Record<string, { schema?: Body }> } } | undefined;
  const content = op?.requestBody?.content;
  return content ? Object.values(content)[0]?.schema : undefined;
}

/** Workarounds for spec defects; each is described in SPEC-DEFECTS.md. */
export function patchNetsapiensSpec(doc: OpenApiDocument): OpenApiDocument {
  // D1: user create/update require `email`, but the resource (and the spec's own example) uses `email-address`.
  for (const method of ['post', 'put']) {
    const path = method === 'post' ? '/domains/{domain}/users' : '/domains/{domain}/users/{user}';
    const schema = bodySchema(doc, path, method);
    if (!schema?.required?.includes('email')) continue;
    schema.required = schema.required.filter((r) => r !== 'email');
    schema.properties = { ...schema.properties, 'email-address': { type: 'string' } };
    schema.anyOf = [{ required: ['email-address'] }, { required: ['email'] }];
  }
  // D2/D3: bodies require read-only fields (answer rule `is-active`) and `synchronous`, which defaults to "no".
  for (const [pathKey, item] of Object.entries(doc.paths)) {
    for (const method of Object.keys(item)) {
      const schema = bodySchema(doc, pathKey, method);
      if (!schema?.required) continue;
      schema.required = schema.required.filter((r) => r !== 'synchronous' && schema.properties?.[r]?.readOnly !== true);
      // D4 (the create body requires `domain`, already the path parameter) is kept as the spec says: ringform sends it.
    }
  }
  // D5: both `/tokens` and `/tokens#2` carry the MFA body; the password grant (`AuthRequest`) has no operation.
  doc.paths['/tokens#password'] = {
    post: {
      summary: 'Get Access Token (password grant; added by the emulator from components.schemas.AuthRequest)',
      security: [],
      requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/AuthRequest' } } } },
    },
  };
  return doc;
}
