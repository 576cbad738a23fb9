/** The NetSapiens emulator's route context; the route table itself is shared (../router.ts). */
import { Router as GenericRouter, type Handler as GenericHandler, type Reply, type RouteDef as GenericRouteDef } from '../router.js';
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

export type { Reply } from '../router.js';
export { ok } from '../router.js';
export type Handler = GenericHandler<Ctx>;
export type RouteDef = GenericRouteDef<Ctx>;
export class Router extends GenericRouter<Ctx> {}
export const count = (total: number): Reply => ({ status: 200, body: { total } });
