/**
 * Read-only lists: `GET /v1/my_number` [S: public client code] and `GET /v1/roles` [I: seen only in
 * client code]. Their response shapes are not documented [I]: `{success, data: [...]}`.
 */
import { ok, type Ctx, type Reply } from './routing.js';

export function listRoles(ctx: Ctx): Reply {
  return ok({ success: true, data: ctx.state.fixtures.roles.map((r) => ({ id: r.id, name: r.name })) });
}

export function listMyNumbers(ctx: Ctx): Reply {
  return ok({
    success: true,
    data: ctx.state.fixtures.myNumbers.map((n) => ({ id: n.id, did: n.did, name: n.name, description: '', destination: null })),
  });
}
