/** Route table plumbing: path templates (shared with the other emulators) → synchronous handlers. */
import { bySpecificity, compileTemplate, matchTemplate, type CompiledTemplate } from '../openapi/path-template.js';
import type { SfState } from './state.js';

export type Body = Record<string, unknown>;

export interface Ctx {
  params: Record<string, string>;
  query: Record<string, string>;
  body: Body;
  state: SfState;
  /** Unknown body fields are recorded here (always) and refused (strict mode). */
  unknownFields(allowed: readonly string[]): void;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: Ctx) => Reply;
export type RouteDef = readonly [string, string, Handler];

interface Route {
  method: string;
  compiled: CompiledTemplate;
  handler: Handler;
}

export class Router {
  private readonly routes: Route[];

  constructor(defs: readonly RouteDef[]) {
    this.routes = defs
      .map(([method, template, handler]) => ({ method, compiled: compileTemplate(template), handler }))
      .sort((a, b) => bySpecificity(a.compiled, b.compiled));
  }

  find(method: string, path: string): { handler: Handler; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const params = matchTemplate(route.compiled, path);
      if (params) return { handler: route.handler, params };
    }
    return undefined;
  }
}

export const ok = (body: unknown): Reply => ({ status: 200, body });
