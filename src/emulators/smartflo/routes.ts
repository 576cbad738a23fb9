/** The endpoints the emulator implements (docs/vendors/smartflo.md). */
import * as departments from './departments.js';
import { listMyNumbers, listRoles } from './lookups.js';
import type { RouteDef } from './routing.js';
import * as users from './users.js';

export const LOGIN_PATH = '/v1/auth/login';

export const ROUTES: readonly RouteDef[] = [
  ['GET', '/v1/users', users.listUsers],
  ['POST', '/v1/user', users.postUser],
  ['GET', '/v1/user/{id}', users.getUser],
  ['PATCH', '/v1/user/{id}', users.patchUser],
  ['DELETE', '/v1/user/{id}', users.deleteUser],
  ['GET', '/v1/departments', departments.listDepartments],
  ['POST', '/v1/department', departments.postDepartment],
  ['PUT', '/v1/department/{id}', departments.putDepartment],
  ['DELETE', '/v1/department/{id}', departments.deleteDepartment],
  ['GET', '/v1/roles', listRoles],
  ['GET', '/v1/my_number', listMyNumbers],
];

/** Endpoints no Tata reference page documents: absent (404) when the emulator runs on evidence only. */
export const UNDOCUMENTED: ReadonlySet<string> = new Set(['GET /v1/roles']);

/** The routes, without the undocumented ones when `evidenceOnly`. */
export function routesFor(evidenceOnly: boolean): readonly RouteDef[] {
  return evidenceOnly ? ROUTES.filter(([method, path]) => !UNDOCUMENTED.has(`${method} ${path}`)) : ROUTES;
}

/** Creates, eligible for the `lost-create` fault; a login is not one. */
export function isCreate(req: { method: string; path: string }): boolean {
  return req.method === 'POST' && (req.path === '/v1/user' || req.path === '/v1/department');
}
