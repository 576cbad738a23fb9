/** The NetSapiens emulator's route context; the route table itself is shared (../router.ts). */
import { Router as GenericRouter, type Handler as GenericHandler, type Reply, type RouteDef as GenericRouteDef } from '../router.js';
import type { NsState, Wire } from './state.js';

export interface EmulatorSettings {
  autoQueueUser: boolean;
  /** Call queues whose agents `GET /domains/{d}/agents` leaves out (a lagging replica): the list disagrees with the queue's count. */
  staleDomainAgents?: readonly string[];
}

/** Who a request acts as: what its key or token grants (auth.ts issues and checks them). */
export interface Principal {
  kind: 'apikey' | 'oauth';
  /** What `~` means for the domain in a path. */
  domain: string;
  /** What `~` means for the user in a path (OAuth tokens only). */
  user?: string;
  scope: string;
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
