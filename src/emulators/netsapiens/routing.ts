/** Route table for the emulator: spec-style path templates → synchronous handlers. */
import { bySpecificity, compileTemplate, matchTemplate, type CompiledTemplate } from '../openapi/path-template.js';
import type { Principal } from './auth.js';
import type { NsState, Wire } from './state.js';

export interface EmulatorSettings {
  autoQueueUser: boolean;
}

export interface Ctx {
  method: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: Wire;
  state: NsState;
  settings: EmulatorSettings;
  principal: Principal;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: Ctx) => Reply;

/** `[method, template, handler]`, templates written exactly as in the spec. */
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

  find(method: string, path: string): { handler: Handler; params: Record<string, string>; template: string } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const params = matchTemplate(route.compiled, path);
      if (params) return { handler: route.handler, params, template: route.compiled.template };
    }
    return undefined;
  }
}

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const count = (total: number): Reply => ({ status: 200, body: { total } });
