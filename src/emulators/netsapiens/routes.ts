/** The endpoints the emulator implements; every template is a path of the vendor's spec. */
import * as agents from './agents.js';
import * as rules from './answerrules.js';
import { describeKey } from './auth.js';
import * as queues from './callqueues.js';
import * as devices from './devices.js';
import { listDepartments, sendEmail } from './email.js';
import type { RouteDef } from './routing.js';
import * as timeframes from './timeframes.js';
import * as users from './users.js';

const D = '/domains/{domain}';
const U = `${D}/users/{user}`;
const Q = `${D}/callqueues/{callqueue}`;

export const ROUTES: readonly RouteDef[] = [
  ['GET', '/apikeys/~', describeKey],
  ['GET', `${D}/users`, users.listUsers],
  ['POST', `${D}/users`, users.postUser],
  ['GET', `${D}/users/count`, users.countUsers],
  ['GET', U, users.getUser],
  ['PUT', U, users.putUser],
  ['DELETE', U, users.deleteUser],
  ['POST', `${U}/email`, sendEmail],
  ['GET', `${D}/departments/list`, listDepartments],
  ['GET', `${D}/devices`, devices.listDomainDevices],
  ['GET', `${D}/devices/count`, devices.countDomainDevices],
  ['GET', `${U}/devices`, devices.listDevices],
  ['POST', `${U}/devices`, devices.postDevice],
  ['GET', `${U}/devices/count`, devices.countDevices],
  ['GET', `${U}/devices/{device}`, devices.getDevice],
  ['PUT', `${U}/devices/{device}`, devices.putDevice],
  ['DELETE', `${U}/devices/{device}`, devices.deleteDevice],
  ['GET', `${D}/callqueues`, queues.listQueues],
  ['POST', `${D}/callqueues`, queues.postQueue],
  ['GET', Q, queues.getQueue],
  ['PUT', Q, queues.putQueue],
  ['DELETE', Q, queues.deleteQueue],
  ['GET', `${D}/agents`, agents.listDomainAgents],
  ['GET', `${Q}/agents`, agents.listAgents],
  ['POST', `${Q}/agents`, agents.postAgent],
  ['GET', `${Q}/agents/count`, agents.countAgents],
  ['GET', `${Q}/agents/{callqueue-agent-id}`, agents.getAgent],
  ['PUT', `${Q}/agents/{callqueue-agent-id}`, agents.putAgent],
  ['DELETE', `${Q}/agents/{callqueue-agent-id}`, agents.deleteAgent],
  ['GET', `${D}/timeframes`, timeframes.listTimeframes],
  ['POST', `${D}/timeframes`, timeframes.postTimeframe],
  ['GET', `${D}/timeframes/{id}`, timeframes.getTimeframe],
  ['POST', `${D}/timeframes/{id}`, timeframes.addTimeframeEntries],
  ['PUT', `${D}/timeframes/{id}`, timeframes.putTimeframe],
  ['DELETE', `${D}/timeframes/{id}`, timeframes.deleteTimeframe],
  ['GET', `${U}/answerrules`, rules.listRules],
  ['POST', `${U}/answerrules`, rules.postRule],
  ['GET', `${U}/answerrules/count`, rules.countRules],
  ['GET', `${U}/answerrules/{timeframe}`, rules.getRule],
  ['PUT', `${U}/answerrules/{timeframe}`, rules.putRule],
  ['DELETE', `${U}/answerrules/{timeframe}`, rules.deleteRule],
];

/** POST routes that create a resource (eligible for the `lost-create` fault). */
export function isCreate(req: { method: string; path: string }): boolean {
  return req.method === 'POST' && !/\/(email|tokens)$/.test(req.path) && !/\/timeframes\/[^/]+$/.test(req.path);
}
