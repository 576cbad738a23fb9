/**
 * The route table every vendor emulator uses: `[method, template, handler]` with spec-style path templates
 * (`/domains/{domain}/users/{user}`), most specific template first. Each emulator brings its own context.
 */
import { bySpecificity, compileTemplate, matchTemplate, type CompiledTemplate } from './openapi/path-template.js';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler<C> = (ctx: C) => Reply;

/** `[method, template, handler]`, templates written exactly as in the vendor's documentation. */
export type RouteDef<C> = readonly [string, string, Handler<C>];

interface Route<C> {
  method: string;
  compiled: CompiledTemplate;
  handler: Handler<C>;
}

export class Router<C> {
  private readonly routes: Route<C>[];

  constructor(defs: readonly RouteDef<C>[]) {
    this.routes = defs
      .map(([method, template, handler]) => ({ method, compiled: compileTemplate(template), handler }))
      .sort((a, b) => bySpecificity(a.compiled, b.compiled));
  }

  find(method: string, path: string): { handler: Handler<C>; params: Record<string, string>; template: string } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const params = matchTemplate(route.compiled, path);
      if (params) return { handler: route.handler, params, template: route.compiled.template };
    }
    return undefined;
  }
}

export const ok = (body: unknown): Reply => ({ status: 200, body });
