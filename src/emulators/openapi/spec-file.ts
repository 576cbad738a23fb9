/** Loading an OpenAPI document from disk, with a clear error when it is not there. */
import { readFileSync } from 'node:fs';

export type JsonObject = Record<string, unknown>;

export interface OpenApiDocument extends JsonObject {
  openapi: string;
  paths: Record<string, Record<string, JsonObject>>;
  components?: { schemas?: Record<string, JsonObject> } & JsonObject;
}

export class SpecUnavailableError extends Error {
  override name = 'SpecUnavailableError';
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(
      `OpenAPI spec not available at ${file}: ${cause instanceof Error ? cause.message : String(cause)}. ` +
        'Request validation is disabled until the file exists (it ships in the package under specs/).',
      { cause },
    );
  }
}

export function loadOpenApiDocument(file: string): OpenApiDocument {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new SpecUnavailableError(file, err);
  }
  const o = doc as Partial<OpenApiDocument> | null;
  if (!o || typeof o.openapi !== 'string' || typeof o.paths !== 'object') {
    throw new SpecUnavailableError(file, new Error('not an OpenAPI document (no "openapi"/"paths")'));
  }
  return o as OpenApiDocument;
}
