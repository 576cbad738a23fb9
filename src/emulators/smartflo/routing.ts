/** The Smartflo emulator's route context; the route table itself is shared (../router.ts). */
import { Router as GenericRouter, type Handler as GenericHandler, type Reply, type RouteDef as GenericRouteDef } from '../router.js';
import type { SfState } from './state.js';

export type Body = Record<string, unknown>;

export interface Ctx {
  params: Record<string, string>;
  query: Record<string, string>;
  body: Body;
  state: SfState;
  /** Only documented forms are accepted (the emulator's evidence-only mode). */
  evidenceOnly: boolean;
  /** Unknown body fields are recorded here (always) and refused (strict mode). */
  unknownFields(allowed: readonly string[]): void;
}

export type { Reply } from '../router.js';
export { ok } from '../router.js';
export type Handler = GenericHandler<Ctx>;
export type RouteDef = GenericRouteDef<Ctx>;
export class Router extends GenericRouter<Ctx> {}
